package io.github.careplanspec.csv.envelope;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.EncryptedContentInfo;
import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.cms.KEKRecipientInfo;
import org.bouncycastle.asn1.cms.PasswordRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.PasswordRecipient;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKEKRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JcePasswordRecipientInfoGenerator;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.careplanspec.csv.envelope.EnvelopeException.Reason;

/** Tampering, truncation, downgrade and hostile inputs: each refused with its own reason, nothing published. */
class EnvelopeRefusalTest {

    private static final byte[] CONTENT = TestKeys.random(10_000);
    private static final byte[] KEK_BYTES = TestKeys.random(32);
    private static final KeyEncryptionKey KEK = KeyEncryptionKey.aes256("kek-1", KEK_BYTES);
    private static byte[] sealed;

    @TempDir
    Path dir;

    @BeforeAll
    static void seal() throws Exception {
        sealed = Envelope.sealer().recipient(Recipient.certificate(TestKeys.rsa().certificate()))
                .recipient(Recipient.kek(KEK)).build().seal(CONTENT);
    }

    private static Opener kekOpener() {
        return Envelope.opener().kek(KEK).build();
    }

    private static Opener rsaOpener() {
        return Envelope.opener().identity(TestKeys.rsa().certificate(), TestKeys.rsa().key()).build();
    }

    private static AuthEnvelopedData parse(byte[] envelope) throws Exception {
        return AuthEnvelopedData.getInstance(ContentInfo.getInstance(ASN1Primitive.fromByteArray(envelope))
                .getContent());
    }

    /** Re-encodes an envelope after changing its AuthEnvelopedData (DER). */
    private static byte[] rewrite(byte[] envelope, UnaryOperator<AuthEnvelopedData> change) throws Exception {
        AuthEnvelopedData changed = change.apply(parse(envelope));
        return new ContentInfo(CMSObjectIdentifiers.authEnvelopedData, changed).getEncoded(ASN1Encoding.DER);
    }

    private static AuthEnvelopedData with(AuthEnvelopedData a, org.bouncycastle.asn1.ASN1Set recipients,
            EncryptedContentInfo eci, org.bouncycastle.asn1.ASN1Set authAttrs, byte[] mac) {
        return new AuthEnvelopedData(null, recipients == null ? a.getRecipientInfos() : recipients,
                eci == null ? a.getAuthEncryptedContentInfo() : eci, authAttrs,
                mac == null ? a.getMac() : new DEROctetString(mac), null);
    }

