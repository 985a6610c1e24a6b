package io.github.careplanspec.examples.render.view;

import java.util.List;

/**
 * One item (項目) of a record as a form cell shows it.
 *
 * @param id the item's id on the page, {@code PREFIX-No.} (e.g. {@code UP1KYO-14}), the cell's {@code data-item}
 * @param name the item's 日本語名称
 * @param text the text shown: a code's Japanese label, a date as 年月日, else the item text; empty when absent
 * @param raw the item text as the file carries it
 * @param marks the numbers of the problems found on this item (listed under the form)
 */
public record Item(String id, String name, String text, String raw, List<Integer> marks) {
    /**
     * Copies the marks.
     *
     * @param id the id
     * @param name the 日本語名称
     * @param text the text shown
     * @param raw the item text
     * @param marks the problem numbers
     */
    public Item {
        marks = List.copyOf(marks);
    }

    /** @return whether a problem was found on this item */
    public boolean marked() {
        return !marks.isEmpty();
    }

    /** @return the CSS classes of the value */
    public String css() {
        return marked() ? "v marked" : "v";
    }

    /** @return whether the item carries a value */
    public boolean present() {
        return !raw.isEmpty();
    }
}
