package io.github.careplanspec.csv.envelope;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hand-made hostile envelopes (envelope issue: "hostile ASN.1 under -Xmx64m → only our exception type", "refused in
 * under 100 ms each"): deep nesting, huge claimed lengths, huge element counts, long OIDs and integers, oversized PEM.
 * Each sits where our header parser loads an element whole (a recipientInfo, originatorInfo) or at the root, inside
 * an otherwise well-formed AuthEnvelopedData frame. Shared with the JMH {@code EnvelopeHostileBenchmark} through the
 * test jar. No keys, no real content.
 */
public final class HostileEnvelopes {
    /** id-ct-authEnvelopedData 1.2.840.113549.1.9.16.1.23 (RFC 5083). */
    private static final byte[] AUTH_ENVELOPED_OID = {0x06, 0x0b, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7,
        0x0d, 0x01, 0x09, 0x10, 0x01, 0x17};

    private HostileEnvelopes() {
    }

    /**
     * Every hostile input, by name.
     *
     * @return a new map (name → bytes), each input at most a few MiB
     */
    public static Map<String, byte[]> all() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("recipient-nested-indefinite-200k", inRecipientInfos(indefiniteNesting(200_000)));
        m.put("recipient-nested-definite-50k", inRecipientInfos(definiteNesting(50_000)));
        m.put("originator-nested-indefinite-200k", inOriginatorInfo(indefiniteNesting(200_000)));
        m.put("root-nested-indefinite-400k", indefiniteNesting(400_000));
        m.put("recipient-400k-nulls", inRecipientInfos(sequenceOf(400_000, new byte[] {0x05, 0x00})));
        m.put("recipients-200k-empty", inRecipientInfos(repeat(new byte[] {0x30, 0x00}, 200_000)));
        m.put("recipient-claims-2GiB", inRecipientInfos(new byte[] {0x30, (byte) 0x84, 0x7f, (byte) 0xff,
            (byte) 0xff, (byte) 0xff, 0x05, 0x00}));
        m.put("root-claims-2GiB", new byte[] {0x30, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x06,
            0x0b});
        m.put("length-of-length-127", new byte[] {0x30, (byte) 0xff, 0x01, 0x02, 0x03});
        m.put("tag-number-1000-octets", concat(new byte[] {0x1f}, repeat(new byte[] {(byte) 0xff}, 1000),
                new byte[] {0x01, 0x00}));
        m.put("recipient-oid-300k-arcs", inRecipientInfos(tlv(0x30, tlv(0x06, concat(new byte[] {0x2a},
                repeat(new byte[] {0x01}, 300_000))))));
        m.put("recipient-integer-500k", inRecipientInfos(tlv(0x30, tlv(0x02, concat(new byte[] {0x01},
                new byte[500_000])))));
        m.put("recipient-octets-200k-fragments", inRecipientInfos(concat(new byte[] {0x24, (byte) 0x80},
                repeat(new byte[] {0x04, 0x01, 0x00}, 200_000), new byte[] {0x00, 0x00})));
        m.put("pem-8MiB-base64", concat("-----BEGIN CMS-----\n".getBytes(StandardCharsets.US_ASCII),
                repeat("QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB\n"
                        .getBytes(StandardCharsets.US_ASCII), 8 << 14),
                "-----END CMS-----\n".getBytes(StandardCharsets.US_ASCII)));
        return m;
    }

    /** ContentInfo { authEnvelopedData, [0] { version 0, recipientInfos SET { elements } … } }, cut after them. */
    private static byte[] inRecipientInfos(byte[] elements) {
        return concat(frameStart(), new byte[] {0x31, (byte) 0x80}, elements, new byte[] {0x00, 0x00},
                frameEnd());
    }

    private static byte[] inOriginatorInfo(byte[] element) {
        return concat(frameStart(), new byte[] {(byte) 0xa0, (byte) 0x80}, element, new byte[] {0x00, 0x00},
                new byte[] {0x31, 0x00}, frameEnd());
    }

    private static byte[] frameStart() {
        // SEQUENCE (indef.) { OID, [0] (indef.) { SEQUENCE (indef.) { INTEGER 0, …
        return concat(new byte[] {0x30, (byte) 0x80}, AUTH_ENVELOPED_OID,
                new byte[] {(byte) 0xa0, (byte) 0x80, 0x30, (byte) 0x80, 0x02, 0x01, 0x00});
    }

    private static byte[] frameEnd() {
        return new byte[] {0x00, 0x00, 0x00, 0x00, 0x00, 0x00};
    }

    /** {@code depth} SEQUENCEs of indefinite length, each inside the previous one. */
    static byte[] indefiniteNesting(int depth) {
        return concat(repeat(new byte[] {0x30, (byte) 0x80}, depth), repeat(new byte[] {0x00, 0x00}, depth));
    }

    /** {@code depth} SEQUENCEs of definite length, each inside the previous one (built in one pass). */
    static byte[] definiteNesting(int depth) {
        long[] inner = new long[depth + 1]; // inner[i]: content length of the i-th SEQUENCE from the inside
        for (int i = 2; i <= depth; i++) { // inner[1] = 0: the innermost SEQUENCE is empty
            inner[i] = headerLength(inner[i - 1]) + inner[i - 1];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = depth; i >= 1; i--) {
            out.write(0x30);
            writeLength(out, inner[i]);
        }
        return out.toByteArray();
    }

    private static byte[] sequenceOf(int count, byte[] element) {
        return concat(new byte[] {0x30, (byte) 0x80}, repeat(element, count), new byte[] {0x00, 0x00});
    }

    private static byte[] tlv(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        writeLength(out, content.length);
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static int headerLength(long contentLength) {
        return 1 + (contentLength < 0x80 ? 1 : 1 + (64 - Long.numberOfLeadingZeros(contentLength) + 7) / 8);
    }

    private static void writeLength(ByteArrayOutputStream out, long length) {
        if (length < 0x80) {
            out.write((int) length);
            return;
        }
        int n = (64 - Long.numberOfLeadingZeros(length) + 7) / 8;
        out.write(0x80 | n);
        for (int i = n - 1; i >= 0; i--) {
            out.write((int) (length >>> (8 * i)));
        }
    }

    private static byte[] repeat(byte[] unit, int times) {
        byte[] out = new byte[unit.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(unit, 0, out, i * unit.length, unit.length);
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
