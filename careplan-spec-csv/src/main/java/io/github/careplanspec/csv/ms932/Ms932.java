package io.github.careplanspec.csv.ms932;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.util.Arrays;

/**
 * MS932 (Windows-31J), the only encoding the spec allows (R2, 文字コード), and its character repertoire.
 *
 * <p>The repertoire is what Java's {@code windows-31j} decoder produces from a valid byte sequence, minus the
 * 外字 (EUDC, bytes {@code F040}–{@code F9FC} ↔ U+E000–U+E757; R2b). It therefore holds half-width katakana,
 * the NEC special characters (①, ㈱ …) and the NEC-selected IBM and IBM extension kanji (髙, 﨑 …), and it
 * excludes characters that Java encodes only one way (U+00A5 ¥ and U+203E ‾ become {@code 5C} / {@code 7E}, which
 * decode to U+005C / U+007E). Every character of the repertoire survives encode → decode unchanged.
 *
 * <p>Both byte forms of a duplicated character decode to the same character (髙 is {@code FB FC} in the IBM
 * extension and {@code EE E0} in the NEC-selected IBM extension); {@link #encode(CharSequence)} writes Java's
 * form (for 髙: {@code FB FC}). Thread-safe.
 */
public final class Ms932 {
    /** The MS932 charset, {@code windows-31j}. Never call it "Shift_JIS": Java's Shift_JIS is the JIS mapping. */
    public static final Charset CHARSET = Charset.forName("windows-31j");

    /** First character of the EUDC (外字) area as Java's MS932 decodes it: bytes {@code F040}. */
    public static final char GAIJI_FIRST = '\uE000';
    /** Last character of the EUDC (外字) area: bytes {@code F9FC}. */
    public static final char GAIJI_LAST = '\uE757';

    private static final long[] REPERTOIRE = buildRepertoire();

    private Ms932() {
    }

    private static long[] buildRepertoire() {
        long[] bits = new long[65536 / 64];
        CharsetDecoder d = newStrictDecoder();
        CharBuffer out = CharBuffer.allocate(4);
        byte[] one = new byte[1];
        for (int b = 0; b < 256; b++) {
            one[0] = (byte) b;
            add(bits, d, ByteBuffer.wrap(one), out);
        }
        byte[] two = new byte[2];
        for (int lead = 0x81; lead <= 0xFC; lead++) {
            if (lead >= 0xA0 && lead < 0xE0) {
                continue;
            }
            for (int trail = 0x40; trail <= 0xFC; trail++) {
                two[0] = (byte) lead;
                two[1] = (byte) trail;
                add(bits, d, ByteBuffer.wrap(two), out);
            }
        }
        // R2b: 外字 (and any other private-use character) is never part of the repertoire
        for (int c = 0xE000; c <= 0xF8FF; c++) {
            bits[c >>> 6] &= ~(1L << c);
        }
        return bits;
    }

    private static void add(long[] bits, CharsetDecoder d, ByteBuffer in, CharBuffer out) {
        d.reset();
        out.clear();
        CoderResult r = d.decode(in, out, true);
        if (r.isError() || in.hasRemaining()) {
            return;
        }
        r = d.flush(out);
        if (r.isError() || out.position() != 1) {
            return;
        }
        char c = out.get(0);
        bits[c >>> 6] |= 1L << c;
    }

    /**
     * Whether a code point is a valid MS932 character that survives encode → decode (R2a, R2b).
     *
     * @param codePoint a Unicode code point
     * @return {@code true} for the repertoire described in the class comment; {@code false} for 外字, for
     *     characters outside the Basic Multilingual Plane (𠮷, 𩸽, emoji) and for every other character
     */
    public static boolean isEncodable(int codePoint) {
        return codePoint >= 0 && codePoint < 65536 && (REPERTOIRE[codePoint >>> 6] & (1L << codePoint)) != 0;
    }

    /**
     * Whether a character is a 外字 (EUDC) as Java's MS932 decodes bytes {@code F040}–{@code F9FC} (R2b).
     *
     * @param codePoint a Unicode code point
     * @return whether it lies in U+E000–U+E757
     */
    public static boolean isGaiji(int codePoint) {
        return codePoint >= GAIJI_FIRST && codePoint <= GAIJI_LAST;
    }

    /**
     * The index of the first character that is not in the repertoire.
     *
     * @param text the text
     * @return the char index, or {@code -1} when every character is encodable (a lone surrogate is not)
     */
    public static int firstUnencodable(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if ((REPERTOIRE[c >>> 6] & (1L << c)) == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether every character of a text is in the repertoire.
     *
     * @param text the text
     * @return {@code firstUnencodable(text) < 0}
     */
    public static boolean isEncodable(CharSequence text) {
        return firstUnencodable(text) < 0;
    }

    /** @return a new decoder that reports (never replaces) malformed and unmappable bytes */
    public static CharsetDecoder newStrictDecoder() {
        return CHARSET.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** @return a new encoder that reports (never replaces with {@code ?}) characters it cannot encode */
    public static CharsetEncoder newStrictEncoder() {
        return CHARSET.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Encodes a text that is entirely in the repertoire; unlike {@link String#getBytes(Charset)} it never writes
     * {@code ?} for a character it cannot encode, and it refuses 外字 and one-way mappings (¥ → {@code 5C}).
     *
     * @param text the text
     * @return the MS932 bytes (Java's canonical form for duplicated characters)
     * @throws CharacterCodingException if a character is not in the repertoire; convert it first with a
     *     {@link ConversionPolicy}
     */
    public static byte[] encode(CharSequence text) throws CharacterCodingException {
        int bad = firstUnencodable(text);
        if (bad >= 0) {
            throw new java.nio.charset.UnmappableCharacterException(1) {
                private static final long serialVersionUID = 1L;

                @Override
                public String getMessage() {
                    return "not in MS932 at index " + bad + ": U+" + Integer.toHexString(text.charAt(bad))
                            .toUpperCase(java.util.Locale.ROOT);
                }
            };
        }
        ByteBuffer bb = newStrictEncoder().encode(CharBuffer.wrap(text));
        return Arrays.copyOfRange(bb.array(), bb.arrayOffset() + bb.position(), bb.arrayOffset() + bb.limit());
    }

    /**
     * Decodes MS932 bytes strictly.
     *
     * @param bytes the bytes
     * @return the text
     * @throws MalformedBytesException at the first malformed or unmappable byte sequence, with its byte offset and
     *     line (R2a)
     */
    public static String decode(byte[] bytes) throws MalformedBytesException {
        StringBuilder sb = new StringBuilder(bytes.length);
        MalformedInput[] first = new MalformedInput[1];
        try (StrictDecodingReader r = new StrictDecodingReader(new java.io.ByteArrayInputStream(bytes), CHARSET,
                m -> {
                    if (first[0] == null) {
                        first[0] = m;
                    }
                })) {
            char[] buf = new char[8192];
            int n;
            while ((n = r.read(buf)) > 0 && first[0] == null) {
                sb.append(buf, 0, n);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (first[0] != null) {
            throw new MalformedBytesException(first[0]);
        }
        return sb.toString();
    }
}
