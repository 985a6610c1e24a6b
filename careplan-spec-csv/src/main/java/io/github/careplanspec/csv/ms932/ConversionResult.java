package io.github.careplanspec.csv.ms932;

import java.util.List;
import java.util.Objects;

/**
 * A text made fit for MS932 by a {@link ConversionPolicy}, with every conversion that was made (R2c).
 *
 * @param text the converted text; every character is {@link Ms932#isEncodable(int) encodable} unless
 *     {@link #isRefused()}, in which case refused characters are left in place
 * @param conversions the conversions and refusals, in text order; empty when the text was already fit
 */
public record ConversionResult(String text, List<Conversion> conversions) {
    /**
     * Copies.
     *
     * @param text the text
     * @param conversions the conversions
     */
    public ConversionResult {
        Objects.requireNonNull(text, "text");
        conversions = List.copyOf(conversions);
    }

    /** @return whether the policy refused some characters, so that the text cannot be written */
    public boolean isRefused() {
        for (Conversion c : conversions) {
            if (c.isRefused()) {
                return true;
            }
        }
        return false;
    }

    /** @return whether nothing had to be converted */
    public boolean isUnchanged() {
        return conversions.isEmpty();
    }
}
