package io.github.careplanspec.model.code;

/** 性別 — sex of the user (利用者補足情報 No.7 利用者性別; a choice list of the layout, not in 【コード表】). */
public enum Gender implements CodeList {
    /** 1 男性. */
    MALE("1", "男性"),
    /** 2 女性. */
    FEMALE("2", "女性");

    private final String code;
    private final String label;

    Gender(String code, String label) {
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
