package io.github.careplanspec.model;

import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.SpecFormat;
import io.github.careplanspec.model.catalog.SpecValue;
import java.util.Objects;

/**
 * 被保険者番号 — insured person number: 10 digits, or {@code H} + 9 digits for 生保単独 (public assistance only, R10).
 *
 * @param text the value as the file carries it
 */
@SpecFormat(FieldFormat.INSURED_NUMBER)
public record InsuredNumber(String text) implements SpecValue, Comparable<InsuredNumber> {

    /** @return whether this is a 生保単独 number ({@code H} + 9 digits) */
    public boolean isPublicAssistanceOnly() {
        return text.charAt(0) == 'H';
    }

    /**
     * Checks the form.
     *
     * @param text the value
     * @throws IllegalArgumentException if the text is not 10 digits or H + 9 digits
     */
    public InsuredNumber {
        Objects.requireNonNull(text, "text");
        if (!(text.length() == 10 && (Chars.isDigit(text.charAt(0)) || text.charAt(0) == 'H')
                && Chars.digits(text, 1, 10))) {
            throw new IllegalArgumentException("not 10 digits or H + 9 digits: '" + text + "'");
        }
    }

    /**
     * Parses the value as the file carries it.
     *
     * @param text the value, e.g. {@code 1234567890}
     * @return the value
     * @throws IllegalArgumentException if the text is not 10 digits or H + 9 digits
     */
    public static InsuredNumber parse(String text) {
        return new InsuredNumber(text);
    }

    @Override
    public int compareTo(InsuredNumber o) {
        return text.compareTo(o.text);
    }

    @Override
    public String toString() {
        return text;
    }
}
