package io.github.careplanspec.csv.envelope;

import io.github.careplanspec.csv.archive.BoundedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.KEKRecipientInfo;
import org.bouncycastle.asn1.cms.KeyAgreeRecipientIdentifier;
import org.bouncycastle.asn1.cms.KeyAgreeRecipientInfo;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.cms.PasswordRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientEncryptedKey;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.util.encoders.Hex;

import io.github.careplanspec.csv.envelope.EnvelopeException.Reason;

/**
 * Envelope encryption of interface files and transmission units (封筒暗号化): the entry points.
 *
 * <p>Profile ("careplan-spec envelope v1"): CMS AuthEnvelopedData (RFC 5083) with AES-256-GCM (RFC 5084; 12-byte
 * nonce, 16-byte tag), inner content type id-data, no authenticated or unauthenticated attributes (OpenSSL 3.0
 * cannot parse them); recipients RSA-OAEP-SHA256, ECDH P-256/P-384 with AES-256 key wrap, AES-256 key-wrapped named
 * KEKs, or a sole password (PBKDF2-HMAC-SHA256). What this library seals opens with {@code openssl cms -decrypt
 * -binary}, and what {@code openssl cms -encrypt -binary -aes-256-gcm} seals with OAEP, ECDH or a KEK opens here.
 *
 * <pre>{@code
 * byte[] sealed = Envelope.sealer()
 *         .recipient(Recipient.certificate(officeA))
 *         .recipient(Recipient.kek(escrowKek))
 *         .build()
 *         .sealUnit(files);
 * List<NamedContent> opened = Envelope.opener().identity(officeA, officeAKey).build().openUnit(sealed);
 * }</pre>
 */
public final class Envelope {

    private static final int INSPECT_MAX_RECIPIENTS = 1000;

    private Envelope() {
    }

    /**
     * A new, empty sealer builder (immutable: each call returns a new builder).
     *
     * @return the builder
     */
    public static Sealer.Builder sealer() {
        return Sealer.builder();
    }

    /**
     * A new opener builder with the {@linkplain DecryptPolicy#strict() strict} policy.
     *
     * @return the builder
     */
    public static Opener.Builder opener() {
        return Opener.builder();
    }

    /**
     * Describes an envelope's recipients and algorithms without using any key (nothing here is authenticated).
     *
     * @param envelope the envelope (DER, BER or PEM)
     * @return the description
     * @throws EnvelopeException if the envelope is not a parseable CMS enveloped message
     */
    public static EnvelopeInfo inspect(byte[] envelope) throws EnvelopeException {
        try {
            return inspect(new ByteArrayInputStream(envelope));
        } catch (IOException e) {
            throw new EnvelopeException(Reason.MALFORMED, e.getMessage(), e);
        }
    }

    /**
     * Describes an envelope file (only its header is read).
     *
     * @param envelope the envelope file
     * @return the description
     * @throws IOException if the file cannot be read
     * @throws EnvelopeException if the envelope is not a parseable CMS enveloped message
     */
    public static EnvelopeInfo inspect(Path envelope) throws IOException, EnvelopeException {
        try (InputStream in = Files.newInputStream(envelope)) {
            return inspect(in);
        }
    }

