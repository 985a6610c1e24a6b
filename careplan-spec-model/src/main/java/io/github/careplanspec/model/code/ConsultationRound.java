package io.github.careplanspec.model.code;

/**
 * 相談回数 — first or repeated consultation (UPKIHON No.10; codes-yobo.tsv).
 */
public enum ConsultationRound implements CodeList {
    /** 01 初回. */
    FIRST("01", "初回"),
    /** 02 再来. */
    REPEAT("02", "再来");

    private final String code;
    private final String label;

    ConsultationRound(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
