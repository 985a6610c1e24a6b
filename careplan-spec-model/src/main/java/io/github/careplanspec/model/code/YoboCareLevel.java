package io.github.careplanspec.model.code;

/**
 * 要介護状態区分(利用者基本情報) — care level of the 利用者基本情報: 01=非該当 and no 06=事業対象者, unlike the 居宅 {@link CareLevel} (P16) (UPKIHON No.23 要介護状態区分 and No.26 前回の介護度; codes-yobo.tsv).
 */
public enum YoboCareLevel implements CodeList {
    /** 01 非該当. */
    NOT_APPLICABLE("01", "非該当"),
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

    YoboCareLevel(String code, String label) {
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
