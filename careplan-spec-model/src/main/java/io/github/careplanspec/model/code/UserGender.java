package io.github.careplanspec.model.code;

/**
 * 性別 — the user's sex as the 利用者基本情報 lists it (UPKIHON No.16 利用者性別; codes-yobo.tsv).
 */
public enum UserGender implements CodeList {
    /** 1 男性. */
    MALE("1", "男性"),
    /** 2 女性. */
    FEMALE("2", "女性");

    private final String code;
    private final String label;

    UserGender(String code, String label) {
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
