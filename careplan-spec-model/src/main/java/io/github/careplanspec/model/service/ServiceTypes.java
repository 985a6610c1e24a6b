package io.github.careplanspec.model.service;

import static io.github.careplanspec.model.service.ServiceCategory.CARE_BENEFIT;
import static io.github.careplanspec.model.service.ServiceCategory.COMPREHENSIVE_PROGRAM;
import static io.github.careplanspec.model.service.ServiceCategory.PREVENTIVE_BENEFIT;

import io.github.careplanspec.model.ServiceTypeCode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * サービス種類 registry: every code of the spec's §1.3 (介護給付) and §1.4 (予防給付, 総合事業) tables with its name
 * and 連携対象 mark (R25), plus the planning offices' own file-name codes (43 居宅介護支援; 46 介護予防支援 and AF
 * 介護予防ケアマネジメント inferred, Q27). The data is encoded here once; a test holds it against codes.tsv.
 *
 * <p>Spec reading (Q18): the 連携対象 marks of §1.3 are read by order, as codes.tsv records them. Thread-safe.
 */
public final class ServiceTypes {
    /** What the 連携クライアントアプリ prints for a code it does not know. */
    public static final String UNKNOWN_NAME_JA = "不明";

    private static final List<ServiceTypeInfo> ALL = List.of(
            linked("11", "訪問介護", CARE_BENEFIT),
            linked("12", "訪問入浴介護", CARE_BENEFIT),
            linked("13", "訪問看護", CARE_BENEFIT),
            linked("14", "訪問リハビリテーション", CARE_BENEFIT),
            linked("15", "通所介護", CARE_BENEFIT),
            linked("16", "通所リハビリテーション", CARE_BENEFIT),
            linked("17", "福祉用具貸与", CARE_BENEFIT),
            linked("21", "短期入所生活介護", CARE_BENEFIT),
            linked("22", "短期入所療養介護（介護老人保健施設）", CARE_BENEFIT),
            linked("23", "短期入所療養介護（介護療養型医療施設等）", CARE_BENEFIT),
            linked("2A", "短期入所療養介護（介護医療院）", CARE_BENEFIT),
            linked("31", "居宅療養管理指導", CARE_BENEFIT),
            linked("71", "夜間対応型訪問介護", CARE_BENEFIT),
            linked("76", "定期巡回・随時対応型訪問介護看護", CARE_BENEFIT),
            linked("72", "認知症対応型通所介護", CARE_BENEFIT),
            linked("78", "地域密着型通所介護", CARE_BENEFIT),
            linked("73", "小規模多機能型居宅介護", CARE_BENEFIT),
            linked("68", "小規模多機能型居宅介護（短期利用）", CARE_BENEFIT),
            linked("77", "看護小規模多機能型居宅介護", CARE_BENEFIT),
            linked("79", "看護小規模多機能型居宅介護（短期利用）", CARE_BENEFIT),
            notLinked("33", "特定施設入居者生活介護", CARE_BENEFIT),
            linked("27", "特定施設入居者生活介護（短期利用）", CARE_BENEFIT),
            notLinked("36", "地域密着型特定施設入居者生活介護", CARE_BENEFIT),
            linked("28", "地域密着型特定施設入居者生活介護（短期利用）", CARE_BENEFIT),
            notLinked("32", "認知症対応型共同生活介護（短期利用以外）", CARE_BENEFIT),
            linked("38", "認知症対応型共同生活介護（短期利用）", CARE_BENEFIT),
            notLinked("41", "特定福祉用具販売", CARE_BENEFIT),
            notLinked("42", "住宅改修", CARE_BENEFIT),
            notLinked("51", "介護福祉施設サービス", CARE_BENEFIT),
            notLinked("52", "介護保健施設サービス", CARE_BENEFIT),
            notLinked("53", "介護療養施設サービス", CARE_BENEFIT),
            notLinked("54", "地域密着型介護老人福祉施設入所者生活介護", CARE_BENEFIT),
            notLinked("59", "特定介護サービス等", CARE_BENEFIT, PREVENTIVE_BENEFIT),
            notLinked("81", "市町村特別給付", CARE_BENEFIT, PREVENTIVE_BENEFIT),
            linked("62", "介護予防訪問入浴介護", PREVENTIVE_BENEFIT),
            linked("63", "介護予防訪問看護", PREVENTIVE_BENEFIT),
            linked("64", "介護予防訪問リハビリテーション", PREVENTIVE_BENEFIT),
            linked("66", "介護予防通所リハビリテーション", PREVENTIVE_BENEFIT),
            linked("67", "介護予防福祉用具貸与", PREVENTIVE_BENEFIT),
            linked("24", "介護予防短期入所生活介護", PREVENTIVE_BENEFIT),
            linked("25", "介護予防短期入所療養介護（介護老人保健施設）", PREVENTIVE_BENEFIT),
            linked("26", "介護予防短期入所療養介護（介護療養型医療施設等）", PREVENTIVE_BENEFIT),
            linked("2B", "介護予防短期入所療養介護（介護医療院）", PREVENTIVE_BENEFIT),
            linked("34", "介護予防居宅療養管理指導", PREVENTIVE_BENEFIT),
            linked("74", "介護予防認知症対応型通所介護", PREVENTIVE_BENEFIT),
            linked("75", "介護予防小規模多機能型居宅介護", PREVENTIVE_BENEFIT),
            linked("69", "介護予防小規模多機能型居宅介護（短期利用）", PREVENTIVE_BENEFIT),
            notLinked("35", "介護予防特定施設入居者生活介護", PREVENTIVE_BENEFIT),
            notLinked("37", "介護予防認知症対応型共同生活介護（短期利用以外）", PREVENTIVE_BENEFIT),
            linked("39", "介護予防認知症対応型共同生活介護（短期利用）", PREVENTIVE_BENEFIT),
            notLinked("44", "特定介護予防福祉用具販売", PREVENTIVE_BENEFIT),
            notLinked("45", "介護予防住宅改修", PREVENTIVE_BENEFIT),
            linked("A1", "訪問型サービス（みなし）", COMPREHENSIVE_PROGRAM),
            linked("A2", "訪問型サービス（独自）", COMPREHENSIVE_PROGRAM),
            linked("A3", "訪問型サービス（独自／定率）", COMPREHENSIVE_PROGRAM),
            linked("A4", "訪問型サービス（独自／定額）", COMPREHENSIVE_PROGRAM),
            linked("A5", "通所型サービス（みなし）", COMPREHENSIVE_PROGRAM),
            linked("A6", "通所型サービス（独自）", COMPREHENSIVE_PROGRAM),
            linked("A7", "通所型サービス（独自／定率）", COMPREHENSIVE_PROGRAM),
            linked("A8", "通所型サービス（独自／定額）", COMPREHENSIVE_PROGRAM),
            office("43", "居宅介護支援", false),
            office("46", "介護予防支援", true),
            office("AF", "介護予防ケアマネジメント", true));

