package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.ValidationIssue;
import java.util.Map;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a record rule sees of one record: where it is, its layout, its item texts as read and, when every item
 * could be converted, the typed record.
 *
 * @param <R> the record type
 */
public final class RecordContext<R extends Record> {
    private final RecordLocation location;
    private final RecordLayout<R> layout;
    private final List<String> texts;
    private final R value;

    /**
     * Creates a context. The texts array is not copied: callers must not change it while rules run.
     *
     * @param location where the record is
     * @param layout the layout
     * @param texts the item texts in No. order, exactly {@code layout.size()} of them
     * @param value the typed record, or {@code null} when an item could not be converted
     */
    public RecordContext(RecordLocation location, RecordLayout<R> layout, String[] texts, R value) {
        this(location, layout, Arrays.asList(Objects.requireNonNull(texts, "texts")), value);
    }

    /**
     * Creates a context over a list of texts, e.g. a reader's item texts. The list is not copied: callers must not
     * change it while rules run.
     *
     * @param location where the record is
     * @param layout the layout
     * @param texts the item texts in No. order, exactly {@code layout.size()} of them
     * @param value the typed record, or {@code null} when an item could not be converted
     */
    public RecordContext(RecordLocation location, RecordLayout<R> layout, List<String> texts, R value) {
        this.location = Objects.requireNonNull(location, "location");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.value = value;
        if (texts.size() != layout.size()) {
            throw new IllegalArgumentException(layout.id() + " has " + layout.size() + " items, got " + texts.size());
        }
    }

    /** @return where the record is */
    public RecordLocation location() {
        return location;
    }

    /** @return the layout */
    public RecordLayout<R> layout() {
        return layout;
    }

    /** @return the typed record, or {@code null} when an item could not be converted */
    public R value() {
        return value;
    }

    /**
     * The text of an item.
     *
     * @param no the item No., 1-based
     * @return the text, never {@code null} (empty when absent)
     */
    public String text(int no) {
        String t = texts.get(no - 1);
        return t == null ? "" : t;
    }

    /**
     * Whether an item is empty.
     *
     * @param no the item No.
     * @return whether it has no text
     */
    public boolean isEmpty(int no) {
        return text(no).isEmpty();
    }

    /**
     * An item's 日本語名称 in this record's layout.
     *
     * @param no the item No.
     * @return the name
     */
    public String name(int no) {
        return layout.columns().get(no - 1).name();
    }

    /**
     * An issue located at one item of this record, quoting its text.
     *
     * @param rule the rule
     * @param no the item No.
     * @param params the rule's own message parameters
     * @return the issue
     */
    public ValidationIssue issue(Rule rule, int no, Map<String, ?> params) {
        ColumnSpec c = layout.columns().get(no - 1);
        return new ValidationIssue(rule, location.file(), location.line(), location.record(), no, c.name(), text(no),
                params);
    }
}
