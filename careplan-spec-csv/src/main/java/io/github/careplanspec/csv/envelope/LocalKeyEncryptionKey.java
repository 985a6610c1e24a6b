package io.github.careplanspec.csv.envelope;

import io.github.careplanspec.model.catalog.InvalidValueException;
import io.github.careplanspec.model.issue.IssueId;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Objects;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESWrapEngine;
import org.bouncycastle.crypto.params.KeyParameter;

/** An in-memory AES-256 KEK using RFC 3394 key wrap. */
final class LocalKeyEncryptionKey implements KeyEncryptionKey {

    private final String keyId;
    private final byte[] key;

    LocalKeyEncryptionKey(String keyId, byte[] key) {
        this.keyId = checkKeyId(keyId);
        Objects.requireNonNull(key, "key");
        if (key.length != 32) {
            throw new InvalidValueException(IssueId.of("envelope.kek.length"), key.length);
        }
        this.key = key.clone();
    }

    static String checkKeyId(String keyId) {
        Objects.requireNonNull(keyId, "keyId");
        if (keyId.isEmpty() || keyId.length() > 128) {
            throw new InvalidValueException(IssueId.of("envelope.kek.id"));
        }
        return keyId;
    }

    @Override
    public String keyId() {
        return keyId;
    }

    @Override
    public byte[] wrap(byte[] contentKey) throws GeneralSecurityException {
        AESWrapEngine engine = new AESWrapEngine();
        engine.init(true, new KeyParameter(key));
        return engine.wrap(contentKey, 0, contentKey.length);
    }

    @Override
    public byte[] unwrap(byte[] wrappedKey) throws GeneralSecurityException {
        AESWrapEngine engine = new AESWrapEngine();
        engine.init(false, new KeyParameter(key));
        try {
            return engine.unwrap(wrappedKey, 0, wrappedKey.length);
        } catch (InvalidCipherTextException | RuntimeException e) {
            throw new GeneralSecurityException("AES key unwrap failed", e);
        }
    }

    @Override
    public String toString() {
        return "KeyEncryptionKey[" + keyId + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalKeyEncryptionKey other && keyId.equals(other.keyId)
                && java.security.MessageDigest.isEqual(key, other.key);
    }

    @Override
    public int hashCode() {
        return keyId.hashCode();
    }

    void destroyForTest() {
        Arrays.fill(key, (byte) 0);
    }
}
