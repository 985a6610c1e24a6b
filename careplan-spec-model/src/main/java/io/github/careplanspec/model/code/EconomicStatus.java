package io.github.careplanspec.model.code;

/**
 * 経済状況 — one economic-situation flag; 0 (not 2) means not applicable (UPKIHON No.37–40 (国民年金/厚生年金/障害年金/生活保護); codes-yobo.tsv).
 */
public enum EconomicStatus implements CodeList {
    /** 1 該当. */
    APPLICABLE("1", "該当"),
    /** 0 非該当. */
    NOT_APPLICABLE("0", "非該当");

    private final String code;
    private final String label;

    EconomicStatus(String code, String label) {
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
