package io.github.careplanspec.csv.envelope;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.KEKRecipientInfo;
import org.bouncycastle.asn1.cms.KeyAgreeRecipientIdentifier;
import org.bouncycastle.asn1.cms.KeyAgreeRecipientInfo;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.cms.OriginatorPublicKey;
import org.bouncycastle.asn1.cms.PasswordRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientEncryptedKey;
import org.bouncycastle.asn1.cms.RecipientIdentifier;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.jcajce.JceKeyAgreeAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JcePasswordAuthEnvelopedRecipient;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

import io.github.careplanspec.csv.envelope.EnvelopeException.Reason;

/** Finds the recipient infos that match the opener's identities, applies the policy and unwraps the CEK. */
final class KeyUnwrapper {

    /** A private BouncyCastle provider instance, never registered globally. */
    static final Provider BC = new BouncyCastleProvider();

    /** What the opener holds. */
    sealed interface Identity permits CertIdentity, KekIdentity, PasswordIdentity {
    }

    record CertIdentity(X509Certificate certificate, PrivateKey key) implements Identity {
    }

    record KekIdentity(KeyEncryptionKey kek) implements Identity {
    }

    record PasswordIdentity(char[] password) implements Identity {
    }

    private KeyUnwrapper() {
    }

    /**
     * Unwraps the content key from every recipient info that matches an identity and requires them to agree (key
     * commitment across recipients, research §4.5a).
     */
    static byte[] unwrap(List<RecipientInfo> infos, AlgorithmIdentifier contentAlg, int cekLength,
            List<Identity> identities, DecryptPolicy policy) throws EnvelopeException {
        List<byte[]> keys = new ArrayList<>();
        EnvelopeException firstFailure = null;
        int matches = 0;
        try {
            for (RecipientInfo info : infos) {
                for (Identity identity : identities) {
                    if (!matches(info, identity)) {
                        continue;
                    }
                    matches++;
                    try {
                        byte[] cek = unwrapOne(info, identity, contentAlg, policy);
                        if (cek.length != cekLength) {
                            Arrays.fill(cek, (byte) 0);
                            throw new EnvelopeException(Reason.KEY_UNWRAP_FAILED, "content key length");
                        }
                        keys.add(cek);
                    } catch (EnvelopeException e) {
                        if (e.reason() != Reason.KEY_UNWRAP_FAILED) {
                            throw e;
                        }
                        if (firstFailure == null) {
                            firstFailure = e;
                        }
                    }
                }
            }
            if (matches == 0) {
                throw new EnvelopeException(Reason.NO_MATCHING_RECIPIENT, null);
            }
            if (firstFailure != null) {
                throw firstFailure;
            }
            byte[] first = keys.get(0);
            for (byte[] other : keys) {
                if (!MessageDigest.isEqual(first, other)) {
                    throw new EnvelopeException(Reason.KEY_COMMITMENT_MISMATCH, matches + " openable recipients");
                }
            }
            return first.clone();
        } finally {
            for (byte[] k : keys) {
                Arrays.fill(k, (byte) 0);
            }
        }
    }

    static boolean matches(RecipientInfo info, Identity identity) {
        ASN1Encodable value = info.getInfo();
        if (identity instanceof CertIdentity cert) {
            if (value instanceof KeyTransRecipientInfo ktri) {
                return ridMatches(ktri.getRecipientIdentifier(), cert.certificate());
            }
            if (value instanceof KeyAgreeRecipientInfo kari) {
                return findEncryptedKey(kari, cert.certificate()) != null;
            }
            return false;
        }
        if (identity instanceof KekIdentity kek && value instanceof KEKRecipientInfo kekri) {
            byte[] id = kekri.getKekid().getKeyIdentifier().getOctets();
            return Arrays.equals(id, kek.kek().keyId().getBytes(StandardCharsets.UTF_8));
        }
        return identity instanceof PasswordIdentity && value instanceof PasswordRecipientInfo;
    }

    private static boolean ridMatches(RecipientIdentifier rid, X509Certificate cert) {
        ASN1Encodable id = rid.getId();
        if (id instanceof ASN1OctetString ski) {
            byte[] mine = subjectKeyIdentifier(cert);
            return mine != null && Arrays.equals(mine, ski.getOctets());
        }
        return issuerSerialMatches(IssuerAndSerialNumber.getInstance(id), cert);
    }

