package io.github.careplanspec.model.code;

/**
 * 障害等認定 — one disability certification flag; 0 (not 2) means not applicable (UPKIHON No.29–32 (身障/療育/精神/難病); codes-yobo.tsv).
 */
public enum DisabilityCertification implements CodeList {
    /** 1 該当. */
    APPLICABLE("1", "該当"),
    /** 0 非該当. */
    NOT_APPLICABLE("0", "非該当");

    private final String code;
    private final String label;

    DisabilityCertification(String code, String label) {
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
