package io.github.careplanspec.model.code;

/**
 * 事業プログラムの要否 — whether a 事業プログラム is needed (UPYOBO No.49–54; codes-yobo.tsv).
 */
public enum ProgramNeed implements CodeList {
    /** 1 要. */
    NEEDED("1", "要"),
    /** 2 否. */
    NOT_NEEDED("2", "否");

    private final String code;
    private final String label;

    ProgramNeed(String code, String label) {
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