    /** Expects the reason from both the in-memory and the file opener, and that nothing is left in the directory. */
    private void refused(Reason expected, Opener opener, byte[] envelope) throws Exception {
        EnvelopeException e = assertThrows(EnvelopeException.class, () -> opener.open(envelope));
        assertEquals(expected, e.reason(), e.getMessage());
        Path in = Files.write(dir.resolve("in.p7m"), envelope);
        Path out = dir.resolve("out.bin");
        e = assertThrows(EnvelopeException.class, () -> opener.open(in, out));
        assertEquals(expected, e.reason(), e.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(in), files.toList(), "nothing but the input is left behind");
        }
        Files.delete(in);
    }

    private static byte[] flip(byte[] envelope, int index) {
        byte[] copy = envelope.clone();
        copy[index] ^= 0x01;
        return copy;
    }

    @Test
    void tamperedCiphertextTagAndWrappedKeys() throws Exception {
        AuthEnvelopedData a = parse(sealed);
        byte[] ciphertext = a.getAuthEncryptedContentInfo().getEncryptedContent().getOctets();
        int content = TestKeys.indexOf(sealed, java.util.Arrays.copyOf(ciphertext, 32));
        int mac = TestKeys.indexOf(sealed, a.getMac().getOctets());
        assertTrue(content > 0 && mac > content);
        refused(Reason.AUTHENTICATION_FAILED, kekOpener(), flip(sealed, content + 5000));
        refused(Reason.AUTHENTICATION_FAILED, rsaOpener(), flip(sealed, content));
        refused(Reason.AUTHENTICATION_FAILED, kekOpener(), flip(sealed, mac + 15));
        for (var ri : a.getRecipientInfos()) {
            var value = RecipientInfo.getInstance(ri).getInfo();
            byte[] wrapped = value instanceof KEKRecipientInfo k ? k.getEncryptedKey().getOctets()
                    : org.bouncycastle.asn1.cms.KeyTransRecipientInfo.getInstance(value).getEncryptedKey().getOctets();
            int at = TestKeys.indexOf(sealed, wrapped);
            refused(Reason.KEY_UNWRAP_FAILED, value instanceof KEKRecipientInfo ? kekOpener() : rsaOpener(),
                    flip(sealed, at + wrapped.length / 2));
        }
        // The untouched envelope still opens.
        assertArrayEquals(CONTENT, kekOpener().open(sealed));
    }

    @Test
    void bitFlipAndTruncationSweepsNeverRelease() throws Exception {
        Set<Reason> allowed = EnumSet.of(Reason.AUTHENTICATION_FAILED, Reason.MALFORMED, Reason.TRUNCATED,
                Reason.KEY_UNWRAP_FAILED, Reason.NO_MATCHING_RECIPIENT, Reason.CONTENT_ALGORITHM_NOT_ALLOWED,
                Reason.SHORT_TAG, Reason.KEY_ENCRYPTION_NOT_ALLOWED, Reason.UNSUPPORTED_STRUCTURE,
                Reason.TOO_MANY_RECIPIENTS, Reason.UNAUTHENTICATED_CONTENT, Reason.TOO_LARGE);
        Opener opener = kekOpener();
        for (int i = 0; i < sealed.length; i += 37) {
            byte[] flipped = flip(sealed, i);
            try {
                byte[] out = opener.open(flipped);
                // A flip in a part the tag does not cover and we do not use (the RSA recipient) may still open,
                // but then the content must be exactly the original.
                assertArrayEquals(CONTENT, out, "flip at " + i);
            } catch (EnvelopeException e) {
                assertTrue(allowed.contains(e.reason()), "flip at " + i + ": " + e.reason());
            }
        }
        for (int cut = 0; cut < sealed.length; cut += sealed.length < 2000 ? 1 : 211) {
            truncated(opener, cut);
        }
        for (int cut = sealed.length - 40; cut < sealed.length; cut++) {
            truncated(opener, cut);
        }
    }

    private void truncated(Opener opener, int cut) throws Exception {
        byte[] part = java.util.Arrays.copyOf(sealed, cut);
        EnvelopeException e = assertThrows(EnvelopeException.class, () -> opener.open(part), "cut at " + cut);
        assertTrue(e.reason() == Reason.TRUNCATED || e.reason() == Reason.MALFORMED, cut + ": " + e.reason());
    }

    @Test
    void unauthenticatedEnvelopedDataIsRefused() throws Exception {
        CMSEnvelopedDataGenerator g = new CMSEnvelopedDataGenerator();
        g.addRecipientInfoGenerator(new JceKEKRecipientInfoGenerator("kek-1".getBytes(),
                new SecretKeySpec(KEK_BYTES, "AES")));
        byte[] cbc = g.generate(new CMSProcessableByteArray(CONTENT),
                new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC).build()).getEncoded();
        refused(Reason.UNAUTHENTICATED_CONTENT, kekOpener(), cbc);
        assertEquals("EnvelopedData", Envelope.inspect(cbc).contentType());
        assertEquals("AES-256-CBC", Envelope.inspect(cbc).contentAlgorithm());
    }

    private static byte[] bcAuthEnveloped(RecipientInfoGenerator... generators) throws Exception {
        CMSAuthEnvelopedDataGenerator g = new CMSAuthEnvelopedDataGenerator();
        for (RecipientInfoGenerator r : generators) {
            g.addRecipientInfoGenerator(r);
        }
        return g.generate(new CMSProcessableByteArray(CONTENT), (OutputAEADEncryptor)
                new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_GCM).build()).getEncoded();
    }

    @Test
    void weakKeyTransportAndSmallRsaAreRefused() throws Exception {
        TestKeys.Identity rsa = TestKeys.rsa();
        byte[] pkcs1 = bcAuthEnveloped(new JceKeyTransRecipientInfoGenerator(rsa.certificate()));
        refused(Reason.KEY_ENCRYPTION_NOT_ALLOWED, rsaOpener(), pkcs1);
        assertEquals("RSA-PKCS1-v1_5", Envelope.inspect(pkcs1).recipients().get(0).keyEncryptionAlgorithm());

        TestKeys.Identity small = TestKeys.rsa(1024, KeyUsage.keyEncipherment, "small");
        AlgorithmIdentifier oaep = AlgorithmIdentifier.getInstance(parse(sealed).getRecipientInfos().getObjectAt(0)
                .toASN1Primitive() instanceof org.bouncycastle.asn1.ASN1Sequence s
                ? org.bouncycastle.asn1.cms.KeyTransRecipientInfo.getInstance(s).getKeyEncryptionAlgorithm() : null);
        byte[] weak = bcAuthEnveloped(new JceKeyTransRecipientInfoGenerator(small.certificate(), oaep));
        refused(Reason.WEAK_RECIPIENT_KEY, Envelope.opener().identity(small.certificate(), small.key()).build(),
                weak);
    }

    @Test
    void downgradedContentAlgorithmAndShortTagAreRefused() throws Exception {
        byte[] ofb = rewrite(sealed, a -> {
            EncryptedContentInfo eci = a.getAuthEncryptedContentInfo();
            return with(a, null, new EncryptedContentInfo(eci.getContentType(),
                    new AlgorithmIdentifier(NISTObjectIdentifiers.id_aes256_OFB, new DEROctetString(new byte[16])),
                    eci.getEncryptedContent()), null, null);
        });
        refused(Reason.CONTENT_ALGORITHM_NOT_ALLOWED, kekOpener(), ofb);
        for (int tag : new int[] {4, 8, 12}) {
            byte[] shortTag = rewrite(sealed, a -> {
                EncryptedContentInfo eci = a.getAuthEncryptedContentInfo();
                GCMParameters p = GCMParameters.getInstance(eci.getContentEncryptionAlgorithm().getParameters());
                return with(a, null, new EncryptedContentInfo(eci.getContentType(),
                        new AlgorithmIdentifier(NISTObjectIdentifiers.id_aes256_GCM, new org.bouncycastle.asn1.DERSequence(
                                new org.bouncycastle.asn1.ASN1Encodable[] {new DEROctetString(p.getNonce()),
                                    new org.bouncycastle.asn1.ASN1Integer(tag)})), eci.getEncryptedContent()), null,
                        java.util.Arrays.copyOf(a.getMac().getOctets(), tag));
            });
            refused(Reason.SHORT_TAG, kekOpener(), shortTag);
        }
        byte[] truncatedMac = rewrite(sealed, a -> with(a, null, null, null,
                java.util.Arrays.copyOf(a.getMac().getOctets(), 12)));
        refused(Reason.SHORT_TAG, kekOpener(), truncatedMac);
        byte[] innerSigned = rewrite(sealed, a -> {
            EncryptedContentInfo eci = a.getAuthEncryptedContentInfo();
            // RFC 5083 requires authAttrs with a non-data type; the inner type is refused first.
            return with(a, null, new EncryptedContentInfo(CMSObjectIdentifiers.signedData,
                    eci.getContentEncryptionAlgorithm(), eci.getEncryptedContent()), new DERSet(new Attribute(
                    CMSAttributes.contentType, new DERSet(CMSObjectIdentifiers.signedData))), null);
        });
        refused(Reason.UNSUPPORTED_STRUCTURE, kekOpener(), innerSigned);
        byte[] attributes = rewrite(sealed, a -> with(a, null, null, new DERSet(new Attribute(
                CMSAttributes.contentType, new DERSet(CMSObjectIdentifiers.data))), null));
        refused(Reason.UNSUPPORTED_STRUCTURE, kekOpener(), attributes);
        // The DER re-encoding itself is fine: the unchanged rewrite opens.
        assertArrayEquals(CONTENT, kekOpener().open(rewrite(sealed, a -> with(a, null, null, null, null))));
    }

    @Test
    void recipientCountsPasswordsAndCommitment() throws Exception {
        RecipientInfo kekInfo = null;
        for (var ri : parse(sealed).getRecipientInfos()) {
            if (RecipientInfo.getInstance(ri).getInfo() instanceof KEKRecipientInfo) {
                kekInfo = RecipientInfo.getInstance(ri);
            }
        }
        RecipientInfo kekRi = kekInfo;
        ASN1EncodableVector many = new ASN1EncodableVector();
        for (int i = 0; i < 17; i++) {
            many.add(kekRi);
        }
        refused(Reason.TOO_MANY_RECIPIENTS, kekOpener(), rewrite(sealed, a -> with(a, new DERSet(many), null, null,
                null)));
        ASN1EncodableVector thousand = new ASN1EncodableVector();
        for (int i = 0; i < 1000; i++) {
            thousand.add(kekRi);
        }
        byte[] hostile = rewrite(sealed, a -> with(a, new DERSet(thousand), null, null, null));
        long start = System.nanoTime();
        EnvelopeException e = assertThrows(EnvelopeException.class, () -> kekOpener().open(hostile));
        assertEquals(Reason.TOO_MANY_RECIPIENTS, e.reason());
        assertTrue(System.nanoTime() - start < 500_000_000L, "refused quickly");

        byte[] mixed = bcAuthEnveloped(new JceKEKRecipientInfoGenerator("kek-1".getBytes(),
                new SecretKeySpec(KEK_BYTES, "AES")), new JcePasswordRecipientInfoGenerator(CMSAlgorithm.AES256_CBC,
                "pw".toCharArray()).setProvider(KeyUnwrapper.BC).setPRF(PasswordRecipient.PRF.HMacSHA256).setSaltAndIterationCount(new byte[16],
                100_000));
        refused(Reason.PASSWORD_NOT_SOLE_RECIPIENT, kekOpener(), mixed);

        byte[] fewIterations = bcAuthEnveloped(new JcePasswordRecipientInfoGenerator(CMSAlgorithm.AES256_CBC,
                "pw".toCharArray()).setProvider(KeyUnwrapper.BC).setPRF(PasswordRecipient.PRF.HMacSHA256).setSaltAndIterationCount(new byte[16],
                1000));
        refused(Reason.PASSWORD_PARAMETERS_NOT_ALLOWED, Envelope.opener().password("pw".toCharArray()).build(),
                fewIterations);
        byte[] absurd = rewrite(fewIterations, a -> {
            PasswordRecipientInfo p = PasswordRecipientInfo.getInstance(
                    RecipientInfo.getInstance(a.getRecipientInfos().getObjectAt(0)).getInfo());
            PBKDF2Params old = PBKDF2Params.getInstance(p.getKeyDerivationAlgorithm().getParameters());
            AlgorithmIdentifier kdf = new AlgorithmIdentifier(p.getKeyDerivationAlgorithm().getAlgorithm(),
                    new PBKDF2Params(old.getSalt(), Integer.MAX_VALUE, old.getPrf()));
            return with(a, new DERSet(new RecipientInfo(new PasswordRecipientInfo(kdf, p.getKeyEncryptionAlgorithm(),
                    p.getEncryptedKey()))), null, null, null);
        });
        long t0 = System.nanoTime();
        refused(Reason.PASSWORD_PARAMETERS_NOT_ALLOWED, Envelope.opener().password("pw".toCharArray()).build(),
                absurd);
        assertTrue(System.nanoTime() - t0 < 500_000_000L, "refused before deriving");

        // Key commitment (research §4.5): two KEK recipients that wrap different content keys.
        KeyEncryptionKey other = TestKeys.kek("kek-2");
        byte[] second = Envelope.sealer().recipient(Recipient.kek(other)).build().seal(CONTENT);
        RecipientInfo otherRi = RecipientInfo.getInstance(parse(second).getRecipientInfos().getObjectAt(0));
        byte[] equivocal = rewrite(sealed, a -> with(a, new DERSet(new ASN1EncodableVector() {
            {
                add(kekRi);
                add(otherRi);
            }
        }), null, null, null));
        refused(Reason.KEY_COMMITMENT_MISMATCH, Envelope.opener().kek(KEK).kek(other).build(), equivocal);
        assertArrayEquals(CONTENT, kekOpener().open(equivocal), "holding one key, the documented behaviour");
    }

    @Test
    void sizeLimitsAndGarbage() throws Exception {
        DecryptPolicy tiny = DecryptPolicy.strict().toBuilder().maxInMemoryBytes(4096).maxEnvelopeBytes(4096).build();
        Opener opener = Envelope.opener().kek(KEK).policy(tiny).build();
        refused(Reason.TOO_LARGE, opener, sealed);
        List<byte[]> garbage = new ArrayList<>();
        garbage.add(new byte[0]);
        garbage.add(TestKeys.random(3000));
        garbage.add(new byte[] {0x30, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x06, 0x09});
        garbage.add(new byte[] {0x30, (byte) 0x80, 0x06, 0x0b, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7,
            0x0d, 0x01, 0x09, 0x10, 0x01, 0x17, (byte) 0xa0, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, 0x00});
        garbage.add("-----BEGIN CMS-----\nMIAGCyqGSIb3DQEJEAEXoIAwgAIBADGC\n-----END CMS-----\n".getBytes());
        garbage.add("-----BEGIN CERTIFICATE-----\n".getBytes());
        for (byte[] g : garbage) {
            long start = System.nanoTime();
            try {
                kekOpener().open(g);
                fail("garbage opened");
            } catch (EnvelopeException e) {
                assertTrue(EnumSet.of(Reason.MALFORMED, Reason.TRUNCATED, Reason.TOO_LARGE).contains(e.reason()),
                        e.reason().name());
            }
            assertTrue(System.nanoTime() - start < 500_000_000L);
            assertThrows(EnvelopeException.class, () -> Envelope.inspect(g));
        }
    }
}
