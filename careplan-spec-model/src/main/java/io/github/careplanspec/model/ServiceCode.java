package io.github.careplanspec.model;

import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.SpecFormat;
import io.github.careplanspec.model.catalog.SpecValue;
import java.util.Objects;

/**
 * サービスコード — service code: 6 characters, the サービス種類コード (2) followed by the サービス項目コード (4)
 * (介護給付費単位数等サービスコード表; R10). In 第7表 the same item also carries the subtotal and total
 * sentinels ({@code {CD}AAAA}, {@code {CD}EEEE}, {@code {CD}ZZZZ}, {@code 999999}; R51), which this type accepts.
 *
 * @param text the value as the file carries it
 */
@SpecFormat(FieldFormat.SERVICE_CODE)
public record ServiceCode(String text) implements SpecValue, Comparable<ServiceCode> {

    /** {@code 999999}: the 全合計 (ALL9) row of 第7表, always output (R51). */
    public static final ServiceCode TOTAL = new ServiceCode("999999");

    /**
     * Checks the form.
     *
     * @param text the value
     * @throws IllegalArgumentException if the text is not 6 digits or upper-case letters
     */
    public ServiceCode {
        Objects.requireNonNull(text, "text");
        if (!Chars.isDigitsOrUpper(text, 6)) {
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

    /**
     * The 第7表 区分支給対象種類別小計 sentinel {@code {CD}AAAA} of a サービス種類 (R51).
     *
     * @param type the サービス種類コード {CD}
     * @return e.g. {@code 11AAAA}
     */
    public static ServiceCode subtotalSupplyLimit(ServiceTypeCode type) {
        return subtotal(Table7RowKind.SUBTOTAL_IN_LIMIT, type);
    }

    /**
     * The 第7表 区分支給対象外種類別小計 sentinel {@code {CD}EEEE} of a サービス種類 (R51).
     *
     * @param type the サービス種類コード {CD}
     * @return e.g. {@code 11EEEE}
     */
    public static ServiceCode subtotalOutsideLimit(ServiceTypeCode type) {
        return subtotal(Table7RowKind.SUBTOTAL_OUTSIDE_LIMIT, type);
    }

    /**
     * The 第7表 30日超過分種類別小計 sentinel {@code {CD}ZZZZ} of a サービス種類 (R51).
     *
     * @param type the サービス種類コード {CD}
     * @return e.g. {@code 21ZZZZ}
     */
    public static ServiceCode subtotalOver30Days(ServiceTypeCode type) {
        return subtotal(Table7RowKind.SUBTOTAL_OVER_30_DAYS, type);
    }

    /**
     * The 第7表 subtotal sentinel of a kind and サービス種類 (R51).
     *
     * @param kind one of the three subtotal kinds
     * @param type the サービス種類コード {CD}
     * @return the sentinel code
     * @throws IllegalArgumentException if the kind is not a subtotal kind
     */
    public static ServiceCode subtotal(Table7RowKind kind, ServiceTypeCode type) {
        if (!kind.isSubtotal()) {
            throw new IllegalArgumentException("not a subtotal row kind: " + kind);
        }
        return new ServiceCode(type.text() + kind.itemSuffix());
    }

    /**
     * The kind of 第7表 row this code marks (R51). The sentinels have no meaning in 第6表, where every code is
     * a {@link Table7RowKind#DETAIL} code; a validator reports a sentinel there.
     *
     * @return {@link Table7RowKind#TOTAL} for {@code 999999}, a subtotal kind for {@code {CD}AAAA}/{@code EEEE}/{@code
     *     ZZZZ}, {@link Table7RowKind#DETAIL} otherwise
     */
    public Table7RowKind rowKind() {
        if (equals(TOTAL)) {
            return Table7RowKind.TOTAL;
        }
        String item = item();
        for (Table7RowKind k : Table7RowKind.values()) {
            if (k.isSubtotal() && k.itemSuffix().equals(item)) {
                return k;
            }
        }
        return Table7RowKind.DETAIL;
    }

    /** @return the サービス種類コード (first two characters) */
    public ServiceTypeCode serviceType() {
        ServiceTypeCode c = ServiceTypeCode.cached(text, 0);
        return c != null ? c : new ServiceTypeCode(text.substring(0, 2));
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
