package io.github.careplanspec.csv.envelope;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Keys and self-signed certificates generated at test time (never committed). */
final class TestKeys {

    record Identity(X509Certificate certificate, PrivateKey key) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static Identity rsa3072;
    private static Identity rsa2048b;
    private static Identity ecP256;
    private static Identity ecP384;

    private TestKeys() {
    }

    static synchronized Identity rsa() {
        if (rsa3072 == null) {
            rsa3072 = rsa(3072, KeyUsage.keyEncipherment, "rsa-recipient");
        }
        return rsa3072;
    }

    static synchronized Identity otherRsa() {
        if (rsa2048b == null) {
            rsa2048b = rsa(2048, KeyUsage.keyEncipherment, "other-rsa");
        }
        return rsa2048b;
    }

    static synchronized Identity ec256() {
        if (ecP256 == null) {
            ecP256 = ec("secp256r1", KeyUsage.keyAgreement, "ec-p256");
        }
        return ecP256;
    }

    static synchronized Identity ec384() {
        if (ecP384 == null) {
            ecP384 = ec("secp384r1", KeyUsage.keyAgreement, "ec-p384");
        }
        return ecP384;
    }

    static Identity rsa(int bits, int keyUsage, String cn) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(bits, RANDOM);
            return certify(g.generateKeyPair(), "SHA256withRSA", keyUsage, cn, Duration.ofDays(30));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Identity ec(String curve, int keyUsage, String cn) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec(curve), RANDOM);
            return certify(g.generateKeyPair(), "SHA256withECDSA", keyUsage, cn, Duration.ofDays(30));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Identity certify(KeyPair pair, String signature, int keyUsage, String cn, Duration validity)
            throws Exception {
        X500Name name = new X500Name("C=JP,O=Test Care Office,CN=" + cn);
        Instant now = Instant.now();
        Instant from = validity.isNegative() ? now.plus(validity).minus(Duration.ofDays(2)) : now.minusSeconds(3600);
        Instant to = validity.isNegative() ? now.plus(validity) : now.plus(validity);
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, new BigInteger(64, RANDOM).add(BigInteger.ONE),
                Date.from(from), Date.from(to), name, pair.getPublic());
        b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
        b.addExtension(Extension.subjectKeyIdentifier, false,
                new JcaX509ExtensionUtils().createSubjectKeyIdentifier(pair.getPublic()));
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder(signature).build(pair.getPrivate())));
        return new Identity(cert, pair.getPrivate());
    }

    static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    static KeyEncryptionKey kek(String id) {
        return KeyEncryptionKey.aes256(id, random(32));
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
