package io.github.careplanspec.csv.envelope;

import java.security.GeneralSecurityException;

/**
 * A named symmetric key-encryption key (鍵暗号化鍵, KEK): the seam a KMS implements. The envelope stores the
 * content-encryption key wrapped with AES-256 key wrap (RFC 3394, {@code id-aes256-wrap}) in a CMS
 * {@code KEKRecipientInfo} whose {@code keyIdentifier} is the UTF-8 encoding of {@link #keyId()}.
 *
 * <p>Implementations must be thread-safe, must fail closed (throw, never return partial or unchecked output) and must
 * implement exactly RFC 3394 AES key wrap with a 256-bit key so that {@code openssl cms -secretkey} can open the
 * envelope. {@link #aes256(String, byte[])} is a local implementation for tests and file-held keys.
 */
public interface KeyEncryptionKey {

    /**
     * The key's name, stored in the envelope as the KEK identifier (UTF-8); 1 to 128 characters.
     *
     * @return the key id
     */
    String keyId();

    /**
     * Wraps a content-encryption key with AES-256 key wrap (RFC 3394).
     *
     * @param contentKey the key to wrap (16 or 32 bytes)
     * @return the wrapped key (8 bytes longer)
     * @throws GeneralSecurityException if the key cannot be wrapped
     */
    byte[] wrap(byte[] contentKey) throws GeneralSecurityException;

    /**
     * Unwraps a content-encryption key (RFC 3394 integrity check included).
     *
     * @param wrappedKey the wrapped key
     * @return the content-encryption key
     * @throws GeneralSecurityException if the wrapped key does not verify under this KEK
     */
    byte[] unwrap(byte[] wrappedKey) throws GeneralSecurityException;

    /**
     * A KEK held in memory (for tests and file-held keys). The key bytes are copied.
     *
     * @param keyId the key name (1 to 128 characters)
     * @param key an AES-256 key (32 bytes)
     * @return the KEK
     * @throws IllegalArgumentException if the id or key length is invalid
     */
    static KeyEncryptionKey aes256(String keyId, byte[] key) {
        return new LocalKeyEncryptionKey(keyId, key);
    }
}
