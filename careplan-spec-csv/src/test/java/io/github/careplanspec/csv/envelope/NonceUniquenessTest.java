package io.github.careplanspec.csv.envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Executable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.cms.KEKRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.RFC3394WrapEngine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

/**
 * Nonce reuse under one GCM key is fatal (envelope research 4.7): over 10,000 seals of the same content, no 12-byte
 * nonce repeats and no content-encryption key repeats. The nonces are read from the envelopes' GCMParameters and the
 * content keys unwrapped independently of our code (BouncyCastle's RFC 3394 engine with the test KEK), so the test
 * needs no hook into the sealer. The API has no way to pass a nonce or a content key.
 */
class NonceUniquenessTest {
    private static final int SEALS = 10_000;

    @Test
    void tenThousandSealsNeverRepeatANonceOrAContentKey() throws Exception {
        byte[] kekBytes = TestKeys.random(32);
        Sealer sealer = Envelope.sealer().recipient(Recipient.kek(KeyEncryptionKey.aes256("nonce-test", kekBytes)))
                .build();
        byte[] content = "same content every time".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Set<String> nonces = new HashSet<>();
        Set<String> keys = new HashSet<>();
        HexFormat hex = HexFormat.of();
        for (int i = 0; i < SEALS; i++) {
            byte[] envelope = sealer.seal(content);
            AuthEnvelopedData a = AuthEnvelopedData.getInstance(
                    ContentInfo.getInstance(ASN1Primitive.fromByteArray(envelope)).getContent());
            GCMParameters gcm = GCMParameters.getInstance(
                    a.getAuthEncryptedContentInfo().getContentEncryptionAlgorithm().getParameters());
            assertEquals(12, gcm.getNonce().length, "RFC 5084: a 12-byte nonce");
            assertEquals(16, gcm.getIcvLen(), "a 16-byte tag");
            assertTrue(nonces.add(hex.formatHex(gcm.getNonce())), "nonce repeated at seal " + i);
            KEKRecipientInfo kek = KEKRecipientInfo.getInstance(
                    RecipientInfo.getInstance(a.getRecipientInfos().getObjectAt(0)).getInfo());
            RFC3394WrapEngine unwrap = new RFC3394WrapEngine(AESEngine.newInstance());
            unwrap.init(false, new KeyParameter(kekBytes));
            byte[] wrapped = kek.getEncryptedKey().getOctets();
            byte[] cek = unwrap.unwrap(wrapped, 0, wrapped.length);
            assertEquals(32, cek.length, "AES-256 content key");
            assertTrue(keys.add(hex.formatHex(cek)), "content key repeated at seal " + i);
        }
        assertEquals(SEALS, nonces.size());
        assertEquals(SEALS, keys.size());
    }

    /** Research 4.7: no caller can choose a nonce or a content key — no public member takes or is named for one. */
    @Test
    void thePublicApiHasNoNonceOrContentKeyParameter() {
        List<Class<?>> api = new ArrayList<>(List.of(DecryptPolicy.class, Envelope.class, EnvelopeException.class,
                EnvelopeInfo.class, KeyEncryptionKey.class, NamedContent.class, Opener.class, PemKeys.class,
                Recipient.class, Sealer.class));
        for (Class<?> c : List.copyOf(api)) {
            for (Class<?> nested : c.getClasses()) {
                api.add(nested);
            }
        }
        Set<Class<?>> forbidden = Set.of(javax.crypto.spec.IvParameterSpec.class,
                javax.crypto.spec.GCMParameterSpec.class, javax.crypto.SecretKey.class,
                javax.crypto.spec.SecretKeySpec.class, java.security.SecureRandom.class);
        int checked = 0;
        for (Class<?> c : api) {
            List<Executable> members = new ArrayList<>(List.of(c.getMethods()));
            members.addAll(List.of(c.getConstructors()));
            for (Executable m : members) {
                if (m.getDeclaringClass() == Object.class || m.getDeclaringClass() == Enum.class) {
                    continue;
                }
                String name = m.getName().toLowerCase(java.util.Locale.ROOT);
                assertTrue(!name.contains("nonce") && !name.equals("iv") && !name.startsWith("iv")
                        && !name.contains("contentkey") && !name.contains("cek"), c.getName() + "." + m.getName());
                for (Class<?> t : m.getParameterTypes()) {
                    assertTrue(!forbidden.contains(t), c.getName() + "." + m.getName() + " takes a " + t.getName());
                }
                checked++;
            }
        }
        assertTrue(checked > 50, "checked " + checked + " public members");
    }
}
