package io.github.careplanspec.csv.envelope;

import java.util.List;
import java.util.Objects;

/**
 * What an envelope says about itself, read without any key (封筒の受信者とアルゴリズム). Produced by
 * {@link Envelope#inspect(byte[])}; nothing here is authenticated, and inspection applies no algorithm policy.
 *
 * @param contentType the outer CMS content type, e.g. {@code AuthEnvelopedData} or {@code EnvelopedData} (or an OID)
 * @param innerContentType the inner content type, e.g. {@code data} (or an OID)
 * @param contentAlgorithm the content-encryption algorithm, e.g. {@code AES-256-GCM} (or an OID)
 * @param tagLength the declared GCM tag length in bytes, or 0 when not GCM
 * @param recipients the recipients in envelope order
 */
public record EnvelopeInfo(String contentType, String innerContentType, String contentAlgorithm, int tagLength,
        List<RecipientSummary> recipients) {

    /**
     * Copies the recipient list.
     *
     * @param contentType outer type
     * @param innerContentType inner type
     * @param contentAlgorithm content algorithm
     * @param tagLength tag length
     * @param recipients recipients
     */
    public EnvelopeInfo {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(innerContentType, "innerContentType");
        Objects.requireNonNull(contentAlgorithm, "contentAlgorithm");
        recipients = List.copyOf(recipients);
    }

    /**
     * One recipient as described in the envelope.
     *
     * @param type {@code ktri} (key transport), {@code kari} (key agreement), {@code kekri} (KEK), {@code pwri}
     *     (password) or {@code ori} (other)
     * @param keyEncryptionAlgorithm the key-encryption algorithm, e.g. {@code RSAES-OAEP(SHA-256)}, {@code
     *     ECDH-stdDH-SHA256KDF/AES-256-KW}, {@code AES-256-KW}, {@code PBKDF2(HMAC-SHA256, 600000)/PWRI-KEK}
     * @param identifier how the recipient is named: issuer and serial number, subject key identifier (hex), KEK id
     *     (text when printable UTF-8, else hex) or empty for a password
     */
    public record RecipientSummary(String type, String keyEncryptionAlgorithm, String identifier) {

        /**
         * Checks the components.
         *
         * @param type type
         * @param keyEncryptionAlgorithm algorithm
         * @param identifier identifier
         */
        public RecipientSummary {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(keyEncryptionAlgorithm, "keyEncryptionAlgorithm");
            Objects.requireNonNull(identifier, "identifier");
        }
    }
}
