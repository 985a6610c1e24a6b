package io.github.careplanspec.csv.envelope;

import io.github.careplanspec.csv.archive.BoundedInputStream;
import io.github.careplanspec.model.catalog.InvalidValueException;
import io.github.careplanspec.model.issue.IssueId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.cms.PasswordRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

import io.github.careplanspec.csv.envelope.EnvelopeException.Reason;
import io.github.careplanspec.csv.envelope.KeyUnwrapper.CertIdentity;
import io.github.careplanspec.csv.envelope.KeyUnwrapper.Identity;
import io.github.careplanspec.csv.envelope.KeyUnwrapper.KekIdentity;
import io.github.careplanspec.csv.envelope.KeyUnwrapper.PasswordIdentity;

/**
 * Opens envelopes with the keys it was given (復号・検証), verifying before release: GCM's tag comes last in CMS,
 * so {@link #open(Path, Path)} decrypts into a private quarantine file and publishes it (atomic move) only after the
 * tag verified, and {@link #open(byte[])} verifies before returning. {@link #openUnverifiedStream(InputStream)} is
 * the only method that releases plaintext before verification, and says so. Immutable and thread-safe; obtain one
 * with {@link Envelope#opener()}.
 *
 * <p>Accepts AuthEnvelopedData in BER, DER or PEM ({@code BEGIN CMS} / {@code BEGIN PKCS7}); refuses everything the
 * {@link DecryptPolicy} refuses, each with its own {@link EnvelopeException.Reason}.
 */
public final class Opener {

    private static final int CHUNK = 64 * 1024;

    private final List<Identity> identities;
    private final DecryptPolicy policy;

    private Opener(List<Identity> identities, DecryptPolicy policy) {
        this.identities = identities;
        this.policy = policy;
    }

    /**
     * The policy applied.
     *
     * @return the policy
     */
    public DecryptPolicy policy() {
        return policy;
    }

    /**
     * Opens an envelope held in memory; the tag is verified before anything is returned.
     *
     * @param envelope the envelope (at most {@link DecryptPolicy#maxInMemoryBytes()})
     * @return the content
     * @throws EnvelopeException if the envelope is refused
     */
    public byte[] open(byte[] envelope) throws EnvelopeException {
        Objects.requireNonNull(envelope, "envelope");
        if (envelope.length > policy.maxInMemoryBytes()) {
            throw new EnvelopeException(Reason.TOO_LARGE, envelope.length + " bytes");
        }
        try {
            return openInMemory(new ByteArrayInputStream(envelope), policy.maxInMemoryBytes());
        } catch (IOException e) {
            throw new EnvelopeException(Reason.MALFORMED, e.getMessage(), e);
        }
    }

    /**
     * Opens an envelope file into {@code target}: decrypts into a quarantine file beside it and publishes (atomic
     * move) only after the tag verified; on any failure nothing is left behind.
     *
     * @param envelope the envelope file
     * @param target the content file to create (must not exist)
     * @throws IOException if reading or writing fails, or {@code target} exists
     * @throws EnvelopeException if the envelope is refused
     */
    public void open(Path envelope, Path target) throws IOException, EnvelopeException {
        try (InputStream in = Files.newInputStream(envelope)) {
            open(in, target);
        }
    }

    /**
     * Opens an envelope stream into {@code target} with quarantine publication (see {@link #open(Path, Path)}). The
     * stream is read to its end but not closed.
     *
     * @param envelope the envelope
     * @param target the content file to create (must not exist)
     * @throws IOException if reading or writing fails, or {@code target} exists
     * @throws EnvelopeException if the envelope is refused
     */
    public void open(InputStream envelope, Path target) throws IOException, EnvelopeException {
        Objects.requireNonNull(envelope, "envelope");
        Publication.publish(target, out -> decryptVerified(envelope, out));
    }

    /**
     * Opens a sealed transmission unit held in memory; all files or none.
     *
     * @param envelope the envelope
     * @return the unit's files, in the order they were sealed
     * @throws EnvelopeException if the envelope or the unit container is refused
     */
    public List<NamedContent> openUnit(byte[] envelope) throws EnvelopeException {
        byte[] container = open(envelope);
        List<NamedContent> files = new ArrayList<>();
        try {
            UnitContainer.read(new ByteArrayInputStream(container), container.length, policy.maxUnitFiles(),
                    (name, size) -> new ByteArrayOutputStream((int) size) {
                        @Override
                        public void close() {
                            files.add(new NamedContent(name, toByteArray()));
                        }
                    });
        } catch (IOException e) {
            throw new EnvelopeException(Reason.UNIT_MALFORMED, e.getMessage(), e);
        } finally {
            Arrays.fill(container, (byte) 0);
        }
        return List.copyOf(files);
    }

