package io.github.careplanspec.csv.envelope;

import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Map;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAESOAEPparams;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.util.encoders.Hex;

/** The algorithm profile: names for inspection and the allow-lists applied when opening. */
final class Profile {

    private Profile() {
    }

    static final Map<ASN1ObjectIdentifier, Integer> GCM_KEY_BYTES = Map.of(
            NISTObjectIdentifiers.id_aes128_GCM, 16,
            NISTObjectIdentifiers.id_aes256_GCM, 32);

    static final Map<ASN1ObjectIdentifier, String> NAMES = Map.ofEntries(
            Map.entry(CMSObjectIdentifiers.authEnvelopedData, "AuthEnvelopedData"),
            Map.entry(CMSObjectIdentifiers.envelopedData, "EnvelopedData"),
            Map.entry(CMSObjectIdentifiers.authenticatedData, "AuthenticatedData"),
            Map.entry(CMSObjectIdentifiers.signedData, "SignedData"),
            Map.entry(CMSObjectIdentifiers.data, "data"),
            Map.entry(NISTObjectIdentifiers.id_aes128_GCM, "AES-128-GCM"),
            Map.entry(NISTObjectIdentifiers.id_aes192_GCM, "AES-192-GCM"),
            Map.entry(NISTObjectIdentifiers.id_aes256_GCM, "AES-256-GCM"),
            Map.entry(NISTObjectIdentifiers.id_aes128_CBC, "AES-128-CBC"),
            Map.entry(NISTObjectIdentifiers.id_aes192_CBC, "AES-192-CBC"),
            Map.entry(NISTObjectIdentifiers.id_aes256_CBC, "AES-256-CBC"),
            Map.entry(NISTObjectIdentifiers.id_aes256_OFB, "AES-256-OFB"),
            Map.entry(NISTObjectIdentifiers.id_aes256_CCM, "AES-256-CCM"),
            Map.entry(PKCSObjectIdentifiers.des_EDE3_CBC, "DES-EDE3-CBC"),
            Map.entry(PKCSObjectIdentifiers.rsaEncryption, "RSA-PKCS1-v1_5"),
            Map.entry(PKCSObjectIdentifiers.id_RSAES_OAEP, "RSAES-OAEP"),
            Map.entry(NISTObjectIdentifiers.id_aes128_wrap, "AES-128-KW"),
            Map.entry(NISTObjectIdentifiers.id_aes192_wrap, "AES-192-KW"),
            Map.entry(NISTObjectIdentifiers.id_aes256_wrap, "AES-256-KW"),
            Map.entry(X9ObjectIdentifiers.dhSinglePass_stdDH_sha1kdf_scheme, "ECDH-stdDH-SHA1KDF"),
            Map.entry(SECObjectIdentifiers.dhSinglePass_stdDH_sha224kdf_scheme, "ECDH-stdDH-SHA224KDF"),
            Map.entry(SECObjectIdentifiers.dhSinglePass_stdDH_sha256kdf_scheme, "ECDH-stdDH-SHA256KDF"),
            Map.entry(SECObjectIdentifiers.dhSinglePass_stdDH_sha384kdf_scheme, "ECDH-stdDH-SHA384KDF"),
            Map.entry(SECObjectIdentifiers.dhSinglePass_stdDH_sha512kdf_scheme, "ECDH-stdDH-SHA512KDF"),
            Map.entry(PKCSObjectIdentifiers.id_alg_PWRI_KEK, "PWRI-KEK"),
            Map.entry(PKCSObjectIdentifiers.id_PBKDF2, "PBKDF2"),
            Map.entry(PKCSObjectIdentifiers.id_hmacWithSHA1, "HMAC-SHA1"),
            Map.entry(PKCSObjectIdentifiers.id_hmacWithSHA256, "HMAC-SHA256"),
            Map.entry(PKCSObjectIdentifiers.id_hmacWithSHA384, "HMAC-SHA384"),
            Map.entry(PKCSObjectIdentifiers.id_hmacWithSHA512, "HMAC-SHA512"),
            Map.entry(OIWObjectIdentifiers.idSHA1, "SHA-1"),
            Map.entry(NISTObjectIdentifiers.id_sha256, "SHA-256"),
            Map.entry(NISTObjectIdentifiers.id_sha384, "SHA-384"),
            Map.entry(NISTObjectIdentifiers.id_sha512, "SHA-512"));

