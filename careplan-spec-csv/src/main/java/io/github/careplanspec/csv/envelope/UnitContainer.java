package io.github.careplanspec.csv.envelope;

import io.github.careplanspec.model.catalog.InvalidValueException;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.careplanspec.csv.envelope.EnvelopeException.Reason;

/**
 * The inner packaging of a sealed transmission unit (送信単位), "CPUNIT v1": a simple length-prefixed container
 * chosen over ZIP because it has no compression (no bombs, no length leak through compression), no paths, no links
 * and a single way to encode each unit. All integers are big-endian:
 *
 * <pre>
 * magic   8 bytes  'C' 'P' 'U' 'N' 'I' 'T' 0x00 0x01
 * count   u16      number of files, 1..maxUnitFiles (default 100)
 * count × { nameLength u16 (1..255), name (UTF-8, a plain file name), size u64 (≤ bytes remaining), bytes }
 * </pre>
 *
 * The container ends exactly after the last file; names are unique ignoring case.
 */
final class UnitContainer {

    static final byte[] MAGIC = {'C', 'P', 'U', 'N', 'I', 'T', 0, 1};

    /** Receives one file while reading. */
    interface EntrySink {
        OutputStream open(String name, long size) throws IOException;
    }

    private UnitContainer() {
    }

    static void checkUnit(List<NamedContent> files, int maxFiles) throws EnvelopeException {
        if (files.isEmpty() || files.size() > maxFiles) {
            throw new EnvelopeException(Reason.SEAL_REFUSED, "a unit has 1 to " + maxFiles + " files, got "
                    + files.size());
        }
        Set<String> seen = new HashSet<>();
        for (NamedContent f : files) {
            if (!seen.add(f.fileName().toLowerCase(Locale.ROOT))) {
                throw new EnvelopeException(Reason.SEAL_REFUSED, "duplicate file name " + f.fileName());
            }
        }
    }

    static void write(List<NamedContent> files, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.write(MAGIC);
        data.writeShort(files.size());
        for (NamedContent f : files) {
            byte[] name = f.fileName().getBytes(StandardCharsets.UTF_8);
            data.writeShort(name.length);
            data.write(name);
            byte[] content = f.content();
            data.writeLong(content.length);
            data.write(content);
        }
        data.flush();
    }

    static long length(List<NamedContent> files) {
        long n = MAGIC.length + 2;
        for (NamedContent f : files) {
            n += 2 + f.fileName().getBytes(StandardCharsets.UTF_8).length + 8 + f.size();
        }
        return n;
    }

    /** Reads a container of exactly {@code total} bytes, handing each file to {@code sink}. */
    static void read(InputStream in, long total, int maxFiles, EntrySink sink) throws IOException,
            EnvelopeException {
        DataInputStream data = new DataInputStream(in);
        long remaining = total;
        try {
            byte[] magic = new byte[MAGIC.length];
            data.readFully(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new EnvelopeException(Reason.UNIT_MALFORMED, "not a CPUNIT v1 container");
            }
            int count = data.readUnsignedShort();
            remaining -= MAGIC.length + 2;
            if (count < 1 || count > maxFiles) {
                throw new EnvelopeException(Reason.UNIT_MALFORMED, "file count " + count);
            }
            Set<String> seen = new HashSet<>();
            byte[] buf = new byte[64 * 1024];
            for (int i = 0; i < count; i++) {
                int nameLength = data.readUnsignedShort();
                remaining -= 2;
                if (nameLength < 1 || nameLength > NamedContent.MAX_NAME_BYTES || nameLength + 8L > remaining) {
                    throw new EnvelopeException(Reason.UNIT_MALFORMED, "name length " + nameLength);
                }
                byte[] nameBytes = new byte[nameLength];
                data.readFully(nameBytes);
                String name = decodeName(nameBytes);
                InvalidValueException problem = NamedContent.nameProblem(name);
                if (problem != null || !seen.add(name.toLowerCase(Locale.ROOT))) {
                    throw new EnvelopeException(Reason.UNIT_MALFORMED,
                            problem != null ? problem.getMessage() : "duplicate name");
                }
                long size = data.readLong();
                remaining -= nameLength + 8L;
                if (size < 0 || size > remaining) {
                    throw new EnvelopeException(Reason.UNIT_MALFORMED, "file size " + size);
                }
                try (OutputStream out = sink.open(name, size)) {
                    long left = size;
                    while (left > 0) {
                        int n = data.read(buf, 0, (int) Math.min(buf.length, left));
                        if (n < 0) {
                            throw new EOFException();
                        }
                        out.write(buf, 0, n);
                        left -= n;
                    }
                }
                remaining -= size;
            }
            if (remaining != 0 || data.read() >= 0) {
                throw new EnvelopeException(Reason.UNIT_MALFORMED, "trailing bytes");
            }
        } catch (EOFException e) {
            throw new EnvelopeException(Reason.UNIT_MALFORMED, "container truncated");
        }
    }

    private static String decodeName(byte[] bytes) throws EnvelopeException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new EnvelopeException(Reason.UNIT_MALFORMED, "file name is not UTF-8");
        }
    }
}
