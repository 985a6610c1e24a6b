package io.github.careplanspec.csv.ms932;

import java.util.Objects;

/**
 * One conversion of text that MS932 cannot hold (R2c): what was there, what replaced it, where and why.
 *
 * @param offset the char index of the original text in the item's value
 * @param original the original characters (one user-perceived character, e.g. a whole emoji sequence)
 * @param replacement what the writer emits instead; empty for a dropped variation selector; {@code null} when
 *     the policy refused the characters
 * @param reason why
 */
public record Conversion(int offset, String original, String replacement, Reason reason) {
    /** Why a text was converted. */
    public enum Reason {
        /**
         * The character a JIS-based system produces for an MS932 character (WAVE DASH U+301C for 〜 U+FF5E, and
         * the others of {@link ConversionPolicy#JIS_TO_MS932}).
         */
        JIS_MAPPING,
        /** A compatibility character replaced by its NFKC form (ICU4J), e.g. ⑴ → (1), U+00A0 → space. */
        COMPATIBILITY,
        /** A base character and combining marks composed (NFC, ICU4J), e.g. か + U+3099 → が. */
        COMPOSITION,
        /** A variation selector (異体字セレクタ) dropped: MS932 has no variant forms. */
        VARIATION_SELECTOR,
        /** No MS932 equivalent: replaced by the caller's replacement (𠮷, 𩸽, emoji, 外字 …). */
        REPLACED,
        /** No conversion allowed or possible: the policy refused the text. */
        REFUSED
    }

    /**
     * Checks.
     *
     * @param offset the offset
     * @param original the original
     * @param replacement the replacement or {@code null}
     * @param reason the reason
     */
    public Conversion {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(reason, "reason");
        if ((replacement == null) != (reason == Reason.REFUSED)) {
            throw new IllegalArgumentException("a refusal, and only a refusal, has no replacement");
        }
    }

    /** @return whether the policy refused the text instead of converting it */
    public boolean isRefused() {
        return reason == Reason.REFUSED;
    }

    /** @return the original's code points, e.g. {@code U+20BB7} */
    public String codePoints() {
        StringBuilder sb = new StringBuilder();
        original.codePoints().forEach(cp -> {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(String.format(java.util.Locale.ROOT, "U+%04X", cp));
        });
        return sb.toString();
    }

    @Override
    public String toString() {
        return "[" + offset + "] " + original + " (" + codePoints() + ") → "
                + (replacement == null ? "refused" : "'" + replacement + "'") + " " + reason;
    }
}
