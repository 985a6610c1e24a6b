package io.github.careplanspec.csv.envelope;

import java.util.Objects;

/**
 * An envelope was refused or could not be produced (封筒暗号の拒否・失敗). Every refusal carries a {@link Reason} and a
 * message in Japanese and in English; BouncyCastle and JCA exception types never escape the API (they may appear as
 * the {@linkplain #getCause() cause}, never as key material). {@link #getMessage()} gives both languages.
 */
public final class EnvelopeException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why an envelope was refused. Each reason is distinct so that callers and logs can tell them apart. */
    public enum Reason {
        /** Not a well-formed CMS message of the expected shape (壊れた入力). */
        MALFORMED("暗号化ファイルの形式が不正です（CMS として解析できません）。",
                "The envelope is malformed (not parseable as the expected CMS structure)."),
        /** The input ends before the structure does (途中で切れている). */
        TRUNCATED("暗号化ファイルが途中で切れています。",
                "The envelope is truncated."),
        /** The input exceeds a configured size or count limit (上限超過). */
        TOO_LARGE("暗号化ファイルまたはその内容が上限サイズを超えています。",
                "The envelope or its content exceeds the configured size limit."),
        /** EnvelopedData (CBC and other unauthenticated modes): content without integrity protection (改ざん検知なし). */
        UNAUTHENTICATED_CONTENT("改ざん検知のない暗号化形式（EnvelopedData、CBC など）は受け付けません。",
                "Unauthenticated content encryption (EnvelopedData, CBC and the like) is refused."),
        /** A content cipher other than AES-GCM (弱い・未知の内容暗号アルゴリズム). */
        CONTENT_ALGORITHM_NOT_ALLOWED("内容暗号アルゴリズムが許可されていません（AES-GCM のみ受け付けます）。",
                "The content-encryption algorithm is not allowed (only AES-GCM is accepted)."),
        /** A GCM authentication tag shorter than 16 bytes (認証タグが短い). */
        SHORT_TAG("認証タグが 16 バイト未満です。",
                "The authentication tag is shorter than 16 bytes."),
        /** A key-encryption algorithm that is weak or unknown, e.g. RSA PKCS#1 v1.5 (鍵暗号アルゴリズムの拒否). */
        KEY_ENCRYPTION_NOT_ALLOWED("鍵暗号アルゴリズムが許可されていません（RSA PKCS#1 v1.5 など）。",
                "The key-encryption algorithm is not allowed (e.g. RSA PKCS#1 v1.5)."),
        /** A recipient key that is too weak: RSA under the minimum size, an unknown curve (受信者鍵が弱い). */
        WEAK_RECIPIENT_KEY("受信者の鍵が弱いか未対応です（2048 ビット未満の RSA、未対応の曲線など）。",
                "The recipient key is weak or unsupported (RSA below the minimum size, unknown curve)."),
        /** PBKDF2 parameters outside the policy: PRF, iterations, salt (パスワード導出パラメータの拒否). */
        PASSWORD_PARAMETERS_NOT_ALLOWED("パスワード鍵導出（PBKDF2）のパラメータが許可範囲外です（反復回数、PRF、ソルト）。",
                "The password key-derivation (PBKDF2) parameters are outside the policy (iterations, PRF, salt)."),
        /** A password recipient next to other recipients (パスワードは単独でのみ). */
        PASSWORD_NOT_SOLE_RECIPIENT("パスワード受信者は唯一の受信者でなければなりません。",
                "A password recipient must be the only recipient."),
        /** More recipients than the policy allows (受信者数の上限超過). */
        TOO_MANY_RECIPIENTS("受信者の数が上限を超えています。",
                "The envelope has more recipients than allowed."),
        /** Structures the profile excludes: inner type other than id-data, attributes (未対応の構造). */
        UNSUPPORTED_STRUCTURE("未対応の構造です（id-data 以外の内容型、認証属性・非認証属性など）。",
                "Unsupported structure (inner content type other than id-data, authenticated or unauthenticated "
                        + "attributes)."),
        /** None of the recipients matches the keys given to the opener (宛先が違う). */
        NO_MATCHING_RECIPIENT("この鍵に対応する受信者が暗号化ファイルに含まれていません（宛先が違います）。",
                "No recipient in the envelope matches the keys given (wrong recipient)."),
        /** A matching recipient was found but the content key could not be unwrapped (鍵が違う・改ざん). */
        KEY_UNWRAP_FAILED("内容暗号鍵を復元できません（鍵が違うか、ラップされた鍵が改ざんされています）。",
                "The content-encryption key could not be unwrapped (wrong key or tampered wrapped key)."),
        /** Several recipients we can open carry different content keys (鍵コミットメント違反). */
        KEY_COMMITMENT_MISMATCH("開封できる複数の受信者が異なる内容暗号鍵を持っています（受信者ごとに内容が異なる恐れ）。",
                "Several openable recipients carry different content-encryption keys (possible equivocation)."),
        /** The GCM tag does not verify: the content or the tag was altered (改ざん検知). */
        AUTHENTICATION_FAILED("認証タグが一致しません（内容または認証タグが改ざんされています）。",
                "The authentication tag does not match (the content or the tag was tampered with)."),
        /** The decrypted transmission-unit container is malformed or hostile (送信単位の内容が不正). */
        UNIT_MALFORMED("送信単位の内部形式が不正です（ファイル数・ファイル名・長さ）。",
                "The transmission-unit container is malformed (file count, file names or lengths)."),
        /** The sealing side refused a recipient or an input (暗号化側の拒否). */
        SEAL_REFUSED("暗号化を拒否しました（受信者または入力が方針に反します）。",
                "Sealing was refused (a recipient or the input violates the policy).");

        private final String messageJa;
        private final String messageEn;

        Reason(String messageJa, String messageEn) {
            this.messageJa = messageJa;
            this.messageEn = messageEn;
        }

        /**
         * The standard Japanese message for this reason.
         *
         * @return the message in Japanese
         */
        public String messageJa() {
            return messageJa;
        }

        /**
         * The standard English message for this reason.
         *
         * @return the message in English
         */
        public String messageEn() {
            return messageEn;
        }
    }

    /** Why the envelope was refused. */
    private final Reason reason;
    /** Extra detail for logs (English), or {@code null}. */
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
        String base = reason.messageJa() + " / " + reason.messageEn();
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
     * The Japanese message of the reason.
     *
     * @return the message in Japanese
     */
    public String messageJa() {
        return reason.messageJa();
    }

    /**
     * The English message of the reason.
     *
     * @return the message in English
     */
    public String messageEn() {
        return reason.messageEn();
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