    /**
     * Opens a sealed transmission unit into a new directory, atomically: the files are decrypted and verified in a
     * private staging directory beside {@code targetDirectory}, which is renamed to {@code targetDirectory} only when
     * every file is in place. On any failure nothing is left behind.
     *
     * @param envelope the envelope file
     * @param targetDirectory the directory to create (must not exist)
     * @return the files created, in the order they were sealed
     * @throws IOException if reading or writing fails, or the directory exists
     * @throws EnvelopeException if the envelope or the unit container is refused
     */
    public List<Path> openUnit(Path envelope, Path targetDirectory) throws IOException, EnvelopeException {
        Path staging = Publication.stagingDirectory(targetDirectory);
        boolean published = false;
        try {
            Path payload = staging.resolve(".payload.part");
            Files.createFile(payload);
            try (InputStream in = Files.newInputStream(envelope)) {
                Publication.writeTo(payload, out -> decryptVerified(in, out));
            }
            List<String> names = new ArrayList<>();
            try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(payload), CHUNK)) {
                UnitContainer.read(in, Files.size(payload), policy.maxUnitFiles(), (name, size) -> {
                    Path file = staging.resolve(name);
                    if (!staging.equals(file.getParent())) {
                        throw new Streams.BadFormat("file name escapes the unit directory");
                    }
                    names.add(name);
                    return new java.io.BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE), CHUNK);
                });
            }
            Files.delete(payload);
            Publication.publishDirectory(staging, targetDirectory);
            published = true;
            List<Path> created = new ArrayList<>();
            for (String name : names) {
                created.add(targetDirectory.resolve(name));
            }
            return List.copyOf(created);
        } finally {
            if (!published) {
                Publication.deleteTree(staging);
            }
        }
    }

    /**
     * UNVERIFIED streaming open, for experts: returns the plaintext as it is decrypted, BEFORE the GCM tag has been
     * checked. Only at the end of the stream is the tag verified; on failure {@code read} throws an
     * {@link IOException} whose cause is an {@link EnvelopeException} ({@link Reason#AUTHENTICATION_FAILED} and
     * others), after tampered bytes have already been handed out. Use {@link #open(Path, Path)} unless the consumer
     * can roll back.
     *
     * @param envelope the envelope
     * @return the unverified plaintext stream
     * @throws IOException if reading fails
     * @throws EnvelopeException if the header is refused
     */
    public InputStream openUnverifiedStream(InputStream envelope) throws IOException, EnvelopeException {
        Objects.requireNonNull(envelope, "envelope");
        Prepared prepared = prepare(envelope, policy.maxEnvelopeBytes());
        return new GcmStream(prepared);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** A parsed header with an unwrapped content key, positioned on the encrypted content. */
    private static final class Prepared {
        final EnvelopeHeader header;
        final BoundedInputStream limited;
        final byte[] cek;
        final byte[] nonce;
        final InputStream content;

        Prepared(EnvelopeHeader header, BoundedInputStream limited, byte[] cek, byte[] nonce, InputStream content) {
            this.header = header;
            this.limited = limited;
            this.cek = cek;
            this.nonce = nonce;
            this.content = content;
        }
    }

    private Prepared prepare(InputStream source, long maxBytes) throws IOException, EnvelopeException {
        BoundedInputStream raw = Streams.limited(source, 2 * maxBytes + policy.maxHeaderBytes(), "raw envelope");
        byte[] cek = null;
        try {
            InputStream der = Streams.derOrPem(raw);
            BoundedInputStream limited = Streams.limited(der, policy.maxHeaderBytes(), "envelope header");
            EnvelopeHeader header = EnvelopeHeader.read(limited, (int) Math.min(Integer.MAX_VALUE, maxBytes),
                    policy.maxRecipients());
            checkHeader(header);
            GCMParameters gcm = Profile.gcmParameters(header.contentAlgorithm);
            int cekLength = Profile.GCM_KEY_BYTES.get(header.contentAlgorithm.getAlgorithm());
            cek = KeyUnwrapper.unwrap(header.recipients, header.contentAlgorithm, cekLength, identities, policy);
            limited.limit(maxBytes, "envelope");
            InputStream content = header.openContent();
            Prepared prepared = new Prepared(header, limited, cek, gcm.getNonce(), content);
            cek = null;
            return prepared;
        } catch (IOException | RuntimeException e) {
            throw translate(e);
        } finally {
            if (cek != null) {
                Arrays.fill(cek, (byte) 0);
            }
        }
    }

    private static void checkHeader(EnvelopeHeader header) throws EnvelopeException {
        if (header.outerType.equals(CMSObjectIdentifiers.envelopedData)) {
            throw new EnvelopeException(Reason.UNAUTHENTICATED_CONTENT, "EnvelopedData");
        }
        if (!header.outerType.equals(CMSObjectIdentifiers.authEnvelopedData)) {
            throw new EnvelopeException(header.outerType.equals(CMSObjectIdentifiers.authenticatedData)
                    || header.outerType.equals(CMSObjectIdentifiers.signedData) ? Reason.UNSUPPORTED_STRUCTURE
                    : Reason.MALFORMED, "content type " + Profile.name(header.outerType));
        }
        if (header.recipientsOverLimit) {
            throw new EnvelopeException(Reason.TOO_MANY_RECIPIENTS, "more than the policy allows");
        }
        boolean password = false;
        for (RecipientInfo info : header.recipients) {
            password |= info.getInfo() instanceof PasswordRecipientInfo;
        }
        if (password && header.recipients.size() > 1) {
            throw new EnvelopeException(Reason.PASSWORD_NOT_SOLE_RECIPIENT, null);
        }
        if (!CMSObjectIdentifiers.data.equals(header.innerType)) {
            throw new EnvelopeException(Reason.UNSUPPORTED_STRUCTURE, "inner content type "
                    + Profile.name(header.innerType));
        }
    }

    /** In-memory path: SunJCE GCM, which verifies the tag before returning any plaintext. */
    private byte[] openInMemory(InputStream source, int maxBytes) throws IOException, EnvelopeException {
        Prepared p = prepare(source, maxBytes);
        byte[] ciphertext = null;
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            p.content.transferTo(buffer);
            byte[] mac = p.header.readTrailer();
            if (mac.length != 16) {
                throw new EnvelopeException(Reason.SHORT_TAG, "mac " + mac.length + " bytes");
            }
            buffer.write(mac);
            ciphertext = buffer.toByteArray();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(p.cek, "AES"), new GCMParameterSpec(128, p.nonce));
            return cipher.doFinal(ciphertext);
        } catch (AEADBadTagException e) {
            throw new EnvelopeException(Reason.AUTHENTICATION_FAILED, null);
        } catch (GeneralSecurityException e) {
            throw new EnvelopeException(Reason.MALFORMED, e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw translate(e);
        } finally {
            Arrays.fill(p.cek, (byte) 0);
            if (ciphertext != null) {
                Arrays.fill(ciphertext, (byte) 0);
            }
        }
    }

    /** Streaming path into a quarantine target: the caller publishes only if this returns normally. */
    private void decryptVerified(InputStream source, OutputStream out) throws IOException, EnvelopeException {
        Prepared p = prepare(source, policy.maxEnvelopeBytes());
        try (GcmStream plain = new GcmStream(p)) {
            byte[] buf = new byte[CHUNK];
            int n;
            while ((n = plain.read(buf)) >= 0) {
                out.write(buf, 0, n);
            }
        } catch (EnvelopeIOException e) {
            throw e.envelope;
        } catch (IOException | RuntimeException e) {
            throw translate(e);
        }
    }

    /** Maps an exception from parsing or decrypting to our types; failures of the caller's I/O stay IOExceptions. */
    private static IOException translateIo(Streams.SourceFailure e) {
        return (IOException) e.getCause();
    }

    private static EnvelopeException translateFormat(Exception e) {
        if (e instanceof BoundedInputStream.Exceeded) {
            return new EnvelopeException(Reason.TOO_LARGE, e.getMessage());
        }
        if (e instanceof EOFException) {
            return new EnvelopeException(Reason.TRUNCATED, e.getMessage());
        }
        return new EnvelopeException(Reason.MALFORMED, e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    private static EnvelopeException translate(Exception e) throws IOException {
        if (e instanceof EnvelopeIOException eio) {
            return eio.envelope;
        }
        if (e instanceof Streams.SourceFailure sf) {
            throw translateIo(sf);
        }
        Throwable cause = e.getCause();
        if (e instanceof IOException && cause instanceof Streams.SourceFailure sf) {
            throw translateIo(sf);
        }
        if (e instanceof IOException && cause instanceof BoundedInputStream.Exceeded le) {
            return translateFormat(le);
        }
        if (e instanceof RuntimeException && cause instanceof IOException io) {
            return translate(io);
        }
        return translateFormat(e);
    }

    /** An {@link EnvelopeException} carried through {@link InputStream#read}. */
    static final class EnvelopeIOException extends IOException {
        private static final long serialVersionUID = 1L;
        final EnvelopeException envelope;

        EnvelopeIOException(EnvelopeException envelope) {
            super(envelope.getMessage(), envelope);
            this.envelope = envelope;
        }
    }

    /** BouncyCastle's streaming GCM: plaintext is released before the tag is verified at the end. */
    private static final class GcmStream extends InputStream {
        private final Prepared prepared;
        private final GCMModeCipher gcm;
        private final byte[] in = new byte[CHUNK];
        private byte[] out = new byte[CHUNK + 32];
        private int pos;
        private int len;
        private boolean finished;

        GcmStream(Prepared prepared) {
            this.prepared = prepared;
            this.gcm = GCMBlockCipher.newInstance(AESEngine.newInstance());
            gcm.init(false, new AEADParameters(new KeyParameter(prepared.cek), 128, prepared.nonce));
            Arrays.fill(prepared.cek, (byte) 0);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int length) throws IOException {
            while (pos == len) {
                if (finished) {
                    return -1;
                }
                fill();
            }
            int n = Math.min(length, len - pos);
            System.arraycopy(out, pos, b, off, n);
            pos += n;
            return n;
        }

        private void fill() throws IOException {
            pos = 0;
            len = 0;
            try {
                int n = prepared.content.read(in);
                if (n > 0) {
                    ensure(gcm.getUpdateOutputSize(n));
                    len = gcm.processBytes(in, 0, n, out, 0);
                    return;
                }
                if (n == 0) {
                    return;
                }
                byte[] mac = prepared.header.readTrailer();
                if (mac.length != 16) {
                    throw new EnvelopeException(Reason.SHORT_TAG, "mac " + mac.length + " bytes");
                }
                ensure(gcm.getOutputSize(mac.length));
                len = gcm.processBytes(mac, 0, mac.length, out, 0);
                len += gcm.doFinal(out, len);
                finished = true;
            } catch (InvalidCipherTextException e) {
                finished = true;
                len = 0;
                throw new EnvelopeIOException(new EnvelopeException(Reason.AUTHENTICATION_FAILED, null));
            } catch (EnvelopeException e) {
                finished = true;
                throw new EnvelopeIOException(e);
            } catch (EnvelopeIOException | Streams.SourceFailure e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                finished = true;
                throw new EnvelopeIOException(translate(e));
            }
        }

        private void ensure(int size) {
            if (out.length < size) {
                out = new byte[size];
            }
        }
    }

    /**
     * An immutable builder of {@link Opener}: every method returns a new builder.
     */
    public static final class Builder {
        private final List<Identity> identities;
        private final DecryptPolicy policy;

        Builder(List<Identity> identities, DecryptPolicy policy) {
            this.identities = List.copyOf(identities);
            this.policy = policy;
        }

        private Builder with(Identity identity) {
            List<Identity> list = new ArrayList<>(identities);
            list.add(identity);
            return new Builder(list, policy);
        }

        /**
         * Adds a certificate identity: the recipient certificate (to find our RecipientInfo by issuer and serial
         * number or subject key identifier) and its RSA or EC private key.
         *
         * @param certificate the certificate
         * @param key the matching private key
         * @return a new builder
         */
        public Builder identity(X509Certificate certificate, PrivateKey key) {
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(key, "key");
            if (!(key instanceof RSAKey) && !(key instanceof ECKey)) {
                throw new InvalidValueException(IssueId.of("envelope.opener.keyType"));
            }
            return with(new CertIdentity(certificate, key));
        }

        /**
         * Adds a named key-encryption key.
         *
         * @param kek the KEK
         * @return a new builder
         */
        public Builder kek(KeyEncryptionKey kek) {
            Objects.requireNonNull(kek, "kek");
            LocalKeyEncryptionKey.checkKeyId(kek.keyId());
            return with(new KekIdentity(kek));
        }

        /**
         * Adds a password (copied).
         *
         * @param password the password
         * @return a new builder
         */
        public Builder password(char[] password) {
            Objects.requireNonNull(password, "password");
            return with(new PasswordIdentity(password.clone()));
        }

        /**
         * Sets the policy (default {@link DecryptPolicy#strict()}).
         *
         * @param policy the policy
         * @return a new builder
         */
        public Builder policy(DecryptPolicy policy) {
            return new Builder(identities, Objects.requireNonNull(policy, "policy"));
        }

        /**
         * Builds the opener.
         *
         * @return the opener
         * @throws IllegalStateException if no identity was given
         */
        public Opener build() {
            if (identities.isEmpty()) {
                throw new IllegalStateException("no key given to the opener");
            }
            return new Opener(identities, policy);
        }
    }

    static Builder builder() {
        return new Builder(List.of(), DecryptPolicy.strict());
    }
}
