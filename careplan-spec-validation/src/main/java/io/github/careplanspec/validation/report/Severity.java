package io.github.careplanspec.validation.report;

import java.util.Locale;

/**
 * How serious an issue is (重大度). The report contract knows two levels: an {@code error} makes a file
 * non-conformant; a {@code warning} marks something a receiver may refuse or misread.
 */
public enum Severity {
    /** エラー: the file does not conform to the spec. */
    ERROR("エラー"),
    /** 警告: conformant, but likely to cause trouble at the receiver. */
    WARNING("警告");

    private final String labelJa;

    Severity(String labelJa) {
        this.labelJa = labelJa;
    }

    /** @return the contract name, {@code error} or {@code warning} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the Japanese label, エラー or 警告 */
    public String labelJa() {
        return labelJa;
    }

    /**
     * The label in a language.
     *
     * @param locale the language; Japanese gives {@link #labelJa()}, anything else {@link #id()}
     * @return the label
     */
    public String label(Locale locale) {
        return Messages.isJapanese(locale) ? labelJa : id();
    }
}
