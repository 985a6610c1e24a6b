package io.github.careplanspec.csv.envelope;

import io.github.careplanspec.model.catalog.InvalidValueException;
import io.github.careplanspec.model.issue.IssueId;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Objects;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * One recipient of a sealed envelope (受信者). Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link #certificate(X509Certificate)}: an X.509 certificate with an RSA key (≥ 2048 bits; RSAES-OAEP with
 *       SHA-256 and MGF1-SHA-256, {@code KeyTransRecipientInfo}) or an EC P-256/P-384 key (ephemeral-static ECDH,
 *       {@code dhSinglePass-stdDH-sha256kdf-scheme} for P-256, {@code sha384kdf} for P-384, AES-256 key wrap,
 *       {@code KeyAgreeRecipientInfo});</li>
 *   <li>{@link #kek(KeyEncryptionKey)}: a named symmetric key-encryption key, e.g. held in a KMS
 *       ({@code KEKRecipientInfo}, AES-256 key wrap);</li>
 *   <li>{@link #password(char[])}: a password ({@code PasswordRecipientInfo}, PBKDF2-HMAC-SHA256 with
 *       {@value #DEFAULT_PASSWORD_ITERATIONS} iterations and a 16-byte random salt, PWRI-KEK with AES-256-CBC,
 *       RFC 3211); allowed only as the sole recipient.</li>
 * </ul>
 */
public final class Recipient {

    /** Default PBKDF2-HMAC-SHA256 iteration count for password recipients (OWASP 2023 figure for SHA-256). */
    public static final int DEFAULT_PASSWORD_ITERATIONS = 600_000;
    /** Smallest PBKDF2 iteration count accepted when sealing and, by default, when opening. */
    public static final int MIN_PASSWORD_ITERATIONS = 100_000;
    /** Largest PBKDF2 iteration count accepted when sealing and, by default, when opening. */
    public static final int MAX_PASSWORD_ITERATIONS = 2_000_000;
    /** Smallest RSA modulus accepted, in bits. */
    public static final int MIN_RSA_BITS = 2048;

    /** The kinds of recipient. */
    public enum Kind {
        /** RSA certificate, RSAES-OAEP-SHA256 key transport. */
        RSA_CERTIFICATE,
        /** EC certificate (P-256, P-384), ECDH key agreement with AES key wrap. */
        EC_CERTIFICATE,
        /** Named symmetric key-encryption key (AES-256 key wrap). */
        KEK,
        /** Password (PBKDF2-HMAC-SHA256). */
        PASSWORD
    }

    private final Kind kind;
    private final X509Certificate certificate;
    private final ASN1ObjectIdentifier curve;
    private final KeyEncryptionKey kek;
    private final char[] password;
    private final int iterations;

    private Recipient(Kind kind, X509Certificate certificate, ASN1ObjectIdentifier curve, KeyEncryptionKey kek,
            char[] password, int iterations) {
        this.kind = kind;
        this.certificate = certificate;
        this.curve = curve;
        this.kek = kek;
        this.password = password;
        this.iterations = iterations;
    }

    /**
     * A certificate recipient. The certificate must be valid now, carry an RSA key of at least
     * {@value #MIN_RSA_BITS} bits or an EC P-256/P-384 key, and, if it has a keyUsage extension, allow
     * {@code keyEncipherment} (RSA) or {@code keyAgreement} (EC): neither OpenSSL nor BouncyCastle checks this.
     *
     * @param certificate the recipient's certificate
     * @return the recipient
     * @throws IllegalArgumentException if the certificate is refused (message in Japanese and English)
     */
    public static Recipient certificate(X509Certificate certificate) {
        Objects.requireNonNull(certificate, "certificate");
        try {
            certificate.checkValidity();
        } catch (CertificateException e) {
            InvalidValueException refused = new InvalidValueException(IssueId.of("envelope.cert.validity"),
                    certificate.getSubjectX500Principal());
            refused.initCause(e);
            throw refused;
        }
        PublicKey key = certificate.getPublicKey();
        boolean[] usage = certificate.getKeyUsage();
        if (key instanceof RSAPublicKey rsa) {
            if (rsa.getModulus().bitLength() < MIN_RSA_BITS) {
                throw new InvalidValueException(IssueId.of("envelope.cert.rsaBits"), MIN_RSA_BITS,
                        rsa.getModulus().bitLength());
            }
            if (usage != null && (usage.length < 3 || !usage[2])) {
                throw new InvalidValueException(IssueId.of("envelope.cert.keyEncipherment"));
            }
            return new Recipient(Kind.RSA_CERTIFICATE, certificate, null, null, null, 0);
        }
        if (key instanceof ECPublicKey) {
            ASN1ObjectIdentifier curve = curveOf(key);
            if (!SECObjectIdentifiers.secp256r1.equals(curve) && !SECObjectIdentifiers.secp384r1.equals(curve)) {
                throw new InvalidValueException(IssueId.of("envelope.cert.curve"), curve);
            }
            if (usage != null && (usage.length < 5 || !usage[4])) {
                throw new InvalidValueException(IssueId.of("envelope.cert.keyAgreement"));
            }
            return new Recipient(Kind.EC_CERTIFICATE, certificate, curve, null, null, 0);
        }
        throw new InvalidValueException(IssueId.of("envelope.cert.keyType"), key.getAlgorithm());
    }

    /**
     * A named symmetric key-encryption key recipient.
     *
     * @param kek the key-encryption key (its id goes into the envelope)
     * @return the recipient
     */
    public static Recipient kek(KeyEncryptionKey kek) {
        Objects.requireNonNull(kek, "kek");
        LocalKeyEncryptionKey.checkKeyId(kek.keyId());
        return new Recipient(Kind.KEK, null, null, kek, null, 0);
    }

    /**
     * A password recipient with {@value #DEFAULT_PASSWORD_ITERATIONS} PBKDF2-HMAC-SHA256 iterations. The password is
     * copied; the caller may clear its array afterwards. Must be the only recipient of an envelope.
     *
     * @param password the password (not empty)
     * @return the recipient
     */
    public static Recipient password(char[] password) {
        return password(password, DEFAULT_PASSWORD_ITERATIONS);
    }

    /**
     * A password recipient with a chosen iteration count.
     *
     * @param password the password (not empty)
     * @param iterations PBKDF2 iterations, {@value #MIN_PASSWORD_ITERATIONS} to {@value #MAX_PASSWORD_ITERATIONS}
     * @return the recipient
     * @throws IllegalArgumentException if the password is empty or the count is out of range
     */
    public static Recipient password(char[] password, int iterations) {
        Objects.requireNonNull(password, "password");
        if (password.length == 0) {
            throw new InvalidValueException(IssueId.of("envelope.password.empty"));
        }
        if (iterations < MIN_PASSWORD_ITERATIONS || iterations > MAX_PASSWORD_ITERATIONS) {
            throw new InvalidValueException(IssueId.of("envelope.password.iterations"), MIN_PASSWORD_ITERATIONS,
                    MAX_PASSWORD_ITERATIONS);
        }
        return new Recipient(Kind.PASSWORD, null, null, null, password.clone(), iterations);
    }

    static ASN1ObjectIdentifier curveOf(PublicKey key) {
        try {
            SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(key.getEncoded());
            return info.getAlgorithm().getParameters() instanceof ASN1ObjectIdentifier oid ? oid : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The kind of recipient.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    X509Certificate certificate() {
        return certificate;
    }

    ASN1ObjectIdentifier curve() {
        return curve;
    }

    KeyEncryptionKey kekKey() {
        return kek;
    }

    char[] passwordCopy() {
        return password.clone();
    }

    int iterations() {
        return iterations;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case RSA_CERTIFICATE, EC_CERTIFICATE -> "Recipient[" + kind + ", "
                    + certificate.getSubjectX500Principal().getName() + "]";
            case KEK -> "Recipient[KEK, " + kek.keyId() + "]";
            case PASSWORD -> "Recipient[PASSWORD, " + iterations + " iterations]";
        };
    }
}
