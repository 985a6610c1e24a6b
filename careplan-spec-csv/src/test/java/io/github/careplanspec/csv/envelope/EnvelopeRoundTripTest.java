package io.github.careplanspec.csv.envelope;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.careplanspec.csv.envelope.EnvelopeException.Reason;

class EnvelopeRoundTripTest {

    private static final byte[] CSV = "UP1KYO,202407,131016,0000012345\r\nLF-only line\n\u3042"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private static Opener openerFor(TestKeys.Identity id) {
        return Envelope.opener().identity(id.certificate(), id.key()).build();
    }

    @Test
    void rsaOaepRoundTripAndInspect() throws Exception {
        TestKeys.Identity rsa = TestKeys.rsa();
        byte[] sealed = Envelope.sealer().recipient(Recipient.certificate(rsa.certificate())).build().seal(CSV);
        assertArrayEquals(CSV, openerFor(rsa).open(sealed));
        EnvelopeInfo info = Envelope.inspect(sealed);
        assertEquals("AuthEnvelopedData", info.contentType());
        assertEquals("data", info.innerContentType());
        assertEquals("AES-256-GCM", info.contentAlgorithm());
        assertEquals(16, info.tagLength());
        assertEquals(1, info.recipients().size());
        assertEquals("ktri", info.recipients().get(0).type());
        assertEquals("RSAES-OAEP(SHA-256, MGF1-SHA-256)", info.recipients().get(0).keyEncryptionAlgorithm());
        assertTrue(info.recipients().get(0).identifier().contains("serial="
                + rsa.certificate().getSerialNumber().toString(16)));
    }

    @Test
    void ecP256AndP384RoundTrip() throws Exception {
        for (TestKeys.Identity ec : List.of(TestKeys.ec256(), TestKeys.ec384())) {
            byte[] sealed = Envelope.sealer().recipient(Recipient.certificate(ec.certificate())).build().seal(CSV);
            assertArrayEquals(CSV, openerFor(ec).open(sealed));
            String alg = Envelope.inspect(sealed).recipients().get(0).keyEncryptionAlgorithm();
            assertEquals(ec == TestKeys.ec256() ? "ECDH-stdDH-SHA256KDF/AES-256-KW" : "ECDH-stdDH-SHA384KDF/AES-256-KW",
                    alg);
        }
    }

    @Test
    void kekRoundTripAndWrongKek() throws Exception {
        KeyEncryptionKey kek = TestKeys.kek("escrow-2026");
        byte[] sealed = Envelope.sealer().recipient(Recipient.kek(kek)).build().seal(CSV);
        assertArrayEquals(CSV, Envelope.opener().kek(kek).build().open(sealed));
        EnvelopeInfo.RecipientSummary r = Envelope.inspect(sealed).recipients().get(0);
        assertEquals("kekri", r.type());
        assertEquals("AES-256-KW", r.keyEncryptionAlgorithm());
        assertEquals("escrow-2026", r.identifier());
        // Same name, different key bytes: matched by id, refused at unwrap.
        EnvelopeException e = assertThrows(EnvelopeException.class,
                () -> Envelope.opener().kek(TestKeys.kek("escrow-2026")).build().open(sealed));
        assertEquals(Reason.KEY_UNWRAP_FAILED, e.reason());
        e = assertThrows(EnvelopeException.class,
                () -> Envelope.opener().kek(TestKeys.kek("other")).build().open(sealed));
        assertEquals(Reason.NO_MATCHING_RECIPIENT, e.reason());
    }

    @Test
    void passwordRoundTripAndWrongPassword() throws Exception {
        char[] pw = "正しいパスワード horse battery".toCharArray();
        byte[] sealed = Envelope.sealer().recipient(Recipient.password(pw, Recipient.MIN_PASSWORD_ITERATIONS)).build()
                .seal(CSV);
        assertArrayEquals(CSV, Envelope.opener().password(pw).build().open(sealed));
        assertTrue(Envelope.inspect(sealed).recipients().get(0).keyEncryptionAlgorithm()
                .startsWith("PBKDF2(HMAC-SHA256, 100000)/PWRI-KEK(AES-256-CBC)"));
        EnvelopeException e = assertThrows(EnvelopeException.class,
                () -> Envelope.opener().password("wrong".toCharArray()).build().open(sealed));
        assertTrue(e.reason() == Reason.KEY_UNWRAP_FAILED, e.reason().name());
    }

