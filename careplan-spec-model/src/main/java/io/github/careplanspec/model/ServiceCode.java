package io.github.careplanspec.model;

import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.SpecFormat;
import io.github.careplanspec.model.catalog.SpecValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * サービスコード — service code: 6 characters, the サービス種類コード (2) followed by the サービス項目コード (4)
 * (介護給付費単位数等サービスコード表; R10). In 第7表 the same item also carries the subtotal and total
 * sentinels ({@code {CD}AAAA}, {@code {CD}EEEE}, {@code {CD}ZZZZ}, {@code 999999}; R51), which this type accepts.
 *
 * @param text the value as the file carries it
 */
@SpecFormat(FieldFormat.SERVICE_CODE)
public record ServiceCode(String text) implements SpecValue, Comparable<ServiceCode> {
    private static final Pattern FORM = Pattern.compile("[0-9A-Z]{6}");

    /**
     * Checks the form.
     *
     * @param text the value
     * @throws IllegalArgumentException if the text is not 6 digits or upper-case letters
     */
    public ServiceCode {
        Objects.requireNonNull(text, "text");
        if (!FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("not 6 digits or upper-case letters: '" + text + "'");
        }
    }

    /**
     * Parses the value as the file carries it.
     *
     * @param text the value, e.g. {@code 111111}
     * @return the value
     * @throws IllegalArgumentException if the text is not 6 digits or upper-case letters
     */
    public static ServiceCode parse(String text) {
        return new ServiceCode(text);
    }

    /**
     * Builds a code from its two parts.
     *
     * @param type the サービス種類コード
     * @param item the 4-character サービス項目コード
     * @return the code
     */
    public static ServiceCode of(ServiceTypeCode type, String item) {
        return new ServiceCode(type.text() + item);
    }

    /** @return the サービス種類コード (first two characters) */
    public ServiceTypeCode serviceType() {
        return new ServiceTypeCode(text.substring(0, 2));
    }

    /** @return the サービス項目コード (last four characters) */
    public String item() {
        return text.substring(2);
    }

    @Override
    public int compareTo(ServiceCode o) {
        return text.compareTo(o.text);
    }

    @Override
    public String toString() {
        return text;
    }
}
