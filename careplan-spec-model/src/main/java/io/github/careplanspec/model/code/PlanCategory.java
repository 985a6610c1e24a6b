package io.github.careplanspec.model.code;

/** 計画書区分 — plan category (【コード表】(1); 第1表 No.16, 予防計画書 No.12). */
public enum PlanCategory implements CodeList {
    /** 11 初回. */
    INITIAL("11", "初回"),
    /** 12 紹介. */
    REFERRAL("12", "紹介"),
    /** 21 継続. */
    CONTINUATION("21", "継続"),
    /** 51 初回＆紹介. */
    INITIAL_AND_REFERRAL("51", "初回＆紹介"),
    /** 52 初回＆継続. */
    INITIAL_AND_CONTINUATION("52", "初回＆継続"),
    /** 53 紹介＆継続. */
    REFERRAL_AND_CONTINUATION("53", "紹介＆継続"),
    /** 54 初回＆紹介＆継続. */
    INITIAL_REFERRAL_AND_CONTINUATION("54", "初回＆紹介＆継続");

    private final String code;
    private final String label;

    PlanCategory(String code, String label) {
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