    /** ECDH key-agreement schemes accepted (ephemeral-static standard DH; sha1kdf is OpenSSL's default). */
    static final java.util.Set<ASN1ObjectIdentifier> KARI_SCHEMES = java.util.Set.of(
            X9ObjectIdentifiers.dhSinglePass_stdDH_sha1kdf_scheme,
            SECObjectIdentifiers.dhSinglePass_stdDH_sha224kdf_scheme,
            SECObjectIdentifiers.dhSinglePass_stdDH_sha256kdf_scheme,
            SECObjectIdentifiers.dhSinglePass_stdDH_sha384kdf_scheme,
            SECObjectIdentifiers.dhSinglePass_stdDH_sha512kdf_scheme);

    static final java.util.Set<ASN1ObjectIdentifier> AES_WRAPS = java.util.Set.of(
            NISTObjectIdentifiers.id_aes128_wrap, NISTObjectIdentifiers.id_aes192_wrap,
            NISTObjectIdentifiers.id_aes256_wrap);

    /** OAEP hashes accepted (SHA-1 is OpenSSL's default and has no known weakness inside OAEP). */
    static final java.util.Set<ASN1ObjectIdentifier> OAEP_HASHES = java.util.Set.of(
            OIWObjectIdentifiers.idSHA1, NISTObjectIdentifiers.id_sha256, NISTObjectIdentifiers.id_sha384,
            NISTObjectIdentifiers.id_sha512);

    /** PBKDF2 PRFs accepted (SHA-2 only). */
    static final java.util.Set<ASN1ObjectIdentifier> PBKDF2_PRFS = java.util.Set.of(
            PKCSObjectIdentifiers.id_hmacWithSHA256, PKCSObjectIdentifiers.id_hmacWithSHA384,
            PKCSObjectIdentifiers.id_hmacWithSHA512);

    /** Curves accepted for the opener's EC key. */
    static final java.util.Set<ASN1ObjectIdentifier> CURVES = java.util.Set.of(
            SECObjectIdentifiers.secp256r1, SECObjectIdentifiers.secp384r1, SECObjectIdentifiers.secp521r1);

    static final Map<ASN1ObjectIdentifier, Integer> PWRI_KEK_BITS = Map.of(
            NISTObjectIdentifiers.id_aes128_CBC, 128,
            NISTObjectIdentifiers.id_aes192_CBC, 192,
            NISTObjectIdentifiers.id_aes256_CBC, 256);

    static String name(ASN1ObjectIdentifier oid) {
        if (oid == null) {
            return "";
        }
        return NAMES.getOrDefault(oid, oid.getId());
    }

