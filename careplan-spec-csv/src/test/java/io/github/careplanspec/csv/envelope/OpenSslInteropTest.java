package io.github.careplanspec.csv.envelope;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.careplanspec.csv.envelope.EnvelopeException.Reason;

/**
 * Interoperability with the {@code openssl cms} command line (OpenSSL 3.x), both ways. Keys are made by
 * {@code openssl req} during the run and read back with {@link PemKeys}. OpenSSL is never the judge of negative
 * cases (research §2.5: it accepts downgraded input and writes plaintext before failing).
 */
class OpenSslInteropTest {

    @TempDir
    static Path dir;

    private static X509Certificate rsaCert;
    private static PrivateKey rsaKey;
    private static X509Certificate ecCert;
    private static PrivateKey ecKey;
    private static final byte[] KEK_BYTES = TestKeys.random(32);
    private static final KeyEncryptionKey KEK = KeyEncryptionKey.aes256("kek-01", KEK_BYTES);
    /** An LF-only CSV line and binary bytes (a JPEG-like header): -binary must keep them byte for byte. */
    private static final byte[] PAYLOAD = payload();

    private static byte[] payload() {
        byte[] csv = "UP1KYO,202407,131016\nsecond line\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bin = TestKeys.random(100_000);
        bin[0] = (byte) 0xff;
        bin[1] = (byte) 0xd8;
        byte[] all = Arrays.copyOf(csv, csv.length + bin.length);
        System.arraycopy(bin, 0, all, csv.length, bin.length);
        return all;
    }

    record Result(int exit, String output) {
    }

    static Result run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timeout: " + String.join(" ", command));
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    static Result ok(String... command) throws IOException, InterruptedException {
        Result r = run(command);
        assertEquals(0, r.exit(), String.join(" ", command) + "\n" + r.output());
        return r;
    }

    @BeforeAll
    static void keys() throws Exception {
        Result version;
        try {
            version = run("openssl", "version");
        } catch (IOException e) {
            version = null;
        }
        Assumptions.assumeTrue(version != null && version.exit() == 0,
                "openssl is not on PATH: OpenSSL interoperability tests skipped (CI installs it in .ci/run)");
        System.out.println("OpenSSL interop tests against: " + version.output().strip());
        ok("openssl", "req", "-x509", "-newkey", "rsa:3072", "-sha256", "-days", "30", "-nodes",
                "-keyout", "rsa.key", "-out", "rsa.crt", "-subj", "/C=JP/O=Test Care Office/CN=rsa-recipient",
                "-addext", "keyUsage=critical,keyEncipherment", "-addext", "subjectKeyIdentifier=hash");
        ok("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-sha256",
                "-days", "30", "-nodes", "-keyout", "ec.key", "-out", "ec.crt", "-subj",
                "/C=JP/O=Test Care Office/CN=ec-recipient", "-addext", "keyUsage=critical,keyAgreement");
        rsaCert = PemKeys.certificate(dir.resolve("rsa.crt"));
        rsaKey = PemKeys.privateKey(dir.resolve("rsa.key"), null);
        ecCert = PemKeys.certificate(dir.resolve("ec.crt"));
        ecKey = PemKeys.privateKey(dir.resolve("ec.key"), null);
        Files.write(dir.resolve("in.bin"), PAYLOAD);
    }

    private static Path fresh(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.deleteIfExists(p);
        return p;
    }

    private static byte[] opensslDecrypt(byte[] envelope, String inform, String... keyArgs) throws Exception {
        Path in = fresh("java.p7m");
        Files.write(in, envelope);
        Path out = fresh("openssl-out.bin");
        List<String> cmd = new ArrayList<>(List.of("openssl", "cms", "-decrypt", "-binary", "-inform", inform,
                "-in", in.toString(), "-out", out.toString()));
        cmd.addAll(List.of(keyArgs));
        ok(cmd.toArray(String[]::new));
        return Files.readAllBytes(out);
    }

