package io.github.careplanspec.model.service;

/**
 * The table of the spec a サービス種類 comes from (§1.3, §1.4; codes.tsv), or the planning offices' own codes used in
 * file names.
 */
public enum ServiceCategory {
    /** 介護給付 (§1.3 居宅介護支援に係る本標準仕様の適用範囲). */
    CARE_BENEFIT("介護給付"),
    /** 予防給付 (§1.4 介護予防支援・介護予防ケアマネジメントに係る本標準仕様の適用範囲). */
    PREVENTIVE_BENEFIT("予防給付"),
    /** 介護予防・日常生活支援総合事業 (§1.4). */
    COMPREHENSIVE_PROGRAM("介護予防・日常生活支援総合事業"),
    /**
     * 事業所側サービス種類（ファイル名）: the service type of a planning office (居宅介護支援事業所, 地域包括支援センター
     * 等) as it appears in file names (R18); not one of the §1.3/§1.4 tables.
     */
    PLANNING_OFFICE("事業所側サービス種類（ファイル名）");

    private final String labelJa;

    ServiceCategory(String labelJa) {
        this.labelJa = labelJa;
    }

    /** @return the Japanese name of the table */
    public String labelJa() {
        return labelJa;
    }
}
