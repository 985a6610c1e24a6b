package io.github.careplanspec.model;

import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.SpecFormat;
import io.github.careplanspec.model.catalog.SpecValue;
import java.util.Objects;

/**
 * 保険者番号 — insurer number: 6 digits, the code of the municipality the insured person belongs to (R10).
 *
 * @param text the value as the file carries it
 */
@SpecFormat(FieldFormat.INSURER_NUMBER)
public record InsurerNumber(String text) implements SpecValue, Comparable<InsurerNumber> {

    /**
     * Checks the form.
     *
     * @param text the value
     * @throws IllegalArgumentException if the text is not 6 digits
     */
    public InsurerNumber {
        Objects.requireNonNull(text, "text");
        if (!Chars.isDigits(text, 6)) {
            throw new IllegalArgumentException("not 6 digits: '" + text + "'");
        }
    }

    /**
     * Parses the value as the file carries it.
     *
     * @param text the value, e.g. {@code 131016}
     * @return the value
     * @throws IllegalArgumentException if the text is not 6 digits
     */
    public static InsurerNumber parse(String text) {
        return new InsurerNumber(text);
    }

    @Override
    public int compareTo(InsurerNumber o) {
        return text.compareTo(o.text);
    }

    @Override
    public String toString() {
        return text;
    }
}