    @Test
    void severalRecipientsEachOpen() throws Exception {
        KeyEncryptionKey kek = TestKeys.kek("kms/care-plan");
        Sealer sealer = Envelope.sealer()
                .recipient(Recipient.certificate(TestKeys.rsa().certificate()))
                .recipient(Recipient.certificate(TestKeys.ec256().certificate()))
                .recipient(Recipient.kek(kek)).build();
        byte[] sealed = sealer.seal(CSV);
        assertArrayEquals(CSV, openerFor(TestKeys.rsa()).open(sealed));
        assertArrayEquals(CSV, openerFor(TestKeys.ec256()).open(sealed));
        assertArrayEquals(CSV, Envelope.opener().kek(kek).build().open(sealed));
        // Holding several keys of the same envelope: all unwrap to the same content key (commitment check passes).
        assertArrayEquals(CSV, Envelope.opener().identity(TestKeys.rsa().certificate(), TestKeys.rsa().key())
                .kek(kek).build().open(sealed));
        assertEquals(List.of("ktri", "kari", "kekri"),
                Envelope.inspect(sealed).recipients().stream().map(EnvelopeInfo.RecipientSummary::type).toList());
        EnvelopeException e = assertThrows(EnvelopeException.class, () -> openerFor(TestKeys.otherRsa()).open(sealed));
        assertEquals(Reason.NO_MATCHING_RECIPIENT, e.reason());
    }

    @Test
    void twoSealsDiffer() throws Exception {
        Sealer sealer = Envelope.sealer().recipient(Recipient.kek(TestKeys.kek("k"))).build();
        assertFalse(java.util.Arrays.equals(sealer.seal(CSV), sealer.seal(CSV)));
    }

    @Test
    void pemRoundTrip() throws Exception {
        KeyEncryptionKey kek = TestKeys.kek("k");
        byte[] sealed = Envelope.sealer().recipient(Recipient.kek(kek)).pem(true).build().seal(CSV);
        String text = new String(sealed, StandardCharsets.US_ASCII);
        assertTrue(text.startsWith("-----BEGIN CMS-----\n") && text.endsWith("-----END CMS-----\n"), text);
        assertArrayEquals(CSV, Envelope.opener().kek(kek).build().open(sealed));
        assertEquals("AuthEnvelopedData", Envelope.inspect(sealed).contentType());
    }

    @Test
    void fileAndStreamRoundTrip() throws Exception {
        KeyEncryptionKey kek = TestKeys.kek("k");
        Sealer sealer = Envelope.sealer().recipient(Recipient.kek(kek)).build();
        Opener opener = Envelope.opener().kek(kek).build();
        byte[] big = TestKeys.random(300_000);
        Path plain = dir.resolve("in.bin");
        Files.write(plain, big);
        Path sealed = dir.resolve("in.bin.p7m");
        sealer.seal(plain, sealed);
        Path out = dir.resolve("out.bin");
        opener.open(sealed, out);
        assertArrayEquals(big, Files.readAllBytes(out));
        assertEquals(List.of("in.bin", "in.bin.p7m", "out.bin"), listing());
        assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> opener.open(sealed, out));

