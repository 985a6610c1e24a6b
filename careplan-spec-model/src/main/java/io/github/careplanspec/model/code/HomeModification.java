package io.github.careplanspec.model.code;

/**
 * 住宅改修の有無 — whether the home has been modified (UPKIHON No.36; codes-yobo.tsv).
 */
public enum HomeModification implements CodeList {
    /** 1 有. */
    YES("1", "有"),
    /** 2 無. */
    NO("2", "無");

    private final String code;
    private final String label;

    HomeModification(String code, String label) {
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
