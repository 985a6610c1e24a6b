package io.github.careplanspec.model.code;

/** 保険対象区分 — whether a 第2表 service is covered by the insurance (【コード表】(5); 第2表 No.15, letter codes). */
public enum InsuranceCoverage implements CodeList {
    /** Y 対象 (保険給付対象). */
    COVERED("Y", "対象"),
    /** N 対象外. */
    NOT_COVERED("N", "対象外");

    private final String code;
    private final String label;

    InsuranceCoverage(String code, String label) {
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
