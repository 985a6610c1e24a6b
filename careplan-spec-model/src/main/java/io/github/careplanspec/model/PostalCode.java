package io.github.careplanspec.model;

import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.SpecFormat;
import io.github.careplanspec.model.catalog.SpecValue;
import java.util.Objects;

/**
 * 郵便番号 — postal code in the {@code XXX-XXXX} form (R10).
 *
 * @param text the value as the file carries it
 */
@SpecFormat(FieldFormat.POSTAL_CODE)
public record PostalCode(String text) implements SpecValue, Comparable<PostalCode> {

    /**
     * Checks the form.
     *
     * @param text the value
     * @throws IllegalArgumentException if the text is not XXX-XXXX
     */
    public PostalCode {
        Objects.requireNonNull(text, "text");
        if (!(text.length() == 8 && text.charAt(3) == '-' && Chars.digits(text, 0, 3) && Chars.digits(text, 4, 8))) {
            throw new IllegalArgumentException("not XXX-XXXX: '" + text + "'");
        }
    }

    /**
     * Parses the value as the file carries it.
     *
     * @param text the value, e.g. {@code 100-0001}
     * @return the value
     * @throws IllegalArgumentException if the text is not XXX-XXXX
     */
    public static PostalCode parse(String text) {
        return new PostalCode(text);
    }

    @Override
    public int compareTo(PostalCode o) {
        return text.compareTo(o.text);
    }

    @Override
    public String toString() {
        return text;
    }
}