    private static boolean issuerSerialMatches(IssuerAndSerialNumber ias, X509Certificate cert) {
        X500Name issuer = X500Name.getInstance(cert.getIssuerX500Principal().getEncoded());
        BigInteger serial = cert.getSerialNumber();
        return ias.getName().equals(issuer) && ias.getSerialNumber().getValue().equals(serial);
    }

    static byte[] subjectKeyIdentifier(X509Certificate cert) {
        byte[] ext = cert.getExtensionValue("2.5.29.14");
        if (ext == null) {
            return null;
        }
        return ASN1OctetString.getInstance(ASN1OctetString.getInstance(ext).getOctets()).getOctets();
    }

    private static RecipientEncryptedKey findEncryptedKey(KeyAgreeRecipientInfo kari, X509Certificate cert) {
        for (ASN1Encodable e : kari.getRecipientEncryptedKeys()) {
            RecipientEncryptedKey rek = RecipientEncryptedKey.getInstance(e);
            KeyAgreeRecipientIdentifier rid = rek.getIdentifier();
            if (rid.getIssuerAndSerialNumber() != null) {
                if (issuerSerialMatches(rid.getIssuerAndSerialNumber(), cert)) {
                    return rek;
                }
            } else if (rid.getRKeyID() != null) {
                byte[] mine = subjectKeyIdentifier(cert);
                if (mine != null && Arrays.equals(mine, rid.getRKeyID().getSubjectKeyIdentifier().getOctets())) {
                    return rek;
                }
            }
        }
        return null;
    }

    private static byte[] unwrapOne(RecipientInfo info, Identity identity, AlgorithmIdentifier contentAlg,
            DecryptPolicy policy) throws EnvelopeException {
        ASN1Encodable value = info.getInfo();
        if (value instanceof KeyTransRecipientInfo ktri) {
            return keyTransport(ktri, (CertIdentity) identity, contentAlg, policy);
        }
        if (value instanceof KeyAgreeRecipientInfo kari) {
            return keyAgreement(kari, (CertIdentity) identity, contentAlg);
        }
        if (value instanceof KEKRecipientInfo kekri) {
            return kek(kekri, ((KekIdentity) identity).kek());
        }
        return password((PasswordRecipientInfo) value, ((PasswordIdentity) identity).password(), contentAlg,
                policy);
    }

    private static byte[] keyTransport(KeyTransRecipientInfo ktri, CertIdentity id, AlgorithmIdentifier contentAlg,
            DecryptPolicy policy) throws EnvelopeException {
        AlgorithmIdentifier keyAlg = ktri.getKeyEncryptionAlgorithm();
        Profile.checkOaep(keyAlg);
        if (!(id.key() instanceof RSAKey rsa)) {
            throw new EnvelopeException(Reason.WEAK_RECIPIENT_KEY, "key transport needs an RSA key");
        }
        if (rsa.getModulus().bitLength() < policy.minRsaBits()) {
            throw new EnvelopeException(Reason.WEAK_RECIPIENT_KEY, "RSA " + rsa.getModulus().bitLength() + " bits");
        }
        Extractor.KeyTrans r = new Extractor.KeyTrans(id.key());
        r.setProvider(BC);
        return extract(() -> r.extract(keyAlg, contentAlg, ktri.getEncryptedKey().getOctets()));
    }

