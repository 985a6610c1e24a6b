package io.github.careplanspec.model.catalog;

import io.github.careplanspec.model.issue.IssueId;
import java.util.ArrayList;
import java.util.List;

/** Checks shared by every record builder. */
public final class Records {
    /** {0} the layout id, {1} the empty 必須 items, each {@code " No.n 日本語名称;"}. */
    static final IssueId REQUIRED = IssueId.of("layout.required");
    /** {0} the item's 日本語名称, {1} the smallest, {2} the largest number accepted, {3} the number given. */
    static final IssueId RANGE = IssueId.of("layout.range");

    private Records() {
    }

    /**
     * The 必須 items of a record that are empty.
     *
     * @param record the record
     * @param <R> the record type
     * @return the empty 必須 items, in No. order
     */
    @SuppressWarnings("unchecked")
    public static <R extends Record> List<ColumnSpec> missingRequired(R record) {
        RecordLayout<R> layout = RecordLayout.of((Class<R>) record.getClass());
        String[] texts = layout.format(record);
        List<ColumnSpec> missing = new ArrayList<>();
        for (ColumnSpec c : layout.columns()) {
            if (c.required() && texts[c.no() - 1].isEmpty()) {
                missing.add(c);
            }
        }
        return missing;
    }

    /**
     * Returns the record if every 必須 item has a value.
     *
     * @param record the record
     * @param <R> the record type
     * @return the record
     * @throws IncompleteRecordException naming every 必須 item left empty ({@code layout.required})
     */
    public static <R extends Record> R requireRequired(R record) {
        List<ColumnSpec> missing = missingRequired(record);
        if (!missing.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (ColumnSpec c : missing) {
                sb.append(' ').append(c.label()).append(';');
            }
            throw new IncompleteRecordException(REQUIRED, RecordLayout.of(record.getClass()).id(), sb.toString());
        }
        return record;
    }

    /**
     * Returns a number the builder accepts for an item: empty, or within {@code min}–{@code max}.
     *
     * @param v the number, or {@code null} for an empty item
     * @param min the smallest number accepted
     * @param max the largest number accepted
     * @param item the item's 日本語名称, for the message
     * @return {@code v}
     * @throws InvalidValueException if out of range ({@code layout.range})
     */
    public static Integer requireRange(Integer v, int min, int max, String item) {
        if (v != null && (v < min || v > max)) {
            throw new InvalidValueException(RANGE, item, min, max, v);
        }
        return v;
    }
}
