package io.github.careplanspec.examples.render.view;

import java.util.List;
import java.util.Objects;

/**
 * One record of an interface file as the templates read it: its items by No., each ready to show.
 */
public final class Rec {
    private final String prefix;
    private final String file;
    private final List<Item> items;
    private final long recordIndex;

    /**
     * A record.
     *
     * @param prefix the file kind's prefix, e.g. {@code UP1KYO}
     * @param file the file as reported, empty for a record the unit does not carry
     * @param items the items, in No. order (No.1 first)
     * @param recordIndex the 1-based record index in its file, or 0 for a record the unit does not carry
     */
    public Rec(String prefix, String file, List<Item> items, long recordIndex) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.file = Objects.requireNonNull(file, "file");
        this.items = List.copyOf(items);
        this.recordIndex = recordIndex;
    }

    /**
     * An item.
     *
     * @param no the item No.
     * @return the item; a blank one for a No. the layout does not have
     */
    public Item i(int no) {
        if (no < 1 || no > items.size()) {
            return new Item(prefix + "-" + no, "", "", "", List.of());
        }
        return items.get(no - 1);
    }

    /**
     * The text shown for an item.
     *
     * @param no the item No.
     * @return the text, empty if absent
     */
    public String t(int no) {
        return i(no).text();
    }

    /**
     * The item text as the file carries it.
     *
     * @param no the item No.
     * @return the text, empty if absent
     */
    public String raw(int no) {
        return i(no).raw();
    }

    /** @return every item in No. order */
    public List<Item> items() {
        return items;
    }

    /** @return the file as reported, empty for a record the unit does not carry */
    public String file() {
        return file;
    }

    /** @return the file kind's prefix */
    public String prefix() {
        return prefix;
    }

    /** @return whether the unit carries this record (else every item is blank) */
    public boolean present() {
        return recordIndex > 0;
    }

    /** @return the 1-based record index in its file, or 0 */
    public long recordIndex() {
        return recordIndex;
    }
}