    @Test
    void javaSealsOpenSslOpens() throws Exception {
        Sealer multi = Envelope.sealer().recipient(Recipient.certificate(rsaCert))
                .recipient(Recipient.certificate(ecCert)).recipient(Recipient.kek(KEK)).build();
        for (boolean pem : new boolean[] {false, true}) {
            byte[] sealed = (pem ? Envelope.sealer().recipient(Recipient.certificate(rsaCert))
                    .recipient(Recipient.certificate(ecCert)).recipient(Recipient.kek(KEK)).pem(true).build() : multi)
                    .seal(PAYLOAD);
            String inform = pem ? "PEM" : "DER";
            assertArrayEquals(PAYLOAD, opensslDecrypt(sealed, inform, "-recip", "rsa.crt", "-inkey", "rsa.key"));
            assertArrayEquals(PAYLOAD, opensslDecrypt(sealed, inform, "-recip", "ec.crt", "-inkey", "ec.key"));
            assertArrayEquals(PAYLOAD, opensslDecrypt(sealed, inform, "-secretkey", Hex.toHexString(KEK_BYTES),
                    "-secretkeyid", Hex.toHexString("kek-01".getBytes(StandardCharsets.UTF_8))));
        }
        byte[] password = Envelope.sealer().recipient(Recipient.password("pass phrase".toCharArray(),
                Recipient.MIN_PASSWORD_ITERATIONS)).build().seal(PAYLOAD);
        assertArrayEquals(PAYLOAD, opensslDecrypt(password, "DER", "-pwri_password", "pass phrase"));
    }

    @Test
    void javaSealedUnitOpensWithOpenSslAsContainer() throws Exception {
        List<NamedContent> unit = List.of(new NamedContent("A.CSV", "a\n".getBytes(StandardCharsets.US_ASCII)));
        byte[] sealed = Envelope.sealer().recipient(Recipient.certificate(rsaCert)).build().sealUnit(unit);
        byte[] container = opensslDecrypt(sealed, "DER", "-recip", "rsa.crt", "-inkey", "rsa.key");
        assertArrayEquals(UnitContainer.MAGIC, Arrays.copyOf(container, 8));
    }

    private static byte[] opensslEncrypt(String outform, String... args) throws Exception {
        Path out = fresh("openssl.p7m");
        List<String> cmd = new ArrayList<>(List.of("openssl", "cms", "-encrypt", "-binary", "-in", "in.bin",
                "-outform", outform, "-out", out.toString()));
        cmd.addAll(List.of(args));
        ok(cmd.toArray(String[]::new));
        return Files.readAllBytes(out);
    }

