package io.github.careplanspec.model.code;

/**
 * 経過 — course of a disease (UPKIHON_SUB2 No.10; codes-yobo.tsv).
 */
public enum TreatmentProgress implements CodeList {
    /** 01 治療中. */
    UNDER_TREATMENT("01", "治療中"),
    /** 02 経過観察中. */
    UNDER_OBSERVATION("02", "経過観察中"),
    /** 03 その他. */
    OTHER("03", "その他");

    private final String code;
    private final String label;

    TreatmentProgress(String code, String label) {
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
