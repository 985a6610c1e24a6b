package io.github.careplanspec.model;

/**
 * The kind of a 第7表（サービス利用票別表） row (UPSIKYU), told by its サービスコード (No.9; R51): a service line, one
 * of the three 種類別小計 rows ({@code {CD}AAAA}, {@code {CD}EEEE}, {@code {CD}ZZZZ}, {CD} = サービス種類コード) or the
 * 全合計 row ({@code 999999}).
 */
public enum Table7RowKind {
    /** 明細: a service line with a real サービスコード. */
    DETAIL("明細", null),
    /** 区分支給対象種類別小計: {@code {CD}AAAA}, required when the type has several service-code rows. */
    SUBTOTAL_IN_LIMIT("区分支給対象種類別小計", "AAAA"),
    /** 区分支給対象外種類別小計: {@code {CD}EEEE}, optional. */
    SUBTOTAL_OUTSIDE_LIMIT("区分支給対象外種類別小計", "EEEE"),
    /** 30日超過分種類別小計: {@code {CD}ZZZZ}, optional. */
    SUBTOTAL_OVER_30_DAYS("30日超過分種類別小計", "ZZZZ"),
    /** 全合計 (ALL9): {@code 999999}, always output. */
    TOTAL("全合計", null);

    private final String label;
    private final String itemSuffix;

    Table7RowKind(String label, String itemSuffix) {
        this.label = label;
        this.itemSuffix = itemSuffix;
    }

    /** @return the Japanese name of the row kind, e.g. {@code 区分支給対象種類別小計} */
    public String label() {
        return label;
    }

    /** @return whether this is one of the three 種類別小計 kinds */
    public boolean isSubtotal() {
        return itemSuffix != null;
    }

    /** @return whether the row is a 小計 or the 全合計 (単位数 0, 割引後率/割引後単位数 empty; R51) */
    public boolean isSummary() {
        return this != DETAIL;
    }

    /** The 4-character サービス項目コード of a subtotal kind ({@code AAAA}, {@code EEEE}, {@code ZZZZ}); null else. */
    String itemSuffix() {
        return itemSuffix;
    }
}
