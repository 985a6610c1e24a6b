package io.github.careplanspec.csv;

import io.github.careplanspec.csv.ms932.Conversion;
import io.github.careplanspec.model.catalog.ColumnSpec;
import java.util.Objects;

/**
 * A conversion a writer made (or a refusal) in one item of one record (R2c).
 *
 * @param recordIndex the record's index in the file, 1-based
 * @param column the item
 * @param conversion what was converted, where in the item's text and why
 */
public record ItemConversion(long recordIndex, ColumnSpec column, Conversion conversion) {
    /**
     * Checks.
     *
     * @param recordIndex the record index
     * @param column the item
     * @param conversion the conversion
     */
    public ItemConversion {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(conversion, "conversion");
    }

    @Override
    public String toString() {
        return "record " + recordIndex + ", " + column.label() + ": " + conversion;
    }
}
