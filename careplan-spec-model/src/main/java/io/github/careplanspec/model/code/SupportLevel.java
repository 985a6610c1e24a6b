package io.github.careplanspec.model.code;

/**
 * 要支援状態区分 — support level of the 介護予防サービス・支援計画書: its own 1-digit list, not the 要介護状態区分 codes (P16) (UPYOBO No.14; codes-yobo.tsv).
 */
public enum SupportLevel implements CodeList {
    /** 1 要支援１. */
    SUPPORT_1("1", "要支援１"),
    /** 2 要支援２. */
    SUPPORT_2("2", "要支援２"),
    /** 3 地域支援事業. */
    COMMUNITY_SUPPORT_PROJECT("3", "地域支援事業");

    private final String code;
    private final String label;

    SupportLevel(String code, String label) {
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