    @Test
    void openSslSealsJavaOpens() throws Exception {
        Opener rsa = Envelope.opener().identity(rsaCert, rsaKey).build();
        Opener ec = Envelope.opener().identity(ecCert, ecKey).build();
        Opener kek = Envelope.opener().kek(KEK).build();
        String[] oaep = {"-recip", "rsa.crt", "-keyopt", "rsa_padding_mode:oaep", "-keyopt", "rsa_oaep_md:sha256"};
        for (String outform : new String[] {"DER", "PEM"}) {
            byte[] sealed = opensslEncrypt(outform, concat(new String[] {"-aes-256-gcm"}, oaep));
            assertArrayEquals(PAYLOAD, rsa.open(sealed), outform);
            Path target = fresh("from-openssl-" + outform + ".bin");
            rsa.open(dir.resolve("openssl.p7m"), target);
            assertArrayEquals(PAYLOAD, Files.readAllBytes(target));
        }
        assertArrayEquals(PAYLOAD, rsa.open(opensslEncrypt("DER", concat(new String[] {"-stream", "-aes-256-gcm"},
                oaep))));
        assertArrayEquals(PAYLOAD, rsa.open(opensslEncrypt("DER", "-aes-256-gcm", "-recip", "rsa.crt", "-keyid",
                "-keyopt", "rsa_padding_mode:oaep", "-keyopt", "rsa_oaep_md:sha256")));
        // OpenSSL's OAEP default (SHA-1) is accepted (no known weakness inside OAEP).
        assertArrayEquals(PAYLOAD, rsa.open(opensslEncrypt("DER", "-aes-256-gcm", "-recip", "rsa.crt", "-keyopt",
                "rsa_padding_mode:oaep")));
        assertArrayEquals(PAYLOAD, ec.open(opensslEncrypt("DER", "-aes-256-gcm", "-recip", "ec.crt", "-keyopt",
                "ecdh_kdf_md:sha256", "-aes256-wrap")));
        assertArrayEquals(PAYLOAD, ec.open(opensslEncrypt("DER", "-aes-256-gcm", "-recip", "ec.crt")));
        assertArrayEquals(PAYLOAD, kek.open(opensslEncrypt("DER", "-aes-256-gcm", "-secretkey",
                Hex.toHexString(KEK_BYTES), "-secretkeyid", Hex.toHexString("kek-01".getBytes(StandardCharsets.UTF_8)))));
        byte[] multi = opensslEncrypt("DER", concat(concat(new String[] {"-aes-256-gcm"}, oaep),
                new String[] {"-recip", "ec.crt", "-keyopt", "ecdh_kdf_md:sha256", "-aes256-wrap"}));
        assertArrayEquals(PAYLOAD, rsa.open(multi));
        assertArrayEquals(PAYLOAD, ec.open(multi));
    }

    @Test
    void openSslLegacyOutputIsRefusedByDefault() throws Exception {
        Opener rsa = Envelope.opener().identity(rsaCert, rsaKey).build();
        EnvelopeException e = assertThrows(EnvelopeException.class,
                () -> rsa.open(opensslEncrypt("DER", "-aes-256-gcm", "-recip", "rsa.crt")));
        assertEquals(Reason.KEY_ENCRYPTION_NOT_ALLOWED, e.reason(), "PKCS#1 v1.5 is OpenSSL's default");
        e = assertThrows(EnvelopeException.class, () -> rsa.open(opensslEncrypt("DER", "-aes-256-cbc", "-recip",
                "rsa.crt", "-keyopt", "rsa_padding_mode:oaep", "-keyopt", "rsa_oaep_md:sha256")));
        assertEquals(Reason.UNAUTHENTICATED_CONTENT, e.reason());
        e = assertThrows(EnvelopeException.class, () -> Envelope.opener().password("pw".toCharArray()).build()
                .open(opensslEncrypt("DER", "-aes-256-cbc", "-pwri_password", "pw")));
        assertEquals(Reason.UNAUTHENTICATED_CONTENT, e.reason());
    }

    @Test
    void pemKeysReadEncryptedAndTraditionalKeys() throws Exception {
        ok("openssl", "pkcs8", "-topk8", "-in", "rsa.key", "-out", "rsa-enc.key", "-v2", "aes-256-cbc",
                "-passout", "pass:secret");
        ok("openssl", "pkey", "-in", "ec.key", "-out", "ec-trad.key", "-traditional");
        ok("openssl", "pkey", "-in", "rsa.key", "-out", "rsa-trad-enc.key", "-traditional", "-aes256",
                "-passout", "pass:secret");
        assertEquals(rsaKey, PemKeys.privateKey(dir.resolve("rsa-enc.key"), "secret".toCharArray()));
        assertEquals(rsaKey, PemKeys.privateKey(dir.resolve("rsa-trad-enc.key"), "secret".toCharArray()));
        assertArrayEquals(ecKey.getEncoded(), PemKeys.privateKey(dir.resolve("ec-trad.key"), null).getEncoded());
        assertThrows(IOException.class, () -> PemKeys.privateKey(dir.resolve("rsa-enc.key"), "wrong".toCharArray()));
        assertThrows(IOException.class, () -> PemKeys.privateKey(dir.resolve("rsa-enc.key"), null));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
