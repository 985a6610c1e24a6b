package io.github.careplanspec.csv.envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.HexFormat;
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
}
