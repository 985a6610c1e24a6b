package io.github.careplanspec.model.kyotaku;

import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.InvalidValueException;
import io.github.careplanspec.model.catalog.Records;
import io.github.careplanspec.model.issue.IssueId;
import java.lang.reflect.RecordComponent;

/** Small checks shared by the 居宅 records of this package (利用者補足情報, 第2表, 第3表). */
final class ItemChecks {
    /** {0} the item's 日本語名称, {1} the number given. */
    static final IssueId NEGATIVE = IssueId.of("model.value.negative");

    private ItemChecks() {
    }

    /** An empty text is an absent item: {@code ""} becomes {@code null}, so a record equals itself read back. */
    static String text(String v) {
        return v == null || v.isEmpty() ? null : v;
    }

    /**
     * A number the file can carry: items without a printed format are plain unsigned integers (Q15, Q29).
     *
     * @param v the number, or {@code null}
     * @param type the record
     * @param component the record component holding the number (its {@code @Column} names the item)
     * @throws InvalidValueException if negative ({@code model.value.negative})
     */
    static Integer unsigned(Integer v, Class<? extends Record> type, String component) {
        if (v != null && v < 0) {
            throw new InvalidValueException(NEGATIVE, label(type, component), v);
        }
        return v;
    }

    /**
     * A number within the item's range, for builders (a read record keeps what the file said; validation reports).
     *
     * @throws InvalidValueException if out of range
     */
    static Integer range(Integer v, int min, int max, Class<? extends Record> type, String component) {
        if (v != null && (v < min || v > max)) {
            return Records.requireRange(v, min, max, label(type, component));
        }
        return v;
    }

    /** The 日本語名称 of a record component's item, from its {@code @Column}: looked up only for a message. */
    static String label(Class<? extends Record> type, String component) {
        for (RecordComponent rc : type.getRecordComponents()) {
            if (rc.getName().equals(component)) {
                Column c = rc.getAnnotation(Column.class);
                return c == null ? component : c.name();
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no component " + component);
    }
}
