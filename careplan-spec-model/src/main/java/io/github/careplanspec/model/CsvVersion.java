package io.github.careplanspec.model;

import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.SpecFormat;
import io.github.careplanspec.model.catalog.SpecValue;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Objects;

/**
 * CSVバージョン — item No.1 of every layout, {@code YYYYMM} (R11–R13). The V4.1 value is {@link #V4_1}
 * ({@code 202407}); which versions a file may carry is a validation rule, so any well-formed month is representable.
 *
 * @param text the value as the file carries it
 */
@SpecFormat(FieldFormat.CSV_VERSION)
public record CsvVersion(String text) implements SpecValue {
    /** {@code 202407}: ケアプランデータ連携標準仕様 V4.1 (令和6年10月版; R13). */
    public static final CsvVersion V4_1 = new CsvVersion("202407");

    /**
     * Checks the form.
     *
     * @param text the value
     * @throws IllegalArgumentException if the text is not a {@code YYYYMM} month
     */
    public CsvVersion {
        Objects.requireNonNull(text, "text");
        if (!Chars.isDigits(text, 6)) {
            throw new IllegalArgumentException("not YYYYMM: '" + text + "'");
        }
        int month = Chars.number(text, 4, 6);
        if (month < 1 || month > 12) {
            try {
                YearMonth.of(Chars.number(text, 0, 4), month);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("not YYYYMM: '" + text + "'", e);
            }
        }
    }

    /**
     * Parses the value as the file carries it.
     *
     * @param text the value, e.g. {@code 202407}
     * @return the version
     * @throws IllegalArgumentException if the text is not a {@code YYYYMM} month
     */
    public static CsvVersion parse(String text) {
        return new CsvVersion(text);
    }

    /** @return whether this is the V4.1 value {@code 202407} */
    public boolean isV41() {
        return equals(V4_1);
    }

    @Override
    public String toString() {
        return text;
    }
}
