package io.github.careplanspec.model.code;

/**
 * 課題の有無 — whether an assessment area has an issue (UPYOBO No.26, 30, 34, 38 (領域における課題の有無); codes-yobo.tsv).
 */
public enum IssuePresence implements CodeList {
    /** 1 有. */
    YES("1", "有"),
    /** 2 無. */
    NO("2", "無");

    private final String code;
    private final String label;

    IssuePresence(String code, String label) {
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
