package io.github.careplanspec.model.code;

/** ３０日超区分 — 30-days-exceeded category: whether a line counts as beyond 30 days (UPPLAN/UPJSK No.23, UPSIKYU No.33). */
public enum Over30DaysCategory implements CodeList {
    /** 1 該当. */
    APPLICABLE("1", "該当"),
    /** 0 非該当. */
    NOT_APPLICABLE("0", "非該当");

    private final String code;
    private final String label;

    Over30DaysCategory(String code, String label) {
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
