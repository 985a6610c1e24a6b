package io.github.careplanspec.csv.envelope;

import io.github.careplanspec.csv.archive.BoundedInputStream;
import java.io.BufferedInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Stream helpers: size limits ({@link BoundedInputStream}), source-failure marking, PEM armour. */
final class Streams {

    private Streams() {
    }

    /** An I/O failure of the caller's source or target (not a format problem): rethrown as {@link IOException}. */
    static final class SourceFailure extends IOException {
        private static final long serialVersionUID = 1L;

        SourceFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** The input is not in the expected format. */
    static final class BadFormat extends IOException {
        private static final long serialVersionUID = 1L;

        BadFormat(String what) {
            super(what);
        }
    }

    /**
     * Counts bytes and enforces a (movable) limit — the receiving side's one bounded stream — over the source,
     * whose own failures are marked as {@link SourceFailure}; going beyond the limit is a
     * {@link BoundedInputStream.Exceeded}.
     */
    static BoundedInputStream limited(InputStream in, long limit, String what) {
        return BoundedInputStream.of(new InputStream() {
            @Override
            public int read() throws IOException {
                try {
                    return in.read();
                } catch (IOException e) {
                    throw new SourceFailure(e);
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    return in.read(b, off, len);
                } catch (IOException e) {
                    throw new SourceFailure(e);
                }
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        }, limit, what);
    }

    /**
     * Opens the envelope source: DER/BER as is, PEM ({@code -----BEGIN CMS-----} or {@code PKCS7}) decoded on the
     * fly. The returned stream reads from {@code limited}.
     */
    static InputStream derOrPem(InputStream limited) throws IOException {
        BufferedInputStream in = new BufferedInputStream(limited, 8192);
        in.mark(1);
        int first = in.read();
        in.reset();
        if (first != '-') {
            return in;
        }
        String header = readLine(in, 80);
        if (!header.equals("-----BEGIN CMS-----") && !header.equals("-----BEGIN PKCS7-----")) {
            throw new BadFormat("not a CMS PEM header");
        }
        String type = header.substring("-----BEGIN ".length(), header.length() - 5);
        InputStream body = new InputStream() {
            private boolean end;

            @Override
            public int read() throws IOException {
                if (end) {
                    return -1;
                }
                int c = in.read();
                if (c < 0) {
                    throw new java.io.EOFException("PEM without END line");
                }
                if (c == '-') {
                    end = true;
                    String trailer = "-" + readLine(in, 80);
                    if (!trailer.equals("-----END " + type + "-----")) {
                        throw new BadFormat("bad PEM END line");
                    }
                    return -1;
                }
                return c;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int i = 0;
                while (i < len) {
                    int c = read();
                    if (c < 0) {
                        return i == 0 ? -1 : i;
                    }
                    b[off + i++] = (byte) c;
                    if (in.available() == 0) {
                        break;
                    }
                }
                return i;
            }
        };
        return Base64.getMimeDecoder().wrap(body);
    }

    private static String readLine(InputStream in, int max) throws IOException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = in.read();
            if (c < 0 || c == '\n') {
                break;
            }
            if (c != '\r') {
                sb.append((char) c);
            }
            if (sb.length() > max) {
                throw new BadFormat("PEM line too long");
            }
        }
        return sb.toString().strip();
    }

    /** An output stream that does not close its target. */
    static OutputStream noClose(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    /** PEM armour ({@code CMS}) around an output; closing finishes the armour but not the target. */
    static OutputStream pemArmour(OutputStream target) throws IOException {
        target.write("-----BEGIN CMS-----\n".getBytes(StandardCharsets.US_ASCII));
        OutputStream base64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).wrap(noClose(target));
        return new FilterOutputStream(base64) {
            private boolean closed;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    base64.close();
                    target.write("\n-----END CMS-----\n".getBytes(StandardCharsets.US_ASCII));
                    target.flush();
                }
            }
        };
    }

    /** Marks write failures of the caller's target so they surface as {@link IOException}, not as a format error. */
    static OutputStream markTargetFailures(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                try {
                    out.write(b);
                } catch (IOException e) {
                    throw new SourceFailure(e);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw new SourceFailure(e);
                }
            }

            @Override
            public void flush() throws IOException {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw new SourceFailure(e);
                }
            }
        };
    }

    static byte[] readAtMost(InputStream in, int max) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            if (out.size() + n > max) {
                throw new BoundedInputStream.Exceeded(BoundedInputStream.Exceeded.Kind.SIZE, max, "field > " + max + " bytes");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
