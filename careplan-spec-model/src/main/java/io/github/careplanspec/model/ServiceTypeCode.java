package io.github.careplanspec.model;

import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.SpecFormat;
import io.github.careplanspec.model.catalog.SpecValue;
import java.util.Objects;

/**
 * サービス種類コード — service type code: 2 characters, digits or digit/letter ({@code 11}, {@code 2A}, {@code A1}; R10).
 *
 * @param text the value as the file carries it
 */
@SpecFormat(FieldFormat.SERVICE_TYPE_CODE)
public record ServiceTypeCode(String text) implements SpecValue, Comparable<ServiceTypeCode> {

    /** @return whether the code is made of digits only */
    public boolean isNumeric() {
        return Character.isDigit(text.charAt(0)) && Character.isDigit(text.charAt(1));
    }

    /**
     * Checks the form.
     *
     * @param text the value
     * @throws IllegalArgumentException if the text is not 2 digits or upper-case letters
     */
    public ServiceTypeCode {
        Objects.requireNonNull(text, "text");
        if (!Chars.isDigitsOrUpper(text, 2)) {
            throw new IllegalArgumentException("not 2 digits or upper-case letters: '" + text + "'");
        }
    }

    /**
     * Parses the value as the file carries it.
     *
     * @param text the value, e.g. {@code 43}
     * @return the value
     * @throws IllegalArgumentException if the text is not 2 digits or upper-case letters
     */
    public static ServiceTypeCode parse(String text) {
        return new ServiceTypeCode(text);
    }

    @Override
    public int compareTo(ServiceTypeCode o) {
        return text.compareTo(o.text);
    }

    @Override
    public String toString() {
        return text;
    }
}
