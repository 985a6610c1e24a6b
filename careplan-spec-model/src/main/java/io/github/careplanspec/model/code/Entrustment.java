package io.github.careplanspec.model.code;

/**
 * 委託の有無 — whether the plan is made in-house or entrusted (labels 自前/委託, not 有/無) (UPKIHON No.6, UPYOBO No.6; codes-yobo.tsv).
 */
public enum Entrustment implements CodeList {
    /** 1 自前. */
    IN_HOUSE("1", "自前"),
    /** 2 委託. */
    ENTRUSTED("2", "委託");

    private final String code;
    private final String label;

    Entrustment(String code, String label) {
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
