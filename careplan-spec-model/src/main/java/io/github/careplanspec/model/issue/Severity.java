package io.github.careplanspec.model.issue;

import java.util.Locale;

/**
 * How serious an issue is (重大度), the one scale of every layer: reader, unit reader, file-name parser, envelope and
 * validator. An {@code error} makes a record or file non-conformant (a record with an error is not delivered as a
 * typed record); a {@code warning} marks something accepted that a receiver may refuse or misread (lenient mode,
 * Q12–Q14, Q36).
 */
public enum Severity {
    /** エラー: the record or file does not conform to the spec. */
    ERROR,
    /** 警告: accepted, but not what the spec asks for; likely to cause trouble at the receiver. */
    WARNING;

    /** @return the contract name, {@code error} or {@code warning} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the Japanese label, エラー or 警告 */
    public String labelJa() {
        return label(Locale.JAPANESE);
    }

    /**
     * The label in a language.
     *
     * @param locale the language; Japanese gives {@link #labelJa()}, anything else {@link #id()}
     * @return the label
     */
    public String label(Locale locale) {
        return Messages.text(IssueId.of("severity." + id()), locale);
    }
}
