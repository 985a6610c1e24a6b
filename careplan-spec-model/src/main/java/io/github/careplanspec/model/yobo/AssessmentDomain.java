package io.github.careplanspec.model.yobo;

/**
 * The four アセスメント領域 of the 介護予防サービス・支援計画書, in layout order (UPYOBO No.24–39): the position of an
 * {@link AssessmentArea} in {@link PreventionPlan#assessmentAreas()}.
 */
public enum AssessmentDomain {
    /** 運動・移動 (No.24–27). */
    MOBILITY("運動・移動"),
    /** 日常生活(家庭生活) (No.28–31). */
    DAILY_LIFE("日常生活(家庭生活)"),
    /** 社会参加、対人関係・コミュニケーション (No.32–35). */
    SOCIAL_PARTICIPATION("社会参加、対人関係・コミュニケーション"),
    /** 健康管理 (No.36–39). */
    HEALTH_MANAGEMENT("健康管理");

    private final String labelJa;

    AssessmentDomain(String labelJa) {
        this.labelJa = labelJa;
    }

    /** @return the Japanese name, e.g. {@code 運動・移動} */
    public String labelJa() {
        return labelJa;
    }

    /** @return the prefix of the domain's item names, e.g. {@code 【運動・移動】} */
    public String prefix() {
        return "【" + labelJa + "】";
    }

    /** @return the No. of the domain's first item (現在の状況) */
    public int firstNo() {
        return 24 + 4 * ordinal();
    }
}