    /** The GCM parameters of a content algorithm, checked against the profile (12-byte nonce, 16-byte tag). */
    static GCMParameters gcmParameters(AlgorithmIdentifier alg) throws EnvelopeException {
        if (!GCM_KEY_BYTES.containsKey(alg.getAlgorithm())) {
            throw new EnvelopeException(EnvelopeException.Reason.CONTENT_ALGORITHM_NOT_ALLOWED,
                    name(alg.getAlgorithm()));
        }
        // Parsed by hand: BouncyCastle's GCMParameters throws an unchecked exception on short ICV lengths.
        byte[] nonce;
        int icvLen = 12; // RFC 5084 DEFAULT
        try {
            org.bouncycastle.asn1.ASN1Sequence seq = org.bouncycastle.asn1.ASN1Sequence.getInstance(alg.getParameters());
            if (seq == null || seq.size() < 1 || seq.size() > 2) {
                throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, "GCMParameters");
            }
            nonce = org.bouncycastle.asn1.ASN1OctetString.getInstance(seq.getObjectAt(0)).getOctets();
            if (seq.size() == 2) {
                icvLen = org.bouncycastle.asn1.ASN1Integer.getInstance(seq.getObjectAt(1)).intValueExact();
            }
        } catch (RuntimeException e) {
            throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, "GCMParameters", e);
        }
        if (icvLen < 16) {
            throw new EnvelopeException(EnvelopeException.Reason.SHORT_TAG, "ICVlen " + icvLen);
        }
        if (icvLen != 16 || nonce.length != 12) {
            throw new EnvelopeException(EnvelopeException.Reason.MALFORMED,
                    "GCM nonce " + nonce.length + " bytes, ICVlen " + icvLen);
        }
        GCMParameters params = new GCMParameters(nonce, icvLen);
        return params;
    }

    static int tagLength(AlgorithmIdentifier alg) {
        if (alg == null || !NAMES.getOrDefault(alg.getAlgorithm(), "").endsWith("-GCM")) {
            return 0;
        }
        try {
            org.bouncycastle.asn1.ASN1Sequence seq = org.bouncycastle.asn1.ASN1Sequence.getInstance(alg.getParameters());
            return seq.size() == 2 ? org.bouncycastle.asn1.ASN1Integer.getInstance(seq.getObjectAt(1)).intValueExact()
                    : 12;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    static String oaepName(AlgorithmIdentifier alg) {
        try {
            RSAESOAEPparams p = RSAESOAEPparams.getInstance(alg.getParameters());
            AlgorithmIdentifier mgfHash = AlgorithmIdentifier.getInstance(p.getMaskGenAlgorithm().getParameters());
            return "RSAES-OAEP(" + name(p.getHashAlgorithm().getAlgorithm()) + ", MGF1-"
                    + name(mgfHash.getAlgorithm()) + ")";
        } catch (RuntimeException e) {
            return "RSAES-OAEP(?)";
        }
    }

    /** Checks RSAES-OAEP parameters: SHA-1/2 hash, MGF1 with a SHA-1/2 hash, empty label. */
    static void checkOaep(AlgorithmIdentifier alg) throws EnvelopeException {
        if (!PKCSObjectIdentifiers.id_RSAES_OAEP.equals(alg.getAlgorithm())) {
            throw new EnvelopeException(EnvelopeException.Reason.KEY_ENCRYPTION_NOT_ALLOWED,
                    name(alg.getAlgorithm()));
        }
        try {
            RSAESOAEPparams p = RSAESOAEPparams.getInstance(alg.getParameters());
            AlgorithmIdentifier mgf = p.getMaskGenAlgorithm();
            AlgorithmIdentifier mgfHash = AlgorithmIdentifier.getInstance(mgf.getParameters());
            byte[] label = org.bouncycastle.asn1.ASN1OctetString.getInstance(p.getPSourceAlgorithm().getParameters())
                    .getOctets();
            if (OAEP_HASHES.contains(p.getHashAlgorithm().getAlgorithm())
                    && PKCSObjectIdentifiers.id_mgf1.equals(mgf.getAlgorithm())
                    && OAEP_HASHES.contains(mgfHash.getAlgorithm())
                    && PKCSObjectIdentifiers.id_pSpecified.equals(p.getPSourceAlgorithm().getAlgorithm())
                    && label.length == 0) {
                return;
            }
        } catch (RuntimeException e) {
            throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, "RSAES-OAEP-params", e);
        }
        throw new EnvelopeException(EnvelopeException.Reason.KEY_ENCRYPTION_NOT_ALLOWED, oaepName(alg));
    }

    static String kekIdText(byte[] id) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(id)).toString();
            if (s.chars().noneMatch(Character::isISOControl)) {
                return s;
            }
        } catch (CharacterCodingException e) {
            // fall through to hex
        }
        return "hex:" + Hex.toHexString(id);
    }

    static String serialText(BigInteger serial) {
        return serial.toString(16);
    }

}
