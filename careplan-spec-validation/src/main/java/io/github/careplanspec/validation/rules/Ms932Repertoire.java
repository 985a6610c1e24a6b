package io.github.careplanspec.validation.rules;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.BitSet;

/**
 * The MS932 (Windows-31J) repertoire as a precomputed table of the BMP (R2): a character is allowed when
 * {@code windows-31j} can encode it and it is not 外字 (EUDC, U+E000–U+E757, R2b — our reading of the term).
 * Thread-safe; one table lookup per non-ASCII character.
 */
final class Ms932Repertoire {
    /** First 外字 code point (MS932 0xF040). */
    static final char EUDC_FIRST = '\uE000';
    /** Last 外字 code point (MS932 0xF9FC). */
    static final char EUDC_LAST = '\uE757';

    private static final BitSet ENCODABLE = new BitSet(0x10000);

    static {
        CharsetEncoder enc = Charset.forName("windows-31j").newEncoder();
        for (int c = 0; c < 0x10000; c++) {
            if (enc.canEncode((char) c)) {
                ENCODABLE.set(c);
            }
        }
    }

    private Ms932Repertoire() {
    }

    /** @return whether the character is 外字 (EUDC) */
    static boolean isGaiji(char c) {
        return c >= EUDC_FIRST && c <= EUDC_LAST;
    }

    /** @return whether windows-31j encodes the character (外字 included; a lone surrogate is not) */
    static boolean isEncodable(char c) {
        return c < 0x80 || ENCODABLE.get(c);
    }
}
