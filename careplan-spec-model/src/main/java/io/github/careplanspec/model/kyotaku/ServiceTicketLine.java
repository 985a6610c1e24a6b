package io.github.careplanspec.model.kyotaku;

import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.ProratedDays;
import io.github.careplanspec.model.ServiceCode;
import io.github.careplanspec.model.ServiceTime;
import io.github.careplanspec.model.WelfareEquipmentCode;
import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.ConformsToLayout;
import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.Layout;
import io.github.careplanspec.model.code.Code;
import io.github.careplanspec.model.code.Over30DaysCategory;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * 第6表（サービス利用票）の1行 — one line of the サービス利用票: one service on one day (layout UPPLAN_UPJSK, 25 items).
 * The same layout serves the 予定 sent by the 居宅介護支援事業所 ({@code FileKind.UPPLAN}) and the 実績 sent back
 * by the service office ({@code FileKind.UPJSK}); items No.12/13, 20, 21 and 24 hold the planned or the actual
 * values accordingly (R49). Keyed by 保険者番号 + 被保険者番号 + 対象年月 (No.2, 3, 5); parent of 第7表.
 *
 * <p>A component is {@code null} when the item is empty. Build one with {@link #builder()}.
 *
 * @param csvVersion No.1 CSVバージョン (必須)
 * @param insurerNumber No.2 保険者番号 (必須; key; 住所地特例 corrected by hand after import, R50)
 * @param insuredNumber No.3 被保険者番号 (必須; key)
 * @param createdOn No.4 作成年月日 (必須)
 * @param targetMonth No.5 対象年月 (必須; key: the service-provision month)
 * @param planOfficeNumber No.6 プラン担当業者コード (必須: 居宅介護支援事業者番号; required mark reconstructed, Q2)
 * @param plannerName No.7 プラン担当者名
 * @param units No.8 単位数 (必須: 割引後単位数; 0 where a 実績 rate-computed code cannot be computed, R44; Q2)
 * @param shortStayDaysBeforeMonth No.9 前月までの短期入所利用日数
 * @param serviceDate No.10 サービス利用日 (必須, also for 17 福祉用具貸与, R45)
 * @param proratedDays No.11 日割対象日 (empty for a service that is not 日割, R43)
 * @param startTime No.12 サービス開始時刻 (必須: {@code HHMM} or {@link ServiceTime#NONE}, R42)
 * @param endTime No.13 サービス終了時刻 (必須: {@code HHMM} or {@link ServiceTime#NONE}, R42)
 * @param serviceCount No.14 サービス回数 (必須: 1日に複数回算定可能なサービスの回数, R45)
 * @param serviceCode No.15 サービスコード (必須)
 * @param taisCode No.16 TAISコード (type 17/67: this or No.17, R46)
 * @param notificationCode No.17 福祉用具届出コード (type 17/67: this or No.16, R46)
 * @param equipmentName No.18 用具名称（機種名）
 * @param detailNumber No.19 明細判別コード (17 福祉用具貸与 only: 1, 2, 3… for lines with the same code and units, R47)
 * @param serviceProviderNumber No.20 サービス事業者コード (必須: planned or actual provider, R49)
 * @param serviceOfficeName No.21 サービス事業所名
 * @param satelliteBranch No.22 サテライト枝番 (empty when not a satellite, R48)
 * @param over30Days No.23 ３０日超区分 (必須)
 * @param updaterCode No.24 更新業者コード (予定: 居宅介護支援事業者番号; 実績: サービス事業者番号, R49)
 * @param identifier No.25 識別子 (「使用しない」: written empty, R53)
 */
@ConformsToLayout
@Layout("UPPLAN_UPJSK")
public record ServiceTicketLine(
        @Column(no = 1, name = "CSVバージョン", length = 6, required = true) CsvVersion csvVersion,
        @Column(no = 2, name = "保険者番号", length = 6, required = true) InsurerNumber insurerNumber,
        @Column(no = 3, name = "被保険者番号", length = 10, required = true) InsuredNumber insuredNumber,
        @Column(no = 4, name = "作成年月日", length = 8, required = true) LocalDate createdOn,
        @Column(no = 5, name = "対象年月", length = 6, required = true) YearMonth targetMonth,
        @Column(no = 6, name = "プラン担当業者コード", length = 10, required = true) OfficeNumber planOfficeNumber,
        @Column(no = 7, name = "プラン担当者名") String plannerName,
        @Column(no = 8, name = "単位数", length = 6, required = true) Integer units,
        @Column(no = 9, name = "前月までの短期入所利用日数", length = 5) Integer shortStayDaysBeforeMonth,
        @Column(no = 10, name = "サービス利用日", length = 8, required = true) LocalDate serviceDate,
        @Column(no = 11, name = "日割対象日", length = 31) ProratedDays proratedDays,
        @Column(no = 12, name = "サービス開始時刻", length = 4, required = true) ServiceTime startTime,
        @Column(no = 13, name = "サービス終了時刻", length = 4, required = true) ServiceTime endTime,
        @Column(no = 14, name = "サービス回数", length = 2, required = true) Integer serviceCount,
        @Column(no = 15, name = "サービスコード", length = 6, required = true) ServiceCode serviceCode,
        @Column(no = 16, name = "TAISコード", length = 12) WelfareEquipmentCode taisCode,
        @Column(no = 17, name = "福祉用具届出コード", length = 12) WelfareEquipmentCode notificationCode,
        @Column(no = 18, name = "用具名称（機種名）") String equipmentName,
        @Column(no = 19, name = "明細判別コード", length = 2) Integer detailNumber,
        @Column(no = 20, name = "サービス事業者コード", length = 10, required = true) OfficeNumber serviceProviderNumber,
        @Column(no = 21, name = "サービス事業所名") String serviceOfficeName,
        @Column(no = 22, name = "サテライト枝番", length = 2) String satelliteBranch,
        @Column(no = 23, name = "３０日超区分", length = 1, required = true) Code<Over30DaysCategory> over30Days,
        @Column(no = 24, name = "更新業者コード", length = 10) OfficeNumber updaterCode,
        @Column(no = 25, name = "識別子", length = 1, format = FieldFormat.UNUSED) String identifier) {

    /** @return a builder with CSVバージョン {@code 202407} (V4.1) set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values, to derive a changed copy */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds a {@link ServiceTicketLine}; not thread-safe. */
    public static final class Builder extends ServiceTicketLineFields {
        private Builder() {
        }

        /**
         * Sets the key: 保険者番号, 被保険者番号 and 対象年月 (No.2, 3, 5).
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
         * Sets both times (No.12, 13).
         *
         * @param start No.12 サービス開始時刻
         * @param end No.13 サービス終了時刻
         * @return this builder
         */
        public Builder times(ServiceTime start, ServiceTime end) {
            return startTime(start).endTime(end);
        }

        /**
         * Marks the line as a service without a time: No.12 and No.13 both {@link ServiceTime#NONE}
         * ({@code 9999}, R42).
         *
         * @return this builder
         */
        public Builder withoutTime() {
            return times(ServiceTime.NONE, ServiceTime.NONE);
        }
    }
}
