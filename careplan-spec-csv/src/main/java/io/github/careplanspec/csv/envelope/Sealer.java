package io.github.careplanspec.csv.envelope;

import io.github.careplanspec.model.catalog.InvalidValueException;
import io.github.careplanspec.model.issue.IssueId;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.cms.KEKIdentifier;
import org.bouncycastle.asn1.cms.KEKRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAESOAEPparams;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.PasswordRecipient;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JcePasswordRecipientInfoGenerator;
import org.bouncycastle.operator.GenericKey;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.bouncycastle.operator.OutputEncryptor;

import io.github.careplanspec.csv.envelope.EnvelopeException.Reason;

/**
 * Seals content for a fixed set of recipients (暗号化): CMS AuthEnvelopedData (RFC 5083), AES-256-GCM content
 * encryption (RFC 5084, 12-byte random nonce, 16-byte tag), inner content type id-data, no attributes; a fresh
 * content key per envelope, wrapped once per recipient. Output is BER (indefinite length), or PEM ({@code BEGIN CMS})
 * when asked. Immutable and thread-safe; obtain one with {@link Envelope#sealer()}.
 */
public final class Sealer {

    /** Most recipients per envelope (the opener's default limit). */
    public static final int MAX_RECIPIENTS = 16;
    /** Most files per transmission unit. */
    public static final int MAX_UNIT_FILES = 100;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<Recipient> recipients;
    private final boolean pem;

    private Sealer(List<Recipient> recipients, boolean pem) {
        this.recipients = recipients;
        this.pem = pem;
    }

    /**
     * The recipients, in envelope order.
     *
     * @return an unmodifiable list
     */
    public List<Recipient> recipients() {
        return recipients;
    }

    /**
     * Whether output is PEM-armoured.
     *
     * @return {@code true} for PEM
     */
    public boolean pem() {
        return pem;
    }