    private static final Map<ServiceTypeCode, ServiceTypeInfo> BY_CODE = index();

    private ServiceTypes() {
    }

    private static ServiceTypeInfo linked(String code, String name, ServiceCategory... categories) {
        return new ServiceTypeInfo(new ServiceTypeCode(code), name, EnumSet.copyOf(Arrays.asList(categories)), true,
                false);
    }

    private static ServiceTypeInfo notLinked(String code, String name, ServiceCategory... categories) {
        return new ServiceTypeInfo(new ServiceTypeCode(code), name, EnumSet.copyOf(Arrays.asList(categories)), false,
                false);
    }

    private static ServiceTypeInfo office(String code, String name, boolean inferred) {
        return new ServiceTypeInfo(new ServiceTypeCode(code), name, EnumSet.of(ServiceCategory.PLANNING_OFFICE), false,
                inferred);
    }

    private static Map<ServiceTypeCode, ServiceTypeInfo> index() {
        Map<ServiceTypeCode, ServiceTypeInfo> m = new LinkedHashMap<>();
        for (ServiceTypeInfo i : ALL) {
            if (m.put(i.code(), i) != null) {
                throw new IllegalStateException("duplicate サービス種類 " + i.code());
            }
        }
        return Map.copyOf(m);
    }

    /** @return every entry, in the order of the spec's tables (§1.3, §1.4 予防給付, §1.4 総合事業, planning offices) */
    public static List<ServiceTypeInfo> all() {
        return ALL;
    }

    /**
     * Looks a code up.
     *
     * @param code the サービス種類コード
     * @return the entry, if the spec lists the code
     */
    public static Optional<ServiceTypeInfo> lookup(ServiceTypeCode code) {
        return Optional.ofNullable(BY_CODE.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * Whether records of a service type are exchanged (連携対象, R25).
     *
     * @param code the サービス種類コード
     * @return true only for a listed code marked 連携対象; false for unknown codes and planning-office codes
     */
    public static boolean isLinkageTarget(ServiceTypeCode code) {
        return lookup(code).map(ServiceTypeInfo::linkageTarget).orElse(false);
    }

    /**
     * The code and name as the 連携クライアントアプリ shows them: {@code 43: 居宅介護支援}, or {@code XX: 不明} for a code
     * the spec does not list.
     *
     * @param code the サービス種類コード
     * @return the display text
     */
    public static String display(ServiceTypeCode code) {
        return lookup(code).map(ServiceTypeInfo::display).orElse(code.text() + ": " + UNKNOWN_NAME_JA);
    }
}