    private static byte[] keyAgreement(KeyAgreeRecipientInfo kari, CertIdentity id, AlgorithmIdentifier contentAlg)
            throws EnvelopeException {
        AlgorithmIdentifier keyAlg = kari.getKeyEncryptionAlgorithm();
        if (!Profile.KARI_SCHEMES.contains(keyAlg.getAlgorithm())) {
            throw new EnvelopeException(Reason.KEY_ENCRYPTION_NOT_ALLOWED, Profile.name(keyAlg.getAlgorithm()));
        }
        AlgorithmIdentifier wrap;
        try {
            wrap = AlgorithmIdentifier.getInstance(keyAlg.getParameters());
        } catch (RuntimeException e) {
            throw new EnvelopeException(Reason.MALFORMED, "key wrap algorithm", e);
        }
        if (wrap == null || !Profile.AES_WRAPS.contains(wrap.getAlgorithm())) {
            throw new EnvelopeException(Reason.KEY_ENCRYPTION_NOT_ALLOWED,
                    wrap == null ? "no key wrap" : Profile.name(wrap.getAlgorithm()));
        }
        SubjectPublicKeyInfo mine = SubjectPublicKeyInfo.getInstance(id.certificate().getPublicKey().getEncoded());
        ASN1Encodable curve = mine.getAlgorithm().getParameters();
        if (!(curve instanceof ASN1ObjectIdentifier curveOid) || !Profile.CURVES.contains(curveOid)) {
            throw new EnvelopeException(Reason.WEAK_RECIPIENT_KEY, "curve " + curve);
        }
        OriginatorPublicKey originator = kari.getOriginator().getOriginatorKey();
        if (originator == null) {
            throw new EnvelopeException(Reason.KEY_ENCRYPTION_NOT_ALLOWED, "static-static ECDH is not supported");
        }
        ASN1Encodable originatorParams = originator.getAlgorithm().getParameters();
        if (originatorParams != null && !(originatorParams.toASN1Primitive() instanceof org.bouncycastle.asn1.ASN1Null)
                && !curveOid.equals(originatorParams)) {
            throw new EnvelopeException(Reason.WEAK_RECIPIENT_KEY, "originator curve " + originatorParams);
        }
        SubjectPublicKeyInfo sender = new SubjectPublicKeyInfo(mine.getAlgorithm(),
                originator.getPublicKeyData().getBytes());
        RecipientEncryptedKey rek = findEncryptedKey(kari, id.certificate());
        ASN1OctetString ukm = kari.getUserKeyingMaterial();
        Extractor.KeyAgree r = new Extractor.KeyAgree(id.key());
        r.setProvider(BC);
        return extract(() -> r.extract(keyAlg, contentAlg, sender, ukm, rek.getEncryptedKey().getOctets()));
    }

    private static byte[] kek(KEKRecipientInfo kekri, KeyEncryptionKey kek) throws EnvelopeException {
        ASN1ObjectIdentifier alg = kekri.getKeyEncryptionAlgorithm().getAlgorithm();
        if (!org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_aes256_wrap.equals(alg)) {
            throw new EnvelopeException(Reason.KEY_ENCRYPTION_NOT_ALLOWED, Profile.name(alg));
        }
        try {
            byte[] cek = kek.unwrap(kekri.getEncryptedKey().getOctets());
            if (cek == null) {
                throw new EnvelopeException(Reason.KEY_UNWRAP_FAILED, null);
            }
            return cek;
        } catch (java.security.GeneralSecurityException | RuntimeException e) {
            throw new EnvelopeException(Reason.KEY_UNWRAP_FAILED, null, null);
        }
    }

