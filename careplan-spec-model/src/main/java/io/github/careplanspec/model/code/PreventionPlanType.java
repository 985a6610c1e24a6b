package io.github.careplanspec.model.code;

/**
 * 計画種類 — plan type of the 予防 layouts (UPKIHON No.5, UPYOBO No.5; codes-yobo.tsv).
 */
public enum PreventionPlanType implements CodeList {
    /** 1 介護予防支援. */
    PREVENTIVE_CARE_SUPPORT("1", "介護予防支援"),
    /** 2 介護予防ケアマネジメント. */
    PREVENTIVE_CARE_MANAGEMENT("2", "介護予防ケアマネジメント");

    private final String code;
    private final String label;

    PreventionPlanType(String code, String label) {
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
