package io.github.careplanspec.model.kyotaku;

import io.github.careplanspec.model.catalog.Records;

/** Small checks shared by the 居宅 records of this package (利用者補足情報, 第2表, 第3表). */
final class ItemChecks {
    private ItemChecks() {
    }

    /** An empty text is an absent item: {@code ""} becomes {@code null}, so a record equals itself read back. */
    static String text(String v) {
        return v == null || v.isEmpty() ? null : v;
    }

    /**
     * A number the file can carry: items without a printed format are plain unsigned integers (Q15, Q29).
     *
     * @throws IllegalArgumentException if negative
     */
    static Integer unsigned(Integer v, String item) {
        if (v != null && v < 0) {
            throw new IllegalArgumentException(item + ": 負の値は書けません / cannot be negative: " + v);
        }
        return v;
    }

    /**
     * A number within the item's range, for builders (a read record keeps what the file said; validation reports).
     *
     * @throws IllegalArgumentException if out of range
     */
    static Integer range(Integer v, int min, int max, String item) {
        return Records.requireRange(v, min, max, item);
    }
}