    private static byte[] password(PasswordRecipientInfo pwri, char[] password, AlgorithmIdentifier contentAlg,
            DecryptPolicy policy) throws EnvelopeException {
        AlgorithmIdentifier kdf = pwri.getKeyDerivationAlgorithm();
        if (kdf == null || !PKCSObjectIdentifiers.id_PBKDF2.equals(kdf.getAlgorithm())) {
            throw new EnvelopeException(Reason.PASSWORD_PARAMETERS_NOT_ALLOWED,
                    kdf == null ? "no key derivation" : Profile.name(kdf.getAlgorithm()));
        }
        PBKDF2Params params;
        try {
            params = PBKDF2Params.getInstance(kdf.getParameters());
        } catch (RuntimeException e) {
            throw new EnvelopeException(Reason.MALFORMED, "PBKDF2-params", e);
        }
        BigInteger iterations = params.getIterationCount();
        if (iterations.compareTo(BigInteger.valueOf(policy.minPasswordIterations())) < 0
                || iterations.compareTo(BigInteger.valueOf(policy.maxPasswordIterations())) > 0) {
            throw new EnvelopeException(Reason.PASSWORD_PARAMETERS_NOT_ALLOWED, "iterations " + iterations);
        }
        if (params.getSalt() == null || params.getSalt().length < 8 || params.getSalt().length > 64) {
            throw new EnvelopeException(Reason.PASSWORD_PARAMETERS_NOT_ALLOWED, "salt");
        }
        if (!Profile.PBKDF2_PRFS.contains(params.getPrf().getAlgorithm())) {
            throw new EnvelopeException(Reason.PASSWORD_PARAMETERS_NOT_ALLOWED,
                    "PRF " + Profile.name(params.getPrf().getAlgorithm()));
        }
        AlgorithmIdentifier kekAlg = pwri.getKeyEncryptionAlgorithm();
        Integer bits = null;
        AlgorithmIdentifier innerKekAlg = null;
        if (PKCSObjectIdentifiers.id_alg_PWRI_KEK.equals(kekAlg.getAlgorithm())) {
            try {
                innerKekAlg = AlgorithmIdentifier.getInstance(kekAlg.getParameters());
                bits = Profile.PWRI_KEK_BITS.get(innerKekAlg.getAlgorithm());
            } catch (RuntimeException e) {
                throw new EnvelopeException(Reason.MALFORMED, "PWRI-KEK parameters", e);
            }
        }
        if (bits == null) {
            throw new EnvelopeException(Reason.KEY_ENCRYPTION_NOT_ALLOWED, Profile.name(kekAlg.getAlgorithm()));
        }
        if (params.getKeyLength() != null && params.getKeyLength().intValue() * 8 != bits) {
            throw new EnvelopeException(Reason.MALFORMED, "PBKDF2 keyLength");
        }
        int keyBits = bits;
        AlgorithmIdentifier blockCipher = innerKekAlg;
        Extractor.Password r = new Extractor.Password(password);
        r.setProvider(BC);
        return extract(() -> r.extract(blockCipher, contentAlg, kdf, keyBits, pwri.getEncryptedKey().getOctets()));
    }

    private interface KeySource {
        Key get() throws CMSException;
    }

    private static byte[] extract(KeySource source) throws EnvelopeException {
        try {
            Key key = source.get();
            byte[] encoded = key == null ? null : key.getEncoded();
            if (encoded == null) {
                throw new EnvelopeException(Reason.KEY_UNWRAP_FAILED, null);
            }
            return encoded;
        } catch (CMSException | RuntimeException e) {
            // One uniform failure for every unwrap problem (no padding oracle, research §4.2).
            throw new EnvelopeException(Reason.KEY_UNWRAP_FAILED, null, null);
        }
    }

    /** Thin subclasses that expose BouncyCastle's protected CEK extraction. */
    static final class Extractor {
        private Extractor() {
        }

        static final class KeyTrans extends JceKeyTransAuthEnvelopedRecipient {
            KeyTrans(PrivateKey key) {
                super(key);
            }

            Key extract(AlgorithmIdentifier keyAlg, AlgorithmIdentifier contentAlg, byte[] encryptedKey)
                    throws CMSException {
                return extractSecretKey(keyAlg, contentAlg, encryptedKey);
            }
        }

        static final class KeyAgree extends JceKeyAgreeAuthEnvelopedRecipient {
            KeyAgree(PrivateKey key) {
                super(key);
            }

            Key extract(AlgorithmIdentifier keyAlg, AlgorithmIdentifier contentAlg, SubjectPublicKeyInfo sender,
                    ASN1OctetString ukm, byte[] encryptedKey) throws CMSException {
                return extractSecretKey(keyAlg, contentAlg, sender, ukm, encryptedKey);
            }
        }

        static final class Password extends JcePasswordAuthEnvelopedRecipient {
            Password(char[] password) {
                super(password);
            }

            Key extract(AlgorithmIdentifier kekAlg, AlgorithmIdentifier contentAlg, AlgorithmIdentifier kdf,
                    int keyBits, byte[] encryptedKey) throws CMSException {
                byte[] derived = calculateDerivedKey(getPasswordConversionScheme(), kdf, keyBits);
                try {
                    return extractSecretKey(kekAlg, contentAlg, derived, encryptedKey);
                } finally {
                    Arrays.fill(derived, (byte) 0);
                }
            }
        }
    }

}
