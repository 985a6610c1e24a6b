package io.github.careplanspec.csv.ms932;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a writer does with text that MS932 cannot hold (R2c: 「Shift-JIS（MS932）の範囲内で有効な文字に変換すること」;
 * the spec names no conversion table, so this is the library's documented policy, and every conversion is
 * reported as a {@link Conversion}).
 *
 * <p>Characters of the MS932 repertoire ({@link Ms932#isEncodable(int)}) are never touched — half-width
 * katakana, ①, ㈱, 髙 and 﨑 included. For any other character, taken with the whole user-perceived character it
 * belongs to (ICU4J grapheme clusters, so that an emoji sequence or a base with its combining marks is one unit):
 * <ol>
 *   <li>{@link #JIS_TO_MS932}: the characters JIS-based systems (Java's {@code Shift_JIS}, EUC-JP, many Unix and
 *       Mac tools) produce for MS932 ones — 〜 ‖ − ¢ £ ¬ — and the one-way ¥ ‾ ¦. ICU's own fallbacks do not
 *       cover ¢ £ ¬, so this small table is spelled out;</li>
 *   <li>canonical composition (NFC, ICU4J) when the composed form is in MS932 (か + U+3099 → が);</li>
 *   <li>per code point: variation selectors are dropped (MS932 has no variant forms), compatibility characters
 *       take their NFKC form (ICU4J) when that form is in MS932 (⑴ → (1), U+00A0 → space, U+F929-like
 *       compatibility ideographs outside MS932 → their unified ideograph);</li>
 *   <li>otherwise — 𠮷, 𩸽, emoji, Hangul, 外字 (U+E000–U+E757, R2b) — the policy decides: {@link Mode#REPLACE}
 *       writes the caller's replacement, {@link Mode#CONVERT_OR_REFUSE} refuses.</li>
 * </ol>
 * {@link Mode#REFUSE} converts nothing at all. Immutable and thread-safe.
 */
public final class ConversionPolicy {
    /** How far a policy goes. */
    public enum Mode {
        /** Convert nothing: any character outside MS932 is refused (the writer then fails, naming it). */
        REFUSE,
        /** Apply the documented equivalences (table, NFC, NFKC, variation selectors); refuse the rest. */
        CONVERT_OR_REFUSE,
        /** Apply the equivalences; replace the rest by the caller's replacement. */
        REPLACE
    }

    /**
     * The JIS ↔ MS932 mapping differences and one-way mappings, Unicode character a JIS-based peer produces →
     * the MS932 character (R2c): WAVE DASH → FULLWIDTH TILDE, DOUBLE VERTICAL LINE → PARALLEL TO, MINUS SIGN →
     * FULLWIDTH HYPHEN-MINUS, ¢ £ ¬ → their full-width forms, EM DASH → HORIZONTAL BAR; and ¥ ‾ ¦, which Java
     * encodes only one way ({@code 5C}, {@code 7E}) or not at all, → their full-width forms.
     */
    public static final Map<Integer, Integer> JIS_TO_MS932 = Map.of(
            0x301C, 0xFF5E,
            0x2016, 0x2225,
            0x2212, 0xFF0D,
            0x00A2, 0xFFE0,
            0x00A3, 0xFFE1,
            0x00AC, 0xFFE2,
            0x2014, 0x2015,
            0x00A5, 0xFFE5,
            0x203E, 0xFFE3,
            0x00A6, 0xFFE4);

    /** The default replacement: 〓 (U+3013 GETA MARK, the customary mark for a character that cannot be printed). */
    public static final String GETA = String.valueOf((char) 0x3013);

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private static final ConversionPolicy REFUSE_ALL = new ConversionPolicy(Mode.REFUSE, null);
    private static final ConversionPolicy CONVERT_OR_REFUSE = new ConversionPolicy(Mode.CONVERT_OR_REFUSE, null);

    private final Mode mode;
    private final String replacement;

    private ConversionPolicy(Mode mode, String replacement) {
        this.mode = mode;
        this.replacement = replacement;
    }

    /** @return the policy that converts nothing and refuses every character outside MS932 */
    public static ConversionPolicy refuse() {
        return REFUSE_ALL;
    }

    /** @return the policy that applies the documented equivalences and refuses what has none */
    public static ConversionPolicy convertOrRefuse() {
        return CONVERT_OR_REFUSE;
    }

    /** @return {@link #replace(String)} with {@link #GETA} */
    public static ConversionPolicy replace() {
        return replace(GETA);
    }

    /**
     * The policy that applies the documented equivalences and writes {@code replacement} for what has none.
     *
     * @param replacement the text written instead (e.g. {@code "〓"}, {@code "?"}, {@code "□"}); may be empty
     * @return the policy
     * @throws IllegalArgumentException if the replacement itself is not MS932
     */
    public static ConversionPolicy replace(String replacement) {
        Objects.requireNonNull(replacement, "replacement");
        if (!Ms932.isEncodable(replacement)) {
            throw new IllegalArgumentException("the replacement must be MS932 text: '" + replacement + "'");
        }
        return new ConversionPolicy(Mode.REPLACE, replacement);
    }

    /** @return the mode */
    public Mode mode() {
        return mode;
    }

    /** @return the replacement of {@link Mode#REPLACE}, or {@code null} */
    public String replacement() {
        return replacement;
    }

    /**
     * Makes a text fit for MS932.
     *
     * @param text the text
     * @return the converted text and every conversion; the same text and no conversion when it was fit
     */
    public ConversionResult convert(String text) {
        int bad = Ms932.firstUnencodable(text);
        if (bad < 0) {
            return new ConversionResult(text, List.of());
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        out.append(text, 0, bad);
        List<Conversion> done = new ArrayList<>(2);
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(text);
        int i = bad;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Ms932.isEncodable(c)) {
                out.append(c);
                i++;
                continue;
            }
            int start = clusters.isBoundary(i) ? i : clusters.preceding(i);
            int end = clusters.following(i);
            if (end == BreakIterator.DONE) {
                end = n;
            }
            out.setLength(out.length() - (i - start));
            String cluster = text.substring(start, end);
            Conversion conv = null;
            if (mode != Mode.REFUSE) {
                conv = resolve(start, cluster);
            }
            if (conv == null) {
                conv = mode == Mode.REPLACE ? new Conversion(start, cluster, replacement, Conversion.Reason.REPLACED)
                        : new Conversion(start, cluster, null, Conversion.Reason.REFUSED);
            }
            out.append(conv.replacement() == null ? cluster : conv.replacement());
            done.add(conv);
            i = end;
        }
        return new ConversionResult(out.toString(), done);
    }

    private static Conversion resolve(int offset, String cluster) {
        String nfc = NFC.normalize(cluster);
        if (!nfc.equals(cluster) && Ms932.isEncodable(nfc)) {
            return new Conversion(offset, cluster, nfc, Conversion.Reason.COMPOSITION);
        }
        StringBuilder sb = new StringBuilder(cluster.length());
        Conversion.Reason reason = null;
        for (int k = 0; k < cluster.length(); ) {
            int cp = cluster.codePointAt(k);
            k += Character.charCount(cp);
            Conversion.Reason r;
            if (Ms932.isEncodable(cp)) {
                sb.appendCodePoint(cp);
                continue;
            } else if (JIS_TO_MS932.containsKey(cp)) {
                sb.appendCodePoint(JIS_TO_MS932.get(cp));
                r = Conversion.Reason.JIS_MAPPING;
            } else if (UCharacter.hasBinaryProperty(cp, UProperty.VARIATION_SELECTOR)) {
                r = Conversion.Reason.VARIATION_SELECTOR;
            } else {
                String k1 = mapTable(NFKC.normalize(new String(Character.toChars(cp))));
                if (k1.isEmpty() || !Ms932.isEncodable(k1) || Ms932.isGaiji(cp)) {
                    return null;
                }
                sb.append(k1);
                r = Conversion.Reason.COMPATIBILITY;
            }
            if (reason == null || r.compareTo(reason) > 0) {
                reason = r;
            }
        }
        return reason == null ? null : new Conversion(offset, cluster, sb.toString(), reason);
    }

    private static String mapTable(String s) {
        StringBuilder sb = null;
        for (int k = 0; k < s.length(); ) {
            int cp = s.codePointAt(k);
            Integer m = JIS_TO_MS932.get(cp);
            if (m != null && sb == null) {
                sb = new StringBuilder(s.length());
                sb.append(s, 0, k);
            }
            if (sb != null) {
                sb.appendCodePoint(m != null ? m : cp);
            }
            k += Character.charCount(cp);
        }
        return sb == null ? s : sb.toString();
    }

    @Override
    public String toString() {
        return mode == Mode.REPLACE ? "REPLACE(" + replacement + ")" : mode.name();
    }
}
