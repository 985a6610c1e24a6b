package io.github.careplanspec.model.yobo;

import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.ConformsToLayout;
import io.github.careplanspec.model.catalog.InvalidValueException;
import io.github.careplanspec.model.catalog.Layout;
import io.github.careplanspec.model.issue.IssueId;
import java.time.LocalDate;

/**
 * 介護予防サービス・支援計画書（別表）支援計画 — one row of the support plan table (UPYOBO_SUB, 17 items). No.2–4
 * repeat the key of the {@link PreventionPlan} it belongs to (P4). Rows form the hierarchy 課題ＮＯ → 支援計画ＮＯ →
 * 利用サービスＮＯ; the 課題 items (No.6–9) are written on the first row of a 課題ＮＯ only and the 支援計画 items
 * (No.11–13) on the first row of a 支援計画ＮＯ only (P7, U13).
 *
 * <p>The three NO items are printed as フリーテキスト of length 2 although they are sequence numbers, so they are
 * {@code String}s written quoted (U7); validation may warn when they are not 1–2 digits.
 *
 * <p>A component is {@code null} when the item is empty. Build one with {@link #builder()}.
 *
 * @param csvVersion No.1 CSVバージョン (必須)
 * @param insurerNumber No.2 保険者番号 (必須)
 * @param insuredNumber No.3 被保険者番号 (必須)
 * @param planDate No.4 計画作成(変更)日 (必須)
 * @param issueNo No.5 課題ＮＯ (printed as free text although a sequence number: U7)
 * @param overallIssue No.6 総合的課題 (課題 group: first row of a 課題ＮＯ only, P7)
 * @param goalProposal No.7 課題に対する目標と具体策の提案 (課題 group, P7)
 * @param intention No.8 具体策についての意向本人・家族 (課題 group P7; name as joined, U15)
 * @param goal No.9 目標 (課題 group, P7)
 * @param supportPlanNo No.10 支援計画ＮＯ (printed as free text: U7)
 * @param supportPoint No.11 【支援計画】目標についての支援のポイント (支援計画 group: first row of a 支援計画ＮＯ only, P7)
 * @param selfCareAndInformalSupport No.12 【支援計画】本人等のセルフケアや家族の支援、インフォーマルサービス（民間サービス） (支援計画 group, P7)
 * @param insuranceOrCommunityService No.13 【支援計画】介護保険サービス又は地域支援事業（総合事業のサービス） (支援計画 group, P7)
 * @param serviceNo No.14 利用サービスＮＯ (printed as free text: U7)
 * @param serviceKind No.15 【利用サービス】サービス種別 (text, not a code)
 * @param serviceProvider No.16 【利用サービス】事業所(利用先)
 * @param servicePeriod No.17 【利用サービス】期間
 */
@ConformsToLayout
@Layout("UPYOBO_SUB")
public record PreventionPlanSupportRow(
        @Column(no = 1, name = "CSVバージョン", length = 6, required = true, necessary = true) CsvVersion csvVersion,
        @Column(no = 2, name = "保険者番号", length = 6, required = true, necessary = true) InsurerNumber insurerNumber,
        @Column(no = 3, name = "被保険者番号", length = 10, required = true, necessary = true) InsuredNumber insuredNumber,
        @Column(no = 4, name = "計画作成(変更)日", length = 8, required = true, necessary = true) LocalDate planDate,
        @Column(no = 5, name = "課題ＮＯ", length = 2, format = FieldFormat.FREE_TEXT) String issueNo,
        @Column(no = 6, name = "総合的課題") String overallIssue,
        @Column(no = 7, name = "課題に対する目標と具体策の提案") String goalProposal,
        @Column(no = 8, name = "具体策についての意向本人・家族") String intention,
        @Column(no = 9, name = "目標") String goal,
        @Column(no = 10, name = "支援計画ＮＯ", length = 2, format = FieldFormat.FREE_TEXT) String supportPlanNo,
        @Column(no = 11, name = "【支援計画】目標についての支援のポイント") String supportPoint,
        @Column(no = 12, name = "【支援計画】本人等のセルフケアや家族の支援、インフォーマルサービス（民間サービス）") String selfCareAndInformalSupport,
        @Column(no = 13, name = "【支援計画】介護保険サービス又は地域支援事業（総合事業のサービス）") String insuranceOrCommunityService,
        @Column(no = 14, name = "利用サービスＮＯ", length = 2, format = FieldFormat.FREE_TEXT) String serviceNo,
        @Column(no = 15, name = "【利用サービス】サービス種別") String serviceKind,
        @Column(no = 16, name = "【利用サービス】事業所(利用先)") String serviceProvider,
        @Column(no = 17, name = "【利用サービス】期間") String servicePeriod) {

    /** @return a builder with CSVバージョン {@code 202407} (V4.1) set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values, to derive a changed copy */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds a {@link PreventionPlanSupportRow}; not thread-safe. */
    public static final class Builder extends PreventionPlanSupportRowFields {
        private Builder() {
        }

        /**
         * Sets the key: 保険者番号, 被保険者番号 and 計画作成(変更)日 (No.2, 3, 4).
         *
         * @param insurer No.2 保険者番号
         * @param insured No.3 被保険者番号
         * @param planDate No.4 計画作成(変更)日
         * @return this builder
         */
        public Builder key(InsurerNumber insurer, InsuredNumber insured, LocalDate planDate) {
            return insurerNumber(insurer).insuredNumber(insured).planDate(planDate);
        }

        /**
         * Sets the key (No.2–4) to that of the 介護予防サービス・支援計画書 this row belongs to (P4).
         *
         * @param parent the parent record
         * @return this builder
         */
        public Builder key(PreventionPlan parent) {
            return key(parent.insurerNumber(), parent.insuredNumber(), parent.planDate());
        }

        /**
         * Sets the three numbers of the row (No.5, 10, 14), e.g. {@code numbers(1, 2, 1)}.
         *
         * @param issue No.5 課題ＮＯ, 0–99
         * @param supportPlan No.10 支援計画ＮＯ, 0–99
         * @param service No.14 利用サービスＮＯ, 0–99
         * @return this builder
         * @throws IllegalArgumentException if a number does not fit the 2-character item
         */
        public Builder numbers(int issue, int supportPlan, int service) {
            return issueNo(no(issue)).supportPlanNo(no(supportPlan)).serviceNo(no(service));
        }

        private static String no(int n) {
            if (n < 0 || n > 99) {
                throw new InvalidValueException(IssueId.of("model.value.rowNo"), n);
            }
            return Integer.toString(n);
        }
    }
}
