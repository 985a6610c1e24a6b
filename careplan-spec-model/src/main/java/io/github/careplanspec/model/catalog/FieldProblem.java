package io.github.careplanspec.model.catalog;

import java.util.Objects;

/**
 * Why one item's text could not become a typed value.
 *
 * @param column the item
 * @param raw the item text as read
 * @param expected what the item should look like (English, e.g. {@code "YYYYMMDD, a real date"})
 */
public record FieldProblem(ColumnSpec column, String raw, String expected) {
    /**
     * Checks.
     *
     * @param column the item
     * @param raw the text
     * @param expected the expectation
     */
    public FieldProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(expected, "expected");
    }
}
