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
        ServiceTypeCode c = text != null && text.length() == 2 ? cached(text, 0) : null;
        return c != null ? c : new ServiceTypeCode(text);
    }

    /** One instance per code (36 × 36 forms), made on first use: records hold many, and compare by text anyway. */
    private static final ServiceTypeCode[] CACHE = new ServiceTypeCode[36 * 36];

    /**
     * The code at {@code from} of a text (a サービスコード's first two characters), shared, or {@code null} if those
     * characters are not digits or upper-case letters. A benign race: two threads may each make an instance.
     */
    static ServiceTypeCode cached(String text, int from) {
        int a = index(text.charAt(from));
        int b = index(text.charAt(from + 1));
        if (a < 0 || b < 0) {
            return null;
        }
        int i = a * 36 + b;
        ServiceTypeCode c = CACHE[i];
        if (c == null) {
            c = new ServiceTypeCode(text.substring(from, from + 2));
            CACHE[i] = c;
        }
        return c;
    }

    private static int index(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c >= 'A' && c <= 'Z' ? c - 'A' + 10 : -1;
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
