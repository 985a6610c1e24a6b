package io.github.careplanspec.model.code;

/** 要介護状態区分 — care level of the 居宅 layouts (【コード表】(3); 第1表 No.21, 利用者補足情報 No.18 and No.59). The 予防 利用者基本情報 uses a different list. */
public enum CareLevel implements CodeList {
    /** 06 事業対象者. */
    BUSINESS_TARGET("06", "事業対象者"),
    /** 12 要支援１. */
    SUPPORT_1("12", "要支援１"),
    /** 13 要支援２. */
    SUPPORT_2("13", "要支援２"),
    /** 21 要介護１. */
    CARE_1("21", "要介護１"),
    /** 22 要介護２. */
    CARE_2("22", "要介護２"),
    /** 23 要介護３. */
    CARE_3("23", "要介護３"),
    /** 24 要介護４. */
    CARE_4("24", "要介護４"),
    /** 25 要介護５. */
    CARE_5("25", "要介護５");

    private final String code;
    private final String label;

    CareLevel(String code, String label) {
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
