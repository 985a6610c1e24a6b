package io.github.careplanspec.model.kyotaku;

import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.catalog.BuilderRange;
import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.ConformsToLayout;
import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.Layout;
import io.github.careplanspec.model.code.Code;
import io.github.careplanspec.model.code.InsuranceCoverage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 居宅サービス計画書（２）— 第2表 (UP2KYO, 22 items): one service line of the form (R40). Linked to its 第1表 by
 * 保険者番号 + 被保険者番号 + 居宅サービス計画作成（変更）日 (No.2, 3, 5); rows sort by 課題ＮＯ, 援助目標ＮＯ,
 * 援助内容ＮＯ (No.6, 8, 13) into the form's order.
 *
 * <p>「レコード内容は帳票出力時のイメージで出力する」 (R40): a row that continues the 課題 or 目標 of the row before may
 * leave No.7 and No.9–12 empty, or repeat them; both are valid. A component is {@code null} when the item is
 * empty. Build one with {@link #builder()}.
 *
 * <p>Spec reading (uncertain.md Q6): No.17 サービス事業者コード has no printed format, so it is a plain text item
 * (it holds a 10-digit office number when there is one, and is empty for informal services).
 *
 * @param csvVersion No.1 CSVバージョン (必須)
 * @param insurerNumber No.2 保険者番号 (必須; link key → 第1表 No.2)
 * @param insuredNumber No.3 被保険者番号 (必須; link key → 第1表 No.3)
 * @param createdOn No.4 居宅計画書作成年月日 (必須)
 * @param planDate No.5 居宅サービス計画作成（変更）日 (必須; link key → 第1表 No.14)
 * @param issueNo No.6 課題ＮＯ (1–99; sort key 1)
 * @param issue No.7 課題 (生活全般の解決すべき課題)
 * @param goalNo No.8 援助目標ＮＯ (1–99, 課題に対する援助NO; sort key 2)
 * @param longTermGoal No.9 長期目標
 * @param shortTermGoal No.10 短期目標
 * @param longTermPeriod No.11 長期期間
 * @param shortTermPeriod No.12 短期期間
 * @param contentNo No.13 援助内容ＮＯ (1–99, 目標に対する内容NO; sort key 3)
 * @param serviceContent No.14 サービス内容
 * @param insuranceCoverage No.15 保険対象区分 (form column ※1)
 * @param serviceKind No.16 サービス種別
 * @param serviceProviderCode No.17 サービス事業者コード (no printed format, Q6)
 * @param serviceOfficeName No.18 サービス事業所名 (form column ※2)
 * @param frequency No.19 頻度
 * @param period No.20 実施期間
 * @param updaterCode No.21 更新業者コード (居宅支援事業者番号, R53)
 * @param identifier No.22 識別子 (「使用しない」: written empty, R53)
 */
@ConformsToLayout
@Layout("UP2KYO")
public record CarePlanTable2Row(
        @Column(no = 1, name = "CSVバージョン", length = 6, required = true) CsvVersion csvVersion,
        @Column(no = 2, name = "保険者番号", length = 6, required = true) InsurerNumber insurerNumber,
        @Column(no = 3, name = "被保険者番号", length = 10, required = true) InsuredNumber insuredNumber,
        @Column(no = 4, name = "居宅計画書作成年月日", length = 8, required = true) LocalDate createdOn,
        @Column(no = 5, name = "居宅サービス計画作成（変更）日", length = 8, required = true) LocalDate planDate,
        @Column(no = 6, name = "課題ＮＯ", length = 2) @BuilderRange(min = 1) Integer issueNo,
        @Column(no = 7, name = "課題") String issue,
        @Column(no = 8, name = "援助目標ＮＯ", length = 2) @BuilderRange(min = 1) Integer goalNo,
        @Column(no = 9, name = "長期目標") String longTermGoal,
        @Column(no = 10, name = "短期目標") String shortTermGoal,
        @Column(no = 11, name = "長期期間") String longTermPeriod,
        @Column(no = 12, name = "短期期間") String shortTermPeriod,
        @Column(no = 13, name = "援助内容ＮＯ", length = 2) @BuilderRange(min = 1) Integer contentNo,
        @Column(no = 14, name = "サービス内容") String serviceContent,
        @Column(no = 15, name = "保険対象区分", length = 1) Code<InsuranceCoverage> insuranceCoverage,
        @Column(no = 16, name = "サービス種別") String serviceKind,
        @Column(no = 17, name = "サービス事業者コード", length = 10) String serviceProviderCode,
        @Column(no = 18, name = "サービス事業所名") String serviceOfficeName,
        @Column(no = 19, name = "頻度") String frequency,
        @Column(no = 20, name = "実施期間") String period,
        @Column(no = 21, name = "更新業者コード", length = 10) OfficeNumber updaterCode,
        @Column(no = 22, name = "識別子", length = 1, format = FieldFormat.UNUSED) String identifier) {

    /** Largest 課題ＮＯ / 援助目標ＮＯ / 援助内容ＮＯ (「１～99」, R40). */
    public static final int MAX_NO = 99;

    /**
     * Checks and normalises: empty texts become {@code null}, so a record equals itself read back.
     *
     * @param csvVersion No.1
     * @param insurerNumber No.2
     * @param insuredNumber No.3
     * @param createdOn No.4
     * @param planDate No.5
     * @param issueNo No.6
     * @param issue No.7
     * @param goalNo No.8
     * @param longTermGoal No.9
     * @param shortTermGoal No.10
     * @param longTermPeriod No.11
     * @param shortTermPeriod No.12
     * @param contentNo No.13
     * @param serviceContent No.14
     * @param insuranceCoverage No.15
     * @param serviceKind No.16
     * @param serviceProviderCode No.17
     * @param serviceOfficeName No.18
     * @param frequency No.19
     * @param period No.20
     * @param updaterCode No.21
     * @param identifier No.22
     * @throws IllegalArgumentException if a ＮＯ is negative
     */
    public CarePlanTable2Row {
        ItemChecks.unsigned(issueNo, CarePlanTable2Row.class, "issueNo");
        ItemChecks.unsigned(goalNo, CarePlanTable2Row.class, "goalNo");
        ItemChecks.unsigned(contentNo, CarePlanTable2Row.class, "contentNo");
        issue = ItemChecks.text(issue);
        longTermGoal = ItemChecks.text(longTermGoal);
        shortTermGoal = ItemChecks.text(shortTermGoal);
        longTermPeriod = ItemChecks.text(longTermPeriod);
        shortTermPeriod = ItemChecks.text(shortTermPeriod);
        serviceContent = ItemChecks.text(serviceContent);
        serviceKind = ItemChecks.text(serviceKind);
        serviceProviderCode = ItemChecks.text(serviceProviderCode);
        serviceOfficeName = ItemChecks.text(serviceOfficeName);
        frequency = ItemChecks.text(frequency);
        period = ItemChecks.text(period);
        identifier = ItemChecks.text(identifier);
    }

    /**
     * R40 for a receiver that shows or stores each row on its own: fills the blanks of continuation rows from the row
     * before. Spec reading (rules.md R40, inferred; one line in CHANGELOG): 「帳票出力時のイメージ」 leaves a 課題 or 目標
     * blank where the row above carries the same one, so, within one plan (No.2, 3, 5) and in the given order:
     * No.7 課題, No.9 長期目標 and No.11 長期期間 come from the previous row with the same 課題ＮＯ (a long-term goal
     * spans the short-term goals under it); No.10 短期目標 and No.12 短期期間 from the previous row with the same 課題ＮＯ
     * and 援助目標ＮＯ. A value present is never changed, rows without a 課題ＮＯ are returned as they are, nothing is
     * reordered. Opt-in: readers keep the rows as received (both forms are valid, R40).
     *
     * @param rows the 第2表 rows, in the form's order (課題ＮＯ, 援助目標ＮＯ, 援助内容ＮＯ)
     * @return the rows with carried-forward values, same size and order
     */
    public static List<CarePlanTable2Row> carryForward(List<CarePlanTable2Row> rows) {
        Map<List<Object>, CarePlanTable2Row> byIssue = new HashMap<>();
        Map<List<Object>, CarePlanTable2Row> byGoal = new HashMap<>();
        List<CarePlanTable2Row> out = new ArrayList<>(rows.size());
        for (CarePlanTable2Row r : rows) {
            if (r.issueNo() == null) {
                out.add(r);
                continue;
            }
            List<Object> issueKey = Arrays.asList(r.insurerNumber(), r.insuredNumber(),
                    r.planDate(), r.issueNo());
            List<Object> goalKey = Arrays.asList(r.insurerNumber(), r.insuredNumber(),
                    r.planDate(), r.issueNo(), r.goalNo());
            CarePlanTable2Row issueRow = byIssue.get(issueKey);
            CarePlanTable2Row goalRow = byGoal.get(goalKey);
            CarePlanTable2Row filled = r;
            if (issueRow != null || goalRow != null) {
                Builder b = r.toBuilder();
                if (issueRow != null) {
                    b.issue(r.issue() != null ? r.issue() : issueRow.issue());
                    b.longTermGoal(r.longTermGoal() != null ? r.longTermGoal() : issueRow.longTermGoal());
                    b.longTermPeriod(r.longTermPeriod() != null ? r.longTermPeriod() : issueRow.longTermPeriod());
                }
                if (goalRow != null) {
                    b.shortTermGoal(r.shortTermGoal() != null ? r.shortTermGoal() : goalRow.shortTermGoal());
                    b.shortTermPeriod(r.shortTermPeriod() != null ? r.shortTermPeriod() : goalRow.shortTermPeriod());
                }
                filled = b.build();
            }
            byIssue.put(issueKey, filled);
            byGoal.put(goalKey, filled);
            out.add(filled);
        }
        return List.copyOf(out);
    }

    /** @return a builder with CSVバージョン {@code 202407} (V4.1) set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values, to derive a changed copy */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds a {@link CarePlanTable2Row}; not thread-safe. */
    public static final class Builder extends CarePlanTable2RowFields {
        private Builder() {
        }

        /**
         * Sets the link to the 第1表: 保険者番号, 被保険者番号 and 居宅サービス計画作成（変更）日 (No.2, 3, 5).
         *
         * @param insurer No.2 保険者番号
         * @param insured No.3 被保険者番号
         * @param planDate No.5 居宅サービス計画作成（変更）日 = 第1表 No.14
         * @return this builder
         */
        public Builder key(InsurerNumber insurer, InsuredNumber insured, LocalDate planDate) {
            return insurerNumber(insurer).insuredNumber(insured).planDate(planDate);
        }

        /**
         * Sets the row's place on the form: 課題ＮＯ, 援助目標ＮＯ, 援助内容ＮＯ (No.6, 8, 13; each 1–99, R40).
         *
         * @param issue No.6 課題ＮＯ
         * @param goal No.8 援助目標ＮＯ
         * @param content No.13 援助内容ＮＯ
         * @return this builder
         * @throws IllegalArgumentException if a number is not 1–99
         */
        public Builder numbers(Integer issue, Integer goal, Integer content) {
            return issueNo(issue).goalNo(goal).contentNo(content);
        }

        /**
         * Sets No.17 サービス事業者コード from an office number.
         *
         * @param v No.17 サービス事業者コード from an office number
         * @return this builder
         */
        public Builder serviceProviderCode(OfficeNumber v) {
            return serviceProviderCode(v == null ? null : v.text());
        }
    }
}
