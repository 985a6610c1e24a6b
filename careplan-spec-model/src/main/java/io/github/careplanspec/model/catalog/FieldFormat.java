package io.github.careplanspec.model.catalog;

/**
 * The 書式 (format) of an item, as the layouts print it (column {@code format} of the spec tables).
 */
public enum FieldFormat {
    /** Placeholder in {@link Column#format()}: take the format from the component's Java type. */
    DERIVED("(derived)"),
    /** CSVバージョン, {@code YYYYMM} (R11). */
    CSV_VERSION("YYYYMM"),
    /** A month, {@code YYYYMM}. */
    YEAR_MONTH("YYYYMM"),
    /** A Gregorian date, {@code YYYYMMDD}. */
    DATE("YYYYMMDD"),
    /** A time of day, {@code HHMM}. */
    TIME("HHMM"),
    /** A time of day {@code HHMM}, or {@code 9999} for a service without a time (R42). */
    TIME_OR_NONE("HHMM or 9999"),
    /** An unsigned integer. */
    INTEGER("integer"),
    /** A decimal in the {@code 99.99} form (第7表 単位数単価, R52). */
    DECIMAL("99.99"),
    /** A value of a code list (コード表). */
    CODE("code"),
    /** フリーテキスト: always written in double quotes, line breaks and commas kept (R3). */
    FREE_TEXT("free text"),
    /** An item with no format printed (電話番号 and similar), written unquoted. */
    TEXT("(none)"),
    /** 郵便番号, {@code XXX-XXXX}. */
    POSTAL_CODE("XXX-XXXX"),
    /** 保険者番号, 6 digits (R10). */
    INSURER_NUMBER("insurer number"),
    /** 被保険者番号, 10 characters; {@code H} + 9 digits for 生保単独 (R10). */
    INSURED_NUMBER("insured number"),
    /** 事業所番号, 10 digits (R10). */
    OFFICE_NUMBER("office number"),
    /** サービス種類コード, 2 characters (R10). */
    SERVICE_TYPE_CODE("service type code"),
    /** サービスコード, 6 characters; in 第7表 also the subtotal and total sentinels (R51). */
    SERVICE_CODE("service code"),
    /** TAISコード or 福祉用具届出コード, up to 12 characters (R46). */
    WELFARE_EQUIPMENT_CODE("TAIS code"),
    /** 日割対象日: 31 characters of {@code 0}/{@code 1} (R43). */
    PRORATED_DAYS("31 chars of 0/1"),
    /** 識別子: 「使用しない」, written empty (R53). */
    UNUSED("unused");

    private final String printed;

    FieldFormat(String printed) {
        this.printed = printed;
    }

    /** @return a short description of the format as the spec tables print it */
    public String printed() {
        return printed;
    }

    /** @return whether the item is フリーテキスト and so always quoted on write (R3a) */
    public boolean isFreeText() {
        return this == FREE_TEXT;
    }
}
