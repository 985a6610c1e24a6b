package io.github.careplanspec.csv.ms932;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.util.Objects;

/**
 * What the first bytes of an interface file say of its encoding (R2): a UTF-8 byte order mark, and whether the text
 * is UTF-8 rather than MS932 (which would decode UTF-8 to wrong characters without failing). Looks at the first
 * {@link #HEAD} bytes once and gives the stream back from the first byte after the BOM, nothing read twice.
 *
 * <pre>{@code
 * EncodingProbe p = EncodingProbe.probe(in);
 * Reader r = new StrictDecodingReader(p.stream(), p.isUtf8() ? UTF_8 : Ms932.CHARSET, onBad, p.bomLength());
 * }</pre>
 *
 * <p>Not thread-safe (it wraps one stream).
 */
public final class EncodingProbe {
    /** The number of bytes looked at. */
    public static final int HEAD = 1 << 16;
    /** Multibyte UTF-8 sequences needed to prefer UTF-8 over bytes that are also valid MS932. */
    static final int UTF8_EVIDENCE = 8;

    private final InputStream stream;
    private final boolean bom;
    private final boolean utf8;

    private EncodingProbe(InputStream stream, boolean bom, boolean utf8) {
        this.stream = stream;
        this.bom = bom;
        this.utf8 = utf8;
    }

    /**
     * Reads the head of a stream and tells its encoding.
     *
     * @param in the file's bytes from the first byte; {@link #stream()} continues it
     * @return the probe
     * @throws IOException if the head cannot be read
     */
    public static EncodingProbe probe(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        PushbackInputStream pb = new PushbackInputStream(in, HEAD);
        byte[] head = new byte[HEAD];
        int n = pb.readNBytes(head, 0, HEAD);
        boolean bom = n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        int from = bom ? 3 : 0;
        boolean utf8 = looksUtf8(head, from, n, n == HEAD);
        pb.unread(head, from, n - from);
        return new EncodingProbe(pb, bom, utf8);
    }

    /** @return whether the file starts with a UTF-8 byte order mark ({@code EF BB BF}) */
    public boolean hasBom() {
        return bom;
    }

    /** @return the number of bytes of the BOM, skipped by {@link #stream()}: 3 or 0 (for byte offsets) */
    public int bomLength() {
        return bom ? 3 : 0;
    }

    /** @return whether the text is UTF-8 with multibyte characters rather than MS932 */
    public boolean isUtf8() {
        return utf8;
    }

    /** @return the file's bytes after the BOM, if any; closing it closes the probed stream */
    public InputStream stream() {
        return stream;
    }

    /**
     * Whether bytes are valid UTF-8 with at least one multibyte sequence: such a file is almost certainly not
     * MS932, which would decode it to wrong characters without failing.
     *
     * @param b the bytes
     * @param from the first byte
     * @param to after the last byte
     * @param truncated whether the bytes are only the head of the file (a sequence cut at the end is not an error)
     * @return whether the bytes are UTF-8
     */
    static boolean looksUtf8(byte[] b, int from, int to, boolean truncated) {
        int multi = 0;
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + len > to) {
                return truncated && multi > 0;
            }
            int cp = c & (0xFF >> (len + 1));
            for (int k = 1; k < len; k++) {
                int d = b[i + k] & 0xFF;
                if ((d & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (d & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            multi++;
            i += len;
        }
        // Short MS932 text can be valid UTF-8 by accident (e.g. 龜ｱ = E9 BE B1): when the bytes are also valid MS932,
        // call them UTF-8 only with enough multibyte sequences to make an accident implausible (reading chosen here).
        return multi > 0 && (multi >= UTF8_EVIDENCE || !validMs932(b, from, to, truncated));
    }

    private static boolean validMs932(byte[] b, int from, int to, boolean truncated) {
        CharsetDecoder d = Ms932.newStrictDecoder();
        CharBuffer out = CharBuffer.allocate(to - from + 1);
        CoderResult r = d.decode(ByteBuffer.wrap(b, from, to - from), out, !truncated);
        return !r.isError();
    }
}
