package io.github.careplanspec.model;

import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.SpecFormat;
import io.github.careplanspec.model.catalog.SpecValue;
import java.util.Objects;

/**
 * 事業所番号 — office number (居宅支援事業者番号, サービス事業者コード, サービス事業所コード): 10 digits (R10).
 *
 * @param text the value as the file carries it
 */
@SpecFormat(FieldFormat.OFFICE_NUMBER)
public record OfficeNumber(String text) implements SpecValue, Comparable<OfficeNumber> {

    /**
     * {@code 9999999999} (ALL9): 第7表 No.7 サービス事業所コード on the 全合計 row (R51) and 第7表 No.34 事業所コード,
     * fixed on every row (R52; item assignment uncertain.md Q5).
     */
    public static final OfficeNumber ALL_NINES = new OfficeNumber("9999999999");

    /**
     * Checks the form.
     *
     * @param text the value
     * @throws IllegalArgumentException if the text is not 10 digits
     */
    public OfficeNumber {
        Objects.requireNonNull(text, "text");
        if (!Chars.isDigits(text, 10)) {
            throw new IllegalArgumentException("not 10 digits: '" + text + "'");
        }
    }

    /**
     * Parses the value as the file carries it.
     *
     * @param text the value, e.g. {@code 1310100001}
     * @return the value
     * @throws IllegalArgumentException if the text is not 10 digits
     */
    public static OfficeNumber parse(String text) {
        return new OfficeNumber(text);
    }

    @Override
    public int compareTo(OfficeNumber o) {
        return text.compareTo(o.text);
    }

    @Override
    public String toString() {
        return text;
    }
}
