package io.github.careplanspec.csv.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Counts the bytes read through it and stops at a limit, and optionally at a ratio of the bytes read to a count of
 * compressed bytes (a ZIP bomb): the one bounded stream of the receiving side, used for ZIP entries and archives
 * ({@link ArchiveWalker}) and for envelopes. Reading exactly up to the limit and then the end is fine; one byte more
 * throws {@link Exceeded}. Not thread-safe (one reader).
 */
public final class BoundedInputStream extends InputStream {
    private final InputStream in;
    private final boolean closeSource;
    private long count;
    private long limit;
    private String what;
    private long compressed = -1;
    private int maxRatio;
    private long ratioFloor;

    private BoundedInputStream(InputStream in, long limit, String what, boolean closeSource) {
        this.in = Objects.requireNonNull(in, "in");
        this.limit = limit;
        this.what = Objects.requireNonNull(what, "what");
        this.closeSource = closeSource;
    }

    /**
     * A bounded stream that closes its source when closed.
     *
     * @param in the source
     * @param limit the most bytes that may be read
     * @param what what is counted, for the message (e.g. {@code "envelope header"})
     * @return the stream
     */
    public static BoundedInputStream of(InputStream in, long limit, String what) {
        return new BoundedInputStream(in, limit, what, true);
    }

    /**
     * A bounded stream that leaves its source open when closed (an entry of an archive still being read).
     *
     * @param in the source
     * @param limit the most bytes that may be read
     * @param what what is counted
     * @return the stream
     */
    public static BoundedInputStream keepingOpen(InputStream in, long limit, String what) {
        return new BoundedInputStream(in, limit, what, false);
    }

    /**
     * Also stops when, from {@code floorBytes} read on, the bytes read exceed {@code maxRatio} times
     * {@code compressedBytes} (at least 1).
     *
     * @param compressedBytes the compressed bytes the inflater can consume at most (never a claimed size that the
     *                        input does not bound)
     * @param ratio the largest ratio
     * @param floorBytes where the check starts
     * @return this stream
     */
    public BoundedInputStream withRatio(long compressedBytes, int ratio, long floorBytes) {
        this.compressed = Math.max(1, compressedBytes);
        this.maxRatio = ratio;
        this.ratioFloor = floorBytes;
        return this;
    }

    /**
     * Moves the limit (an envelope's header budget, then its content's).
     *
     * @param newLimit the most bytes in all, counted from the start
     * @param newWhat what is counted now
     */
    public void limit(long newLimit, String newWhat) {
        this.limit = newLimit;
        this.what = Objects.requireNonNull(newWhat, "newWhat");
    }

    /** @return the bytes read so far */
    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        long room = limit - count;
        if (room <= 0) {
            // a clean end exactly at the limit is fine
            if (in.read() < 0) {
                return -1;
            }
            throw new Exceeded(Exceeded.Kind.SIZE, limit, what + " > " + limit + " bytes");
        }
        int n = in.read(b, off, (int) Math.min(len, room));
        if (n > 0) {
            count += n;
            if (compressed > 0 && count >= ratioFloor && count / compressed > maxRatio) {
                throw new Exceeded(Exceeded.Kind.RATIO, maxRatio,
                        what + ": " + count + " bytes from " + compressed + " (> " + maxRatio + ":1)");
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        if (closeSource) {
            in.close();
        }
    }

    /** A limit of a {@link BoundedInputStream} was reached. */
    public static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;

        /** Which limit. */
        public enum Kind {
            /** The byte count. */
            SIZE,
            /** The ratio to the compressed bytes. */
            RATIO
        }

        /** Which limit. */
        private final Kind kind;
        /** Its value. */
        private final long limit;

        /**
         * A limit reached.
         *
         * @param kind which limit
         * @param limit its value (bytes, or the ratio)
         * @param message what, in English
         */
        public Exceeded(Kind kind, long limit, String message) {
            super(message);
            this.kind = Objects.requireNonNull(kind, "kind");
            this.limit = limit;
        }

        /** @return which limit */
        public Kind kind() {
            return kind;
        }

        /** @return its value */
        public long limit() {
            return limit;
        }
    }
}