    /**
     * Seals bytes.
     *
     * @param plaintext the content
     * @return the envelope
     * @throws EnvelopeException if sealing fails
     */
    public byte[] seal(byte[] plaintext) throws EnvelopeException {
        Objects.requireNonNull(plaintext, "plaintext");
        ByteArrayOutputStream out = new ByteArrayOutputStream(plaintext.length + 1024);
        try (OutputStream sealing = sealingStream(out)) {
            sealing.write(plaintext);
        } catch (IOException e) {
            throw new EnvelopeException(Reason.SEAL_REFUSED, e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * Seals a stream into another stream; neither is closed.
     *
     * @param plaintext the content
     * @param envelope where the envelope is written
     * @throws IOException if reading or writing fails
     * @throws EnvelopeException if sealing fails
     */
    public void seal(InputStream plaintext, OutputStream envelope) throws IOException, EnvelopeException {
        try (OutputStream sealing = sealingStream(envelope)) {
            plaintext.transferTo(sealing);
        }
    }

    /**
     * Seals a file. The envelope is written next to {@code target} under a temporary name and moved into place
     * atomically, so {@code target} appears only when complete.
     *
     * @param plaintext the file to seal
     * @param target the envelope file to create (must not exist), conventionally {@code <name>.p7m}
     * @throws IOException if reading or writing fails, or {@code target} exists
     * @throws EnvelopeException if sealing fails
     */
    public void seal(Path plaintext, Path target) throws IOException, EnvelopeException {
        try (InputStream in = Files.newInputStream(plaintext)) {
            Publication.publish(target, out -> {
                try (OutputStream sealing = sealingStream(out)) {
                    in.transferTo(sealing);
                }
            });
        }
    }

    /**
     * Seals a transmission unit (送信単位): all its files in ONE envelope, packaged as a CPUNIT v1 container (see
     * README "Envelope encryption"), so the file list is encrypted too and the unit opens all or nothing.
     *
     * @param files 1 to {@value #MAX_UNIT_FILES} files with distinct names (ignoring case)
     * @return the envelope
     * @throws EnvelopeException if the unit or sealing is refused
     */
    public byte[] sealUnit(List<NamedContent> files) throws EnvelopeException {
        UnitContainer.checkUnit(files, MAX_UNIT_FILES);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 16,
                UnitContainer.length(files) + 1024));
        try (OutputStream sealing = sealingStream(out)) {
            UnitContainer.write(files, sealing);
        } catch (IOException e) {
            throw new EnvelopeException(Reason.SEAL_REFUSED, e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * Seals a transmission unit to a file, published atomically.
     *
     * @param files the unit's files
     * @param target the envelope file to create (must not exist)
     * @throws IOException if writing fails or {@code target} exists
     * @throws EnvelopeException if the unit or sealing is refused
     */
    public void sealUnit(List<NamedContent> files, Path target) throws IOException, EnvelopeException {
        UnitContainer.checkUnit(files, MAX_UNIT_FILES);
        Publication.publish(target, out -> {
            try (OutputStream sealing = sealingStream(out)) {
                UnitContainer.write(files, sealing);
            }
        });
    }

    /**
     * A streaming sealer: write the content, then close the returned stream to finish the envelope (the tag is
     * written on close). {@code sink} is not closed.
     *
     * @param sink where the envelope is written
     * @return the stream to write the content to
     * @throws IOException if writing the header fails
     * @throws EnvelopeException if a recipient cannot be prepared
     */
    public OutputStream sealingStream(OutputStream sink) throws IOException, EnvelopeException {
        Objects.requireNonNull(sink, "sink");
        CMSAuthEnvelopedDataStreamGenerator generator = new CMSAuthEnvelopedDataStreamGenerator();
        generator.setBufferSize(64 * 1024);
        for (Recipient r : recipients) {
            generator.addRecipientInfoGenerator(generatorFor(r));
        }
        try {
            OutputEncryptor encryptor = new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_GCM)
                    .setProvider("SunJCE").build();
            OutputStream target = pem ? Streams.pemArmour(sink) : Streams.noClose(sink);
            OutputStream cms = generator.open(target, (OutputAEADEncryptor) encryptor);
            return new FilterOutputStream(new BufferedOutputStream(cms, 64 * 1024)) {
                private boolean closed;

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    if (!closed) {
                        closed = true;
                        out.close();
                        target.close();
                    }
                }
            };
        } catch (CMSException | RuntimeException e) {
            throw new EnvelopeException(Reason.SEAL_REFUSED, e.getMessage(), e);
        }
    }

    private static RecipientInfoGenerator generatorFor(Recipient r) throws EnvelopeException {
        try {
            switch (r.kind()) {
                case RSA_CERTIFICATE: {
                    AlgorithmIdentifier sha256 = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256,
                            DERNull.INSTANCE);
                    AlgorithmIdentifier oaep = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_RSAES_OAEP,
                            new RSAESOAEPparams(sha256,
                                    new AlgorithmIdentifier(PKCSObjectIdentifiers.id_mgf1, sha256),
                                    RSAESOAEPparams.DEFAULT_P_SOURCE_ALGORITHM));
                    return new JceKeyTransRecipientInfoGenerator(r.certificate(), oaep).setProvider(KeyUnwrapper.BC);
                }
                case EC_CERTIFICATE: {
                    KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC");
                    kpg.initialize(((ECPublicKey) r.certificate().getPublicKey()).getParams(), RANDOM);
                    KeyPair ephemeral = kpg.generateKeyPair();
                    boolean p384 = SECObjectIdentifiers.secp384r1.equals(r.curve());
                    return new JceKeyAgreeRecipientInfoGenerator(
                            p384 ? CMSAlgorithm.ECDH_SHA384KDF : CMSAlgorithm.ECDH_SHA256KDF,
                            ephemeral.getPrivate(), ephemeral.getPublic(), CMSAlgorithm.AES256_WRAP)
                            .setProvider(KeyUnwrapper.BC).addRecipient(r.certificate());
                }
                case KEK:
                    return new KekGenerator(r.kekKey());
                case PASSWORD: {
                    byte[] salt = new byte[16];
                    RANDOM.nextBytes(salt);
                    // The generator keeps a reference to this copy; it is dropped with the generator.
                    JcePasswordRecipientInfoGenerator g = new JcePasswordRecipientInfoGenerator(
                            CMSAlgorithm.AES256_CBC, r.passwordCopy());
                    g.setProvider(KeyUnwrapper.BC);
                    g.setPRF(PasswordRecipient.PRF.HMacSHA256);
                    g.setSaltAndIterationCount(salt, r.iterations());
                    return g;
                }
                default:
                    throw new IllegalStateException(r.kind().name());
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new EnvelopeException(Reason.SEAL_REFUSED, r + ": " + e.getMessage(), e);
        }
    }

    /** KEKRecipientInfo through the {@link KeyEncryptionKey} seam (AES-256 key wrap, RFC 3394). */
    private static final class KekGenerator implements RecipientInfoGenerator {
        private final KeyEncryptionKey kek;

        KekGenerator(KeyEncryptionKey kek) {
            this.kek = kek;
        }

        @Override
        public RecipientInfo generate(GenericKey contentKey) throws CMSException {
            Object representation = contentKey.getRepresentation();
            byte[] cek = representation instanceof Key key ? key.getEncoded()
                    : representation instanceof byte[] bytes ? bytes.clone() : null;
            if (cek == null) {
                throw new CMSException("content key not extractable");
            }
            try {
                byte[] wrapped = kek.wrap(cek);
                KEKIdentifier id = new KEKIdentifier(kek.keyId().getBytes(StandardCharsets.UTF_8), null, null);
                return new RecipientInfo(new KEKRecipientInfo(id,
                        new AlgorithmIdentifier(NISTObjectIdentifiers.id_aes256_wrap), new DEROctetString(wrapped)));
            } catch (GeneralSecurityException | RuntimeException e) {
                throw new CMSException("KEK " + kek.keyId() + " could not wrap the content key", e);
            } finally {
                Arrays.fill(cek, (byte) 0);
            }
        }
    }

    /**
     * An immutable builder of {@link Sealer}: every method returns a new builder, so a partly configured builder can
     * be shared between threads.
     */
    public static final class Builder {
        private final List<Recipient> recipients;
        private final boolean pem;

        Builder(List<Recipient> recipients, boolean pem) {
            this.recipients = List.copyOf(recipients);
            this.pem = pem;
        }

        /**
         * Adds a recipient.
         *
         * @param recipient the recipient
         * @return a new builder
         */
        public Builder recipient(Recipient recipient) {
            Objects.requireNonNull(recipient, "recipient");
            List<Recipient> list = new ArrayList<>(recipients);
            list.add(recipient);
            return new Builder(list, pem);
        }

        /**
         * Chooses PEM output ({@code -----BEGIN CMS-----}, what {@code openssl cms -outform PEM} reads) instead of
         * binary BER/DER.
         *
         * @param pem {@code true} for PEM
         * @return a new builder
         */
        public Builder pem(boolean pem) {
            return new Builder(recipients, pem);
        }

        /**
         * Builds the sealer.
         *
         * @return the sealer
         * @throws IllegalArgumentException if there is no recipient, more than {@value #MAX_RECIPIENTS}, a password
         *     next to other recipients, or two KEKs with the same id
         */
        public Sealer build() {
            if (recipients.isEmpty() || recipients.size() > MAX_RECIPIENTS) {
                throw new InvalidValueException(IssueId.of("envelope.seal.recipients"), MAX_RECIPIENTS,
                        recipients.size());
            }
            boolean password = recipients.stream().anyMatch(r -> r.kind() == Recipient.Kind.PASSWORD);
            if (password && recipients.size() > 1) {
                throw new InvalidValueException(EnvelopeException.Reason.PASSWORD_NOT_SOLE_RECIPIENT);
            }
            Set<String> kekIds = new HashSet<>();
            for (Recipient r : recipients) {
                if (r.kind() == Recipient.Kind.KEK && !kekIds.add(r.kekKey().keyId())) {
                    throw new InvalidValueException(IssueId.of("envelope.seal.duplicateKek"), r.kekKey().keyId());
                }
            }
            return new Sealer(recipients, pem);
        }
    }

    static Builder builder() {
        return new Builder(List.of(), false);
    }
}
