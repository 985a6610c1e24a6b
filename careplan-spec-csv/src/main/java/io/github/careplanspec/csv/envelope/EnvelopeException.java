package io.github.careplanspec.csv.envelope;

import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Keyed;
import io.github.careplanspec.model.issue.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An envelope was refused or could not be produced (封筒暗号の拒否・失敗). Every refusal carries a {@link Reason} (an
 * {@link IssueId}, its texts in the one message bundle) and its parameters; BouncyCastle and JCA exception types never
 * escape the API (they may appear as the {@linkplain #getCause() cause}, never as key material).
 * {@link #getMessage()} is English (for logs); the catcher renders {@link #message(Locale)} in its language.
 */
public final class EnvelopeException extends Exception implements Keyed {

    private static final long serialVersionUID = 1L;

    /**
     * Why an envelope was refused. Each reason is distinct so that callers and logs can tell them apart; its
     * {@link #key()} is a stable id ({@code envelope.…}), the key of its message.
     */
    public enum Reason implements IssueId {
        /** Not a well-formed CMS message of the expected shape (壊れた入力). */
        MALFORMED("envelope.malformed"),
        /** The input ends before the structure does (途中で切れている). */
        TRUNCATED("envelope.truncated"),
        /** The input exceeds a configured size or count limit (上限超過). */
        TOO_LARGE("envelope.tooLarge"),
        /** EnvelopedData (CBC and other unauthenticated modes): content without integrity protection (改ざん検知なし). */
        UNAUTHENTICATED_CONTENT("envelope.unauthenticatedContent"),
        /** A content cipher other than AES-GCM (弱い・未知の内容暗号アルゴリズム). */
        CONTENT_ALGORITHM_NOT_ALLOWED("envelope.contentAlgorithmNotAllowed"),
        /** A GCM authentication tag shorter than 16 bytes (認証タグが短い). */
        SHORT_TAG("envelope.shortTag"),
        /** A key-encryption algorithm that is weak or unknown, e.g. RSA PKCS#1 v1.5 (鍵暗号アルゴリズムの拒否). */
        KEY_ENCRYPTION_NOT_ALLOWED("envelope.keyEncryptionNotAllowed"),
        /** A recipient key that is too weak: RSA under the minimum size, an unknown curve (受信者鍵が弱い). */
        WEAK_RECIPIENT_KEY("envelope.weakRecipientKey"),
        /** PBKDF2 parameters outside the policy: PRF, iterations, salt (パスワード導出パラメータの拒否). */
        PASSWORD_PARAMETERS_NOT_ALLOWED("envelope.passwordParametersNotAllowed"),
        /** A password recipient next to other recipients (パスワードは単独でのみ). */
        PASSWORD_NOT_SOLE_RECIPIENT("envelope.passwordNotSoleRecipient"),
        /** More recipients than the policy allows (受信者数の上限超過). */
        TOO_MANY_RECIPIENTS("envelope.tooManyRecipients"),
        /** Structures the profile excludes: inner type other than id-data, attributes (未対応の構造). */
        UNSUPPORTED_STRUCTURE("envelope.unsupportedStructure"),
        /** None of the recipients matches the keys given to the opener (宛先が違う). */
        NO_MATCHING_RECIPIENT("envelope.noMatchingRecipient"),
        /** A matching recipient was found but the content key could not be unwrapped (鍵が違う・改ざん). */
        KEY_UNWRAP_FAILED("envelope.keyUnwrapFailed"),
        /** Several recipients we can open carry different content keys (鍵コミットメント違反). */
        KEY_COMMITMENT_MISMATCH("envelope.keyCommitmentMismatch"),
        /** The GCM tag does not verify: the content or the tag was altered (改ざん検知). */
        AUTHENTICATION_FAILED("envelope.authenticationFailed"),
        /** The decrypted transmission-unit container is malformed or hostile (送信単位の内容が不正). */
        UNIT_MALFORMED("envelope.unitMalformed"),
        /** The sealing side refused a recipient or an input (暗号化側の拒否). */
        SEAL_REFUSED("envelope.sealRefused");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }

        /**
         * The standard message for this reason.
         *
         * @param locale the language (Japanese, else English)
         * @return the message
         */
        public String text(Locale locale) {
            return Messages.text(this, locale);
        }

        /**
         * A thin forwarder kept for existing callers; prefer {@link #text(Locale)}.
         *
         * @return the message in Japanese
         */
        public String messageJa() {
            return text(Locale.JAPANESE);
        }

        /**
         * A thin forwarder kept for existing callers; prefer {@link #text(Locale)}.
         *
         * @return the message in English
         */
        public String messageEn() {
            return text(Locale.ENGLISH);
        }
    }

    /** Why the envelope was refused. */
    private final Reason reason;
    /** Extra detail for logs (English, never key material), or {@code null}. */
    private final String detail;

    /**
     * Creates an exception for a reason, with an optional detail (English, never key material).
     *
     * @param reason why
     * @param detail extra detail for logs, or {@code null}
     * @param cause the underlying exception, or {@code null}
     */
    public EnvelopeException(Reason reason, String detail, Throwable cause) {
        super(compose(reason, detail), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detail = detail;
    }

    /**
     * Creates an exception for a reason, with an optional detail.
     *
     * @param reason why
     * @param detail extra detail for logs, or {@code null}
     */
    public EnvelopeException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    private static String compose(Reason reason, String detail) {
        String base = reason.text(Locale.ENGLISH);
        return detail == null ? base : base + " (" + detail + ")";
    }

    /**
     * Why the envelope was refused.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The issue id: the reason.
     *
     * @return {@link #reason()}
     */
    @Override
    public IssueId id() {
        return reason;
    }

    /**
     * The parameters: the detail for logs when there is one (English; the reasons' texts show none).
     *
     * @return the detail as the one parameter, or no parameter
     */
    @Override
    public List<Object> params() {
        return detail == null ? List.of() : List.of(detail);
    }

    /**
     * The message for people, without the technical detail.
     *
     * @param locale the language (Japanese, else English)
     * @return the reason's message
     */
    @Override
    public String message(Locale locale) {
        return reason.text(locale);
    }

    /**
     * A thin forwarder kept for existing callers; prefer {@link #message(Locale)}.
     *
     * @return the message in Japanese
     */
    public String messageJa() {
        return message(Locale.JAPANESE);
    }

    /**
     * A thin forwarder kept for existing callers; prefer {@link #message(Locale)}.
     *
     * @return the message in English
     */
    public String messageEn() {
        return message(Locale.ENGLISH);
    }

    /**
     * Extra detail (English), or {@code null}.
     *
     * @return the detail
     */
    public String detail() {
        return detail;
    }
}
