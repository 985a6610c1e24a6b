package io.github.careplanspec.model.code;

/**
 * 認知症高齢者の日常生活自立度 — daily-life independence of elderly people with dementia; labels keep the spec's Roman numerals and full-width letters (UPKIHON No.22; codes-yobo.tsv).
 */
public enum DementiaElderlyIndependence implements CodeList {
    /** 01 自立. */
    INDEPENDENT("01", "自立"),
    /** 02 Ⅰ. */
    LEVEL_I("02", "Ⅰ"),
    /** 03 Ⅱａ. */
    LEVEL_IIA("03", "Ⅱａ"),
    /** 04 Ⅱｂ. */
    LEVEL_IIB("04", "Ⅱｂ"),
    /** 05 Ⅲａ. */
    LEVEL_IIIA("05", "Ⅲａ"),
    /** 06 Ⅲｂ. */
    LEVEL_IIIB("06", "Ⅲｂ"),
    /** 07 Ⅳ. */
    LEVEL_IV("07", "Ⅳ"),
    /** 08 Ｍ. */
    LEVEL_M("08", "Ｍ");

    private final String code;
    private final String label;

    DementiaElderlyIndependence(String code, String label) {
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
