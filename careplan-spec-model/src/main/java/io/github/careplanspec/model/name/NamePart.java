package io.github.careplanspec.model.name;

/**
 * A part of an interface file name (ファイル名の構成要素, R15): what an {@link InvalidFileNameException} names as wrong.
 */
public enum NamePart {
    /** ファイル種別 (prefix such as {@code UPJSK} or {@code UPKIHON_SUB1}). */
    PREFIX("ファイル種別（接頭辞）", "prefix"),
    /** 対象年月／提供年月 (YYYYMM; R16, R37). */
    MONTH("対象年月（YYYYMM）", "month (YYYYMM)"),
    /** 送信元の事業所番号 (10 digits; R18). */
    SENDER_OFFICE("送信元の事業所番号", "sender office number"),
    /** 送信元のサービス種類コード (2 characters; R18). */
    SENDER_SERVICE_TYPE("送信元のサービス種類コード", "sender service type code"),
    /** 送信先の事業所番号 (10 digits; R18). */
    RECEIVER_OFFICE("送信先の事業所番号", "receiver office number"),
    /** 送信先のサービス種類コード (2 characters; R18). */
    RECEIVER_SERVICE_TYPE("送信先のサービス種類コード", "receiver service type code"),
    /** ファイル連番 (YYYYMMDDHHMMSS, 14 digits; R17). */
    SEQUENCE("ファイル連番（YYYYMMDDHHMMSS）", "file sequence (YYYYMMDDHHMMSS)"),
    /** 枝番 of the 家族構成 image (4 digits). */
    BRANCH("枝番（4桁）", "image branch number (4 digits)"),
    /** 拡張子 ({@code .CSV}, or {@code .jpg} for the image). */
    EXTENSION("拡張子", "extension"),
    /** The number of {@code _}-separated segments (区切りの数). */
    SEGMENT_COUNT("区切り（_）の数", "number of '_'-separated segments");

    private final String labelJa;
    private final String labelEn;

    NamePart(String labelJa, String labelEn) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    /** @return the Japanese name of the part, e.g. {@code 送信元の事業所番号} */
    public String labelJa() {
        return labelJa;
    }

    /** @return the English name of the part, e.g. {@code sender office number} */
    public String labelEn() {
        return labelEn;
    }
}
