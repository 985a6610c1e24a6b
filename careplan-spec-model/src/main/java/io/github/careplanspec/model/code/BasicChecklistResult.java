package io.github.careplanspec.model.code;

/**
 * 基本チェックリスト記入結果 — whether the 基本チェックリスト made the person a 事業対象者 (UPKIHON No.27; codes-yobo.tsv).
 */
public enum BasicChecklistResult implements CodeList {
    /** 1 事業対象者の該当あり. */
    BUSINESS_TARGET("1", "事業対象者の該当あり"),
    /** 2 事業対象者の該当なし. */
    NOT_BUSINESS_TARGET("2", "事業対象者の該当なし");

    private final String code;
    private final String label;

    BasicChecklistResult(String code, String label) {
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
