package io.github.careplanspec.model.kyotaku;

import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.ServiceCode;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.Table7RowKind;
import io.github.careplanspec.model.WelfareEquipmentCode;
import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.ConformsToLayout;
import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.IncompleteRecordException;
import io.github.careplanspec.model.catalog.Layout;
import io.github.careplanspec.model.code.Code;
import io.github.careplanspec.model.code.Over30DaysCategory;
import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 第7表（サービス利用票別表）の1行 — one row of the サービス利用票別表 (UPSIKYU, 37 items): a service line, a
 * 種類別小計 row or the 全合計 row, told by No.9 サービスコード ({@link #rowKind()}, R51). Linked to its 第6表 by
 * 保険者番号 + 被保険者番号 + 対象年月 (No.2, 3, 5).
 *
 * <p>A component is {@code null} when the item is empty. Build a service line with {@link #builder()}, a summary
 * row with {@link #subtotalInLimit}, {@link #subtotalOutsideLimit}, {@link #subtotalOver30Days} or {@link #total()},
 * which fill the fixed values of R51. The builder sets No.34 事業所コード to {@link OfficeNumber#ALL_NINES} (R52).
 * The record itself accepts any values, so that a received file stays readable; {@link Builder#build()} refuses
 * a summary row that breaks R51.
 *
 * @param csvVersion No.1 CSVバージョン (必須)
 * @param insurerNumber No.2 保険者番号 (必須; key, → 第6表 No.2)
 * @param insuredNumber No.3 被保険者番号 (必須; key, → 第6表 No.3)
 * @param createdOn No.4 作成年月日 (必須)
 * @param targetMonth No.5 対象年月 (必須; key, → 第6表 No.5)
 * @param serviceOfficeName No.6 サービス事業所名
 * @param serviceOfficeNumber No.7 サービス事業所コード (必須; {@link OfficeNumber#ALL_NINES} on the 全合計 row, R51)
 * @param satelliteBranch No.8 サテライト枝番 (empty when not a satellite, R48)
 * @param serviceCode No.9 サービスコード (必須; or a 小計/全合計 sentinel, see {@link #rowKind()}, R51)
 * @param taisCode No.10 TAISコード (type 17/67: this or No.11, R46)
 * @param notificationCode No.11 福祉用具届出コード (type 17/67: this or No.10, R46)
 * @param equipmentName No.12 用具名称（機種名）
 * @param units No.13 単位数 (必須; 0 on 小計/全合計 rows, R51)
 * @param discountRate No.14 割引後率 (empty on 小計/全合計 rows, R51)
 * @param discountedUnits No.15 割引後単位数 (empty on 小計/全合計 rows, R51)
 * @param countOrDays No.16 回数／日数 (必須; 3 digits since V4, R52)
 * @param serviceUnitAmount No.17 サービス単位金額
 * @param benefitManagementUnits No.18 給付管理単位数 (empty for services outside the 区分支給限度, R52)
 * @param overTypeLimitUnits No.19 種類支給限度基準超単位数 (name completed from the 第7表 diagram, Q8)
 * @param withinTypeLimitUnits No.20 種類支給限度基準内単位数 (Q8)
 * @param overCategoryLimitUnits No.21 区分支給限度基準超単位数 (Q8)
 * @param withinCategoryLimitUnits No.22 区分支給限度基準内単位数 (Q8)
 * @param unitPrice No.23 単位数単価 ({@code 99.99}, R52)
 * @param totalCostInsured No.24 費用総額保険／事業対象分 (Q8)
 * @param benefitRate No.25 給付率
 * @param claimAmount No.26 保険／事業費請求額
 * @param fixedCopayUnitAmount No.27 定額利用者負担単価金額
 * @param userCopayInsured No.28 利用者負担保険／事業対象分 (Q8)
 * @param userCopayFull No.29 利用者負担（全額負担分） (Q8)
 * @param daysUsedBeforeMonth No.30 前月までの利用日数 (length 5 per the 本文 history, Q4)
 * @param plannedDaysThisMonth No.31 当月の計画利用日数
 * @param cumulativeDays No.32 累積利用日数
 * @param over30Days No.33 ３０日超区分 (必須)
 * @param officeCode No.34 事業所コード ({@link OfficeNumber#ALL_NINES} fixed on every row, R52; item assignment Q5)
 * @param entererCode No.35 入力者コード (no format printed, Q5)
 * @param updaterCode No.36 更新業者コード (居宅介護支援事業者番号, R53)
 * @param identifier No.37 識別子 (「使用しない」: written empty, R53)
 */
@ConformsToLayout
@Layout("UPSIKYU")
public record ServiceTicketAnnexLine(
        @Column(no = 1, name = "CSVバージョン", length = 6, required = true) CsvVersion csvVersion,
        @Column(no = 2, name = "保険者番号", length = 6, required = true) InsurerNumber insurerNumber,
        @Column(no = 3, name = "被保険者番号", length = 10, required = true) InsuredNumber insuredNumber,
        @Column(no = 4, name = "作成年月日", length = 8, required = true) LocalDate createdOn,
        @Column(no = 5, name = "対象年月", length = 6, required = true) YearMonth targetMonth,
        @Column(no = 6, name = "サービス事業所名") String serviceOfficeName,
        @Column(no = 7, name = "サービス事業所コード", length = 10, required = true) OfficeNumber serviceOfficeNumber,
        @Column(no = 8, name = "サテライト枝番", length = 2) String satelliteBranch,
        @Column(no = 9, name = "サービスコード", length = 6, required = true) ServiceCode serviceCode,
        @Column(no = 10, name = "TAISコード", length = 12) WelfareEquipmentCode taisCode,
        @Column(no = 11, name = "福祉用具届出コード", length = 12) WelfareEquipmentCode notificationCode,
        @Column(no = 12, name = "用具名称（機種名）") String equipmentName,
        @Column(no = 13, name = "単位数", length = 6, required = true) Integer units,
        @Column(no = 14, name = "割引後率", length = 5) Integer discountRate,
        @Column(no = 15, name = "割引後単位数", length = 6) Integer discountedUnits,
        @Column(no = 16, name = "回数／日数", length = 3, required = true) Integer countOrDays,
        @Column(no = 17, name = "サービス単位金額", length = 5) Integer serviceUnitAmount,
        @Column(no = 18, name = "給付管理単位数", length = 6) Integer benefitManagementUnits,
        @Column(no = 19, name = "種類支給限度基準超単位数", length = 6) Integer overTypeLimitUnits,
        @Column(no = 20, name = "種類支給限度基準内単位数", length = 6) Integer withinTypeLimitUnits,
        @Column(no = 21, name = "区分支給限度基準超単位数", length = 6) Integer overCategoryLimitUnits,
        @Column(no = 22, name = "区分支給限度基準内単位数", length = 6) Integer withinCategoryLimitUnits,
        @Column(no = 23, name = "単位数単価", length = 6) BigDecimal unitPrice,
        @Column(no = 24, name = "費用総額保険／事業対象分", length = 6) Integer totalCostInsured,
        @Column(no = 25, name = "給付率", length = 6) Integer benefitRate,
        @Column(no = 26, name = "保険／事業費請求額", length = 6) Integer claimAmount,
        @Column(no = 27, name = "定額利用者負担単価金額", length = 6) Integer fixedCopayUnitAmount,
        @Column(no = 28, name = "利用者負担保険／事業対象分", length = 6) Integer userCopayInsured,
        @Column(no = 29, name = "利用者負担（全額負担分）", length = 6) Integer userCopayFull,
        @Column(no = 30, name = "前月までの利用日数", length = 5) Integer daysUsedBeforeMonth,
        @Column(no = 31, name = "当月の計画利用日数", length = 2) Integer plannedDaysThisMonth,
        @Column(no = 32, name = "累積利用日数", length = 5) Integer cumulativeDays,
        @Column(no = 33, name = "３０日超区分", length = 1, required = true) Code<Over30DaysCategory> over30Days,
        @Column(no = 34, name = "事業所コード", length = 10) OfficeNumber officeCode,
        @Column(no = 35, name = "入力者コード", length = 10) String entererCode,
        @Column(no = 36, name = "更新業者コード", length = 10) OfficeNumber updaterCode,
        @Column(no = 37, name = "識別子", length = 1, format = FieldFormat.UNUSED) String identifier) {
    /** A summary row breaks its fixed values (R51): {0} the row, {1} each breaking item with its value. */
    static final IssueId FIXED_VALUES = IssueId.of("model.annex.fixed");
    /** No.13 単位数 of a summary row is not 0 (R51): {0} the row, {1} the value. */
    static final IssueId FIXED_UNITS = IssueId.of("model.annex.units");
    /** No.14 割引後率 of a summary row is not empty (R51): {0} the row, {1} the value. */
    static final IssueId FIXED_DISCOUNT_RATE = IssueId.of("model.annex.discountRate");
    /** No.15 割引後単位数 of a summary row is not empty (R51): {0} the row, {1} the value. */
    static final IssueId FIXED_DISCOUNTED_UNITS = IssueId.of("model.annex.discountedUnits");
    /** No.7 サービス事業所コード of the 全合計 row is not 9999999999 (R51): {0} the row, {1} the value. */
    static final IssueId FIXED_SERVICE_OFFICE = IssueId.of("model.annex.serviceOffice");


    /** @return a builder with CSVバージョン {@code 202407} (V4.1) and No.34 事業所コード {@code 9999999999} set */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for a 区分支給対象種類別小計 row ({@code {CD}AAAA}; required when the type has several service-code
     * rows, R51), with the fixed values set: 単位数 0, 割引後率 and 割引後単位数 empty.
     *
     * @param serviceOffice No.7 サービス事業所コード of the office whose lines are summed
     * @param type the サービス種類コード {CD}
     * @return the builder; set the key, 作成年月日, 回数／日数, ３０日超区分 and the sums
     */
    public static Builder subtotalInLimit(OfficeNumber serviceOffice, ServiceTypeCode type) {
        return summary(ServiceCode.subtotalSupplyLimit(type)).serviceOfficeNumber(serviceOffice);
    }

    /**
     * A builder for a 区分支給対象外種類別小計 row ({@code {CD}EEEE}; optional, R51), with the fixed values set:
     * 単位数 0, 割引後率 and 割引後単位数 empty.
     *
     * @param serviceOffice No.7 サービス事業所コード of the office whose lines are summed
     * @param type the サービス種類コード {CD}
     * @return the builder; set the key, 作成年月日, 回数／日数, ３０日超区分 and the sums
     */
    public static Builder subtotalOutsideLimit(OfficeNumber serviceOffice, ServiceTypeCode type) {
        return summary(ServiceCode.subtotalOutsideLimit(type)).serviceOfficeNumber(serviceOffice);
    }

    /**
     * A builder for a 30日超過分種類別小計 row ({@code {CD}ZZZZ}; optional, R51), with the fixed values set:
     * 単位数 0, 割引後率 and 割引後単位数 empty.
     *
     * @param serviceOffice No.7 サービス事業所コード of the office whose lines are summed
     * @param type the サービス種類コード {CD}
     * @return the builder; set the key, 作成年月日, 回数／日数, ３０日超区分 and the sums
     */
    public static Builder subtotalOver30Days(OfficeNumber serviceOffice, ServiceTypeCode type) {
        return summary(ServiceCode.subtotalOver30Days(type)).serviceOfficeNumber(serviceOffice);
    }

    /**
     * A builder for the 全合計 row (always output, R51), with the fixed values set: サービスコード {@code 999999},
     * サービス事業所コード {@code 9999999999}, 単位数 0, 割引後率 and 割引後単位数 empty.
     *
     * @return the builder; set the key, 作成年月日, 回数／日数, ３０日超区分 and the sums
     */
    public static Builder total() {
        return summary(ServiceCode.TOTAL).serviceOfficeNumber(OfficeNumber.ALL_NINES);
    }

    private static Builder summary(ServiceCode code) {
        return new Builder().serviceCode(code).units(0).discountRate(null).discountedUnits(null);
    }

    /**
     * The kind of row, from No.9 サービスコード (R51).
     *
     * @return the row kind; {@link Table7RowKind#DETAIL} when No.9 is empty
     */
    public Table7RowKind rowKind() {
        return serviceCode == null ? Table7RowKind.DETAIL : serviceCode.rowKind();
    }

    /**
     * The breaches of the fixed values of a 小計 or 全合計 row (R51): 単位数 0, 割引後率 and 割引後単位数 empty,
     * and on the 全合計 row サービス事業所コード {@code 9999999999}.
     *
     * @param locale the language of the messages (Japanese, else English)
     * @return one message per breach, each naming the item as {@code No.n}; empty for a service line or a
     *     conformant summary row
     */
    public List<String> summaryRowBreaches(Locale locale) {
        List<String> out = new ArrayList<>();
        for (Object[] b : breaches()) {
            out.add(Messages.text((IssueId) b[0], locale, b[1], b[2]));
        }
        return out;
    }

    /** Each breach as {id, row, value found, No., component}. */
    private List<Object[]> breaches() {
        List<Object[]> out = new ArrayList<>();
        Table7RowKind kind = rowKind();
        if (!kind.isSummary()) {
            return out;
        }
        String row = kind.label() + " (" + serviceCode.text() + ")";
        if (units == null || units != 0) {
            out.add(new Object[] {FIXED_UNITS, row, units, 13, "units"});
        }
        if (discountRate != null) {
            out.add(new Object[] {FIXED_DISCOUNT_RATE, row, discountRate, 14, "discountRate"});
        }
        if (discountedUnits != null) {
            out.add(new Object[] {FIXED_DISCOUNTED_UNITS, row, discountedUnits, 15, "discountedUnits"});
        }
        if (kind == Table7RowKind.TOTAL && !OfficeNumber.ALL_NINES.equals(serviceOfficeNumber)) {
            out.add(new Object[] {FIXED_SERVICE_OFFICE, row, serviceOfficeNumber, 7, "serviceOfficeNumber"});
        }
        return out;
    }

    /**
     * The breaches of the fixed values of a summary row, in English. A thin forwarder kept for existing callers; prefer {@link #summaryRowBreaches(Locale)}.
     *
     * @return {@link #summaryRowBreaches(Locale)} in English
     */
    public List<String> summaryRowBreaches() {
        return summaryRowBreaches(Locale.ENGLISH);
    }

    /** @return a builder holding this record's values, to derive a changed copy */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds a {@link ServiceTicketAnnexLine}; not thread-safe. */
    public static final class Builder extends ServiceTicketAnnexLineFields {
        private Builder() {
            officeCode(OfficeNumber.ALL_NINES); // fixed on every row (R52, Q5)
        }

        /**
         * Sets the key: 保険者番号, 被保険者番号 and 対象年月 (No.2, 3, 5), which link the row to its 第6表.
         *
         * @param insurer No.2 保険者番号
         * @param insured No.3 被保険者番号
         * @param targetMonth No.5 対象年月
         * @return this builder
         */
        public Builder key(InsurerNumber insurer, InsuredNumber insured, YearMonth targetMonth) {
            return insurerNumber(insurer).insuredNumber(insured).targetMonth(targetMonth);
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws IllegalStateException naming every 必須 item left empty, or ({@link IncompleteRecordException},
         *     {@code model.annex.fixed}) the fixed values a 小計/全合計 row breaks (R51)
         */
        @Override
        public ServiceTicketAnnexLine build() {
            ServiceTicketAnnexLine line = super.build();
            List<Object[]> breaches = line.breaches();
            if (!breaches.isEmpty()) {
                StringBuilder found = new StringBuilder();
                for (Object[] b : breaches) {
                    found.append(found.length() == 0 ? "" : "; ").append("No.").append(b[3]).append(' ')
                            .append(ItemChecks.label(ServiceTicketAnnexLine.class, (String) b[4])).append(": ")
                            .append(b[2] == null ? "" : b[2]);
                }
                throw new IncompleteRecordException(FIXED_VALUES, breaches.get(0)[1], found.toString());
            }
            return line;
        }
    }
}