        ByteArrayOutputStream envelope = new ByteArrayOutputStream();
        try (OutputStream s = sealer.sealingStream(envelope)) {
            for (int i = 0; i < big.length; i += 7000) {
                s.write(big, i, Math.min(7000, big.length - i));
            }
        }
        try (InputStream unverified = opener.openUnverifiedStream(new ByteArrayInputStream(envelope.toByteArray()))) {
            assertArrayEquals(big, unverified.readAllBytes());
        }
        ByteArrayOutputStream viaStreams = new ByteArrayOutputStream();
        sealer.seal(new ByteArrayInputStream(big), viaStreams);
        assertArrayEquals(big, opener.open(viaStreams.toByteArray()));
    }

    @Test
    void unitForTwoRecipientsOpensAtomically() throws Exception {
        List<NamedContent> unit = List.of(
                new NamedContent("UP1KYO_1234567890_9876543210_20240401120000.CSV", CSV),
                new NamedContent("UPJSK_1234567890_9876543210_20240401120000.CSV", new byte[0]),
                new NamedContent("IMG_001.JPG", TestKeys.random(5000)));
        Sealer sealer = Envelope.sealer().recipient(Recipient.certificate(TestKeys.rsa().certificate()))
                .recipient(Recipient.certificate(TestKeys.ec256().certificate())).build();
        byte[] sealed = sealer.sealUnit(unit);
        assertEquals(unit, openerFor(TestKeys.ec256()).openUnit(sealed));
        // The file names are inside the ciphertext.
        assertEquals(-1, TestKeys.indexOf(sealed, "UP1KYO".getBytes(StandardCharsets.US_ASCII)));

        Path envelope = dir.resolve("CPUNIT.p7m");
        sealer.sealUnit(unit, envelope);
        Path target = dir.resolve("unit");
        List<Path> files = openerFor(TestKeys.rsa()).openUnit(envelope, target);
        assertEquals(3, files.size());
        for (int i = 0; i < unit.size(); i++) {
            assertEquals(target.resolve(unit.get(i).fileName()), files.get(i));
            assertArrayEquals(unit.get(i).content(), Files.readAllBytes(files.get(i)));
        }
        assertEquals(List.of("CPUNIT.p7m", "unit"), listing());
        // A plain (non-unit) envelope is refused as a unit, and nothing is left behind.
        byte[] plain = sealer.seal(CSV);
        EnvelopeException e = assertThrows(EnvelopeException.class, () -> openerFor(TestKeys.rsa()).openUnit(plain));
        assertEquals(Reason.UNIT_MALFORMED, e.reason());
        Path plainFile = dir.resolve("plain.p7m");
        Files.write(plainFile, plain);
        e = assertThrows(EnvelopeException.class,
                () -> openerFor(TestKeys.rsa()).openUnit(plainFile, dir.resolve("unit2")));
        assertEquals(Reason.UNIT_MALFORMED, e.reason());
        assertEquals(List.of("CPUNIT.p7m", "plain.p7m", "unit"), listing());
    }

    @Test
    void unitInputsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new NamedContent("../x.CSV", CSV));
        assertThrows(IllegalArgumentException.class, () -> new NamedContent("a/b.CSV", CSV));
        assertThrows(IllegalArgumentException.class, () -> new NamedContent("a\\b.CSV", CSV));
        assertThrows(IllegalArgumentException.class, () -> new NamedContent("", CSV));
        Sealer sealer = Envelope.sealer().recipient(Recipient.kek(TestKeys.kek("k"))).build();
        EnvelopeException e = assertThrows(EnvelopeException.class, () -> sealer.sealUnit(List.of(
                new NamedContent("A.CSV", CSV), new NamedContent("a.csv", CSV))));
        assertEquals(Reason.SEAL_REFUSED, e.reason());
        assertThrows(EnvelopeException.class, () -> sealer.sealUnit(List.of()));
        NamedContent nc = new NamedContent("A.CSV", CSV);
        nc.content()[0] = 0;
        assertArrayEquals(CSV, nc.content());
    }

    @Test
    void sealingSideRefusals() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> Recipient.certificate(
                TestKeys.rsa(2048, KeyUsage.digitalSignature, "sign-only").certificate()));
        assertThrows(IllegalArgumentException.class, () -> Recipient.certificate(
                TestKeys.rsa(1024, KeyUsage.keyEncipherment, "small").certificate()));
        assertThrows(IllegalArgumentException.class, () -> Recipient.certificate(
                TestKeys.ec("secp256r1", KeyUsage.digitalSignature, "ec-sign").certificate()));
        assertThrows(IllegalArgumentException.class, () -> Recipient.certificate(
                TestKeys.ec("secp521r1", KeyUsage.keyAgreement, "p521").certificate()));
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        TestKeys.Identity expired = TestKeys.certify(g.generateKeyPair(), "SHA256withRSA", KeyUsage.keyEncipherment,
                "expired", java.time.Duration.ofDays(-1));
        assertThrows(IllegalArgumentException.class, () -> Recipient.certificate(expired.certificate()));
        assertThrows(IllegalArgumentException.class, () -> Recipient.password("x".toCharArray(), 1000));
        assertThrows(IllegalArgumentException.class, () -> Envelope.sealer().build());
        Sealer.Builder base = Envelope.sealer().recipient(Recipient.password("pw".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> base.recipient(Recipient.kek(TestKeys.kek("k"))).build());
        // Builders are immutable: the failed attempt did not change base.
        assertEquals(1, base.build().recipients().size());
        assertThrows(IllegalStateException.class, () -> Envelope.opener().build());
    }

    @Test
    void everyReasonHasBothMessages() {
        for (Reason r : Reason.values()) {
            assertFalse(r.messageJa().isBlank(), r.name());
            assertFalse(r.messageEn().isBlank(), r.name());
            assertTrue(r.messageJa().codePoints().anyMatch(c -> c > 0x3000), r.name() + " ja is Japanese");
            EnvelopeException e = new EnvelopeException(r, "detail");
            assertEquals(r, e.id());
            assertEquals(java.util.List.of("detail"), e.params());
            assertEquals(r.messageEn() + " (detail)", e.getMessage(), "getMessage() is English");
            assertEquals(r.messageJa(), e.message(java.util.Locale.JAPANESE));
            assertTrue(r.key().startsWith("envelope."), r.key());
        }
        assertEquals(Reason.values().length, java.util.Arrays.stream(Reason.values()).map(Reason::messageEn)
                .distinct().count());
    }

    private List<String> listing() throws java.io.IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
