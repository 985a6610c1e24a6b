package io.github.careplanspec.csv.ms932;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A {@link Reader} that decodes strictly ({@link CodingErrorAction#REPORT}) and never stops at bad bytes: each
 * malformed or unmappable byte sequence is handed to a listener as a {@link MalformedInput} (byte offset, line,
 * bytes; R2a) and stands in the text as one U+FFFD, so that decoding goes on with the next byte. U+FFFD is not a
 * MS932 character, so in an MS932 text it always marks bad bytes.
 *
 * <p>Streams in 64 KiB chunks; memory stays constant whatever the input size. Not thread-safe.
 */
public final class StrictDecodingReader extends Reader {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final Consumer<MalformedInput> listener;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private long bytesBefore;
    private long charsOut;
    private long line = 1;
    private boolean lastWasCr;
    private boolean eof;
    private boolean flushed;

    /**
     * Decodes a stream from its first byte.
     *
     * @param in the bytes
     * @param charset the encoding, normally {@link Ms932#CHARSET}
     * @param listener receives every malformed byte sequence, in order
     */
    public StrictDecodingReader(InputStream in, Charset charset, Consumer<MalformedInput> listener) {
        this(in, charset, listener, 0);
    }

    /**
     * Decodes a stream whose first {@code startOffset} bytes were already consumed (a skipped BOM).
     *
     * @param in the bytes
     * @param charset the encoding
     * @param listener receives every malformed byte sequence
     * @param startOffset the byte offset of the stream's first byte in the file
     */
    public StrictDecodingReader(InputStream in, Charset charset, Consumer<MalformedInput> listener, long startOffset) {
        this.in = Objects.requireNonNull(in, "in");
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.listener = Objects.requireNonNull(listener, "listener");
        this.bytesBefore = startOffset;
        bytes.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        int counted = off;
        while (true) {
            if (flushed) {
                break;
            }
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                if (!out.hasRemaining()) {
                    break;
                }
                counted = countLines(cbuf, counted, out.position());
                int n = r.length();
                StringBuilder hex = new StringBuilder(n * 3);
                for (int i = 0; i < n; i++) {
                    int b = bytes.get(bytes.position() + i) & 0xFF;
                    if (i > 0) {
                        hex.append(' ');
                    }
                    hex.append(HEX[b >>> 4]).append(HEX[b & 15]);
                }
                listener.accept(new MalformedInput(bytesBefore + bytes.position(), line,
                        charsOut + (out.position() - off), hex.toString()));
                bytes.position(bytes.position() + n);
                out.put('\uFFFD');
                continue;
            }
            if (r.isOverflow()) {
                break;
            }
            // underflow: more bytes are needed
            if (out.position() > off) {
                break;
            }
            if (eof) {
                if (decoder.flush(out).isOverflow()) {
                    break;
                }
                flushed = true;
                break;
            }
            fill();
        }
        int n = out.position() - off;
        countLines(cbuf, counted, out.position());
        charsOut += n;
        return n == 0 && flushed ? -1 : n;
    }

    private void fill() throws IOException {
        bytesBefore += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private int countLines(char[] buf, int from, int to) {
        long l = line;
        boolean cr = lastWasCr;
        for (int i = from; i < to; i++) {
            char c = buf[i];
            if (c == '\n') {
                if (!cr) {
                    l++;
                }
                cr = false;
            } else if (c == '\r') {
                l++;
                cr = true;
            } else {
                cr = false;
            }
        }
        line = l;
        lastWasCr = cr;
        return to;
    }

    /** @return the number of bytes decoded so far, counted from the start of the file */
    public long byteOffset() {
        return bytesBefore + bytes.position();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
