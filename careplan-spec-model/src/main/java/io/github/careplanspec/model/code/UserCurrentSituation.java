package io.github.careplanspec.model.code;

/**
 * 利用者の現況 — the user's present situation (UPKIHON No.12; 02 → No.13 利用者の現況(状況補足); codes-yobo.tsv).
 */
public enum UserCurrentSituation implements CodeList {
    /** 01 在宅. */
    AT_HOME("01", "在宅"),
    /** 02 入院又は入所中. */
    IN_HOSPITAL_OR_FACILITY("02", "入院又は入所中");

    private final String code;
    private final String label;

    UserCurrentSituation(String code, String label) {
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
