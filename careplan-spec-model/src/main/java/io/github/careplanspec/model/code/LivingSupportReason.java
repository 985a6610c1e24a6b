package io.github.careplanspec.model.code;

/** 生活援助中心型の算定理由 — reason for 生活援助中心型 (【コード表】(4); 第1表 No.25). */
public enum LivingSupportReason implements CodeList {
    /** 1 一人暮らし. */
    LIVING_ALONE("1", "一人暮らし"),
    /** 2 家族等が障害、疾病等. */
    FAMILY_DISABILITY_OR_ILLNESS("2", "家族等が障害、疾病等"),
    /** 3 その他. */
    OTHER("3", "その他");

    private final String code;
    private final String label;

    LivingSupportReason(String code, String label) {
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
