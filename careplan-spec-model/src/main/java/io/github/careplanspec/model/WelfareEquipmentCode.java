package io.github.careplanspec.model;

import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.SpecFormat;
import io.github.careplanspec.model.catalog.SpecValue;
import java.util.Objects;

/**
 * TAISコード／福祉用具届出コード — the code of a rented 福祉用具 (第6表 No.16/17, 第7表 No.10/11; R46): the TAIS code of
 * テクノエイド協会's 福祉用具情報システム, or the 届出コード of a product without one. Up to 12 characters; the usual
 * form is 5 digits, a hyphen and 6 digits ({@code 00001-000010}).
 *
 * <p>Spec reading (uncertain.md Q20): the spec prints its example with a full-width minus ({@code 00001－000010}).
 * This type writes the ASCII hyphen-minus {@code -} (see {@link #of(String, String)}) and accepts, on parse, the
 * full-width minus {@code －} (U+FF0D) and the hyphen {@code ‐} (U+2010) too. A parsed value keeps its characters
 * exactly as received (nothing is altered silently); {@link #withAsciiHyphen()} gives the canonical form.
 *
 * @param text the value as the file carries it
 */
@SpecFormat(FieldFormat.WELFARE_EQUIPMENT_CODE)
public record WelfareEquipmentCode(String text) implements SpecValue, Comparable<WelfareEquipmentCode> {
    /** The 項目長: 12 characters. */
    public static final int MAX_LENGTH = 12;


    /**
     * Checks the form.
     *
     * @param text the value
     * @throws IllegalArgumentException if the text is not 1–12 digits, upper-case letters or hyphens
     */
    public WelfareEquipmentCode {
        Objects.requireNonNull(text, "text");
        if (!isForm(text)) {
            throw new IllegalArgumentException("not 1-12 digits, upper-case letters or hyphens: '" + text + "'");
        }
    }

    /** {@code [0-9A-Z\-\uFF0D\u2010]{1,12}}, as a loop. */
    private static boolean isForm(String text) {
        int n = text.length();
        if (n < 1 || n > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!Chars.isDigitOrUpper(c) && c != '-' && c != '\uFF0D' && c != '\u2010') {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses the value as the file carries it.
     *
     * @param text the value, e.g. {@code 00001-000010}
     * @return the value, characters kept as received
     * @throws IllegalArgumentException if the text is not 1–12 digits, upper-case letters or hyphens
     */
    public static WelfareEquipmentCode parse(String text) {
        return new WelfareEquipmentCode(text);
    }

    /**
     * The usual form, {@code company-product} with an ASCII hyphen.
     *
     * @param company the 5-digit company part, e.g. {@code 00001}
     * @param product the 6-digit product part, e.g. {@code 000010}
     * @return the code, e.g. {@code 00001-000010}
     * @throws IllegalArgumentException if a part is not of its number of digits
     */
    public static WelfareEquipmentCode of(String company, String product) {
        WelfareEquipmentCode c = new WelfareEquipmentCode(company + "-" + product);
        if (!c.isCanonical()) {
            throw new IllegalArgumentException("not 5 digits and 6 digits: '" + company + "', '" + product + "'");
        }
        return c;
    }

    /** @return whether the value is 5 digits, an ASCII hyphen and 6 digits */
    public boolean isCanonical() {
        return text.length() == 12 && text.charAt(5) == '-' && Chars.digits(text, 0, 5) && Chars.digits(text, 6, 12);
    }

    /** @return this code with every accepted hyphen variant written as the ASCII {@code -} (Q20) */
    public WelfareEquipmentCode withAsciiHyphen() {
        String t = text.replace('\uFF0D', '-').replace('\u2010', '-');
        return t.equals(text) ? this : new WelfareEquipmentCode(t);
    }

    @Override
    public int compareTo(WelfareEquipmentCode o) {
        return text.compareTo(o.text);
    }

    @Override
    public String toString() {
        return text;
    }
}
