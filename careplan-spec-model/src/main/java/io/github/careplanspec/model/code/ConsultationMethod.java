package io.github.careplanspec.model.code;

/**
 * 相談方法 — how the consultation was made (UPKIHON No.8; 03 → No.9 相談方法(その他の内容); codes-yobo.tsv).
 */
public enum ConsultationMethod implements CodeList {
    /** 01 来所. */
    VISIT("01", "来所"),
    /** 02 電話. */
    TELEPHONE("02", "電話"),
    /** 03 その他. */
    OTHER("03", "その他");

    private final String code;
    private final String label;

    ConsultationMethod(String code, String label) {
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
