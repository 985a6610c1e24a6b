package io.github.careplanspec.model.code;

/**
 * 障害高齢者の日常生活自立度 — daily-life independence of elderly people with disabilities (寝たきり度) (UPKIHON No.21; codes-yobo.tsv).
 */
public enum DisabledElderlyIndependence implements CodeList {
    /** 01 自立. */
    INDEPENDENT("01", "自立"),
    /** 11 J1. */
    J1("11", "J1"),
    /** 12 J2. */
    J2("12", "J2"),
    /** 21 A1. */
    A1("21", "A1"),
    /** 22 A2. */
    A2("22", "A2"),
    /** 31 B1. */
    B1("31", "B1"),
    /** 32 B2. */
    B2("32", "B2"),
    /** 41 C1. */
    C1("41", "C1"),
    /** 42 C2. */
    C2("42", "C2");

    private final String code;
    private final String label;

    DisabledElderlyIndependence(String code, String label) {
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
