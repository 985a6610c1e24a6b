package io.github.careplanspec.model.code;

/** 認定状況区分 — certification status (【コード表】(2); 第1表 No.17, 利用者補足情報 No.16, 予防計画書 No.13). */
public enum CertificationStatus implements CodeList {
    /** 1 申請中. */
    APPLYING("1", "申請中"),
    /** 2 認定済. */
    CERTIFIED("2", "認定済");

    private final String code;
    private final String label;

    CertificationStatus(String code, String label) {
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