    /**
     * Describes an envelope read from a stream (only its header is read; the stream is not closed).
     *
     * @param envelope the envelope stream
     * @return the description
     * @throws IOException if the stream cannot be read
     * @throws EnvelopeException if the envelope is not a parseable CMS enveloped message
     */
    public static EnvelopeInfo inspect(InputStream envelope) throws IOException, EnvelopeException {
        Objects.requireNonNull(envelope, "envelope");
        DecryptPolicy policy = DecryptPolicy.strict();
        EnvelopeHeader header;
        try {
            BoundedInputStream raw = Streams.limited(envelope, 4L * policy.maxHeaderBytes(), "raw header");
            BoundedInputStream der = Streams.limited(Streams.derOrPem(raw), policy.maxHeaderBytes(), "header");
            header = EnvelopeHeader.read(der, policy.maxHeaderBytes(), INSPECT_MAX_RECIPIENTS);
        } catch (Streams.SourceFailure e) {
            throw (IOException) e.getCause();
        } catch (BoundedInputStream.Exceeded e) {
            throw new EnvelopeException(Reason.TOO_LARGE, e.getMessage());
        } catch (java.io.EOFException e) {
            throw new EnvelopeException(Reason.TRUNCATED, e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new EnvelopeException(Reason.MALFORMED, e.getMessage(), e);
        }
        if (header.recipientsOverLimit) {
            throw new EnvelopeException(Reason.TOO_MANY_RECIPIENTS, "more than " + INSPECT_MAX_RECIPIENTS);
        }
        if (header.innerType == null) {
            throw new EnvelopeException(Reason.MALFORMED, "not an enveloped message: " + Profile.name(header.outerType));
        }
        List<EnvelopeInfo.RecipientSummary> recipients = new ArrayList<>();
        try {
            for (RecipientInfo info : header.recipients) {
                recipients.add(summary(info));
            }
        } catch (RuntimeException e) {
            throw new EnvelopeException(Reason.MALFORMED, e.getMessage(), e);
        }
        return new EnvelopeInfo(Profile.name(header.outerType), Profile.name(header.innerType),
                Profile.name(header.contentAlgorithm.getAlgorithm()), Profile.tagLength(header.contentAlgorithm),
                recipients);
    }

    private static EnvelopeInfo.RecipientSummary summary(RecipientInfo info) {
        ASN1Encodable value = info.getInfo();
        if (value instanceof KeyTransRecipientInfo ktri) {
            AlgorithmIdentifier alg = ktri.getKeyEncryptionAlgorithm();
            String name = PKCSObjectIdentifiers.id_RSAES_OAEP.equals(alg.getAlgorithm()) ? Profile.oaepName(alg)
                    : Profile.name(alg.getAlgorithm());
            ASN1Encodable id = ktri.getRecipientIdentifier().getId();
            String identifier = id instanceof ASN1OctetString ski ? "ski=" + Hex.toHexString(ski.getOctets())
                    : issuerSerial(IssuerAndSerialNumber.getInstance(id));
            return new EnvelopeInfo.RecipientSummary("ktri", name, identifier);
        }
        if (value instanceof KeyAgreeRecipientInfo kari) {
            AlgorithmIdentifier alg = kari.getKeyEncryptionAlgorithm();
            AlgorithmIdentifier wrap = AlgorithmIdentifier.getInstance(alg.getParameters());
            StringBuilder ids = new StringBuilder();
            for (ASN1Encodable e : kari.getRecipientEncryptedKeys()) {
                KeyAgreeRecipientIdentifier rid = RecipientEncryptedKey.getInstance(e).getIdentifier();
                if (ids.length() > 0) {
                    ids.append("; ");
                }
                ids.append(rid.getIssuerAndSerialNumber() != null ? issuerSerial(rid.getIssuerAndSerialNumber())
                        : "ski=" + Hex.toHexString(rid.getRKeyID().getSubjectKeyIdentifier().getOctets()));
            }
            return new EnvelopeInfo.RecipientSummary("kari", Profile.name(alg.getAlgorithm()) + "/"
                    + (wrap == null ? "?" : Profile.name(wrap.getAlgorithm())), ids.toString());
        }
        if (value instanceof KEKRecipientInfo kekri) {
            return new EnvelopeInfo.RecipientSummary("kekri",
                    Profile.name(kekri.getKeyEncryptionAlgorithm().getAlgorithm()),
                    Profile.kekIdText(kekri.getKekid().getKeyIdentifier().getOctets()));
        }
        if (value instanceof PasswordRecipientInfo pwri) {
            AlgorithmIdentifier kdf = pwri.getKeyDerivationAlgorithm();
            String derivation = "?";
            if (kdf != null && PKCSObjectIdentifiers.id_PBKDF2.equals(kdf.getAlgorithm())) {
                PBKDF2Params p = PBKDF2Params.getInstance(kdf.getParameters());
                derivation = "PBKDF2(" + Profile.name(p.getPrf().getAlgorithm()) + ", " + p.getIterationCount() + ")";
            }
            AlgorithmIdentifier kek = pwri.getKeyEncryptionAlgorithm();
            String inner = "";
            if (PKCSObjectIdentifiers.id_alg_PWRI_KEK.equals(kek.getAlgorithm())) {
                inner = "(" + Profile.name(AlgorithmIdentifier.getInstance(kek.getParameters()).getAlgorithm()) + ")";
            }
            return new EnvelopeInfo.RecipientSummary("pwri", derivation + "/" + Profile.name(kek.getAlgorithm())
                    + inner, "");
        }
        return new EnvelopeInfo.RecipientSummary("ori", "?", "");
    }

    private static String issuerSerial(IssuerAndSerialNumber ias) {
        return "issuer=" + ias.getName() + ", serial=" + Profile.serialText(ias.getSerialNumber().getValue());
    }
}
