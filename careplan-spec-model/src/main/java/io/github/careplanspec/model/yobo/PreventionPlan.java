package io.github.careplanspec.model.yobo;

import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.ConformsToLayout;
import io.github.careplanspec.model.catalog.Layout;
import io.github.careplanspec.model.catalog.Repeated;
import io.github.careplanspec.model.code.CertificationStatus;
import io.github.careplanspec.model.code.Code;
import io.github.careplanspec.model.code.Entrustment;
import io.github.careplanspec.model.code.PlanCategory;
import io.github.careplanspec.model.code.PreventionPlanType;
import io.github.careplanspec.model.code.ProgramNeed;
import io.github.careplanspec.model.code.SupportLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 介護予防サービス・支援計画書 — the preventive care service and support plan (UPYOBO, 57 items). Keyed by 保険者番号 +
 * 被保険者番号 + 計画作成(変更)日 (No.2–4; P4); parent of the 別表 rows {@link PreventionPlanSupportRow} (UPYOBO_SUB).
 * Deleted, with its 別表, by {@link PreventionPlanDeletion} (P8).
 *
 * <p>The four アセスメント領域 (No.24–39) are a repeated group of {@link AssessmentArea}, one per
 * {@link AssessmentDomain}. The six 基本チェックリストの該当数 (No.43–48) and the six 事業プログラムの要否 (No.49–54) are
 * not one repeated group, because the layout lists all counts before all 要否 (a repetition must be contiguous): they
 * are twelve components, read and set per {@link ChecklistProgram} with {@link #checklistCount(ChecklistProgram)},
 * {@link #programNeed(ChecklistProgram)} and {@link Builder#program(ChecklistProgram, Integer, ProgramNeed)}.
 *
 * <p>必須 items are checked by {@link Builder#build()}; 必要 (P14) is kept in the catalog for validation, which reports
 * an empty 必要 item as a warning. 委託の有無 (No.6) is 必要 only (U2).
 *
 * <p>A component is {@code null} when the item is empty. Build one with {@link #builder()}.
 *
 * @param csvVersion No.1 CSVバージョン (必須)
 * @param insurerNumber No.2 保険者番号 (必須)
 * @param insuredNumber No.3 被保険者番号 (必須)
 * @param planDate No.4 計画作成(変更)日 (必須)
 * @param planType No.5 計画種類 (必須)
 * @param entrustment No.6 委託の有無 (必要; not 必須: U2 reading (a), P14)
 * @param referenceNumber No.7 整理番号
 * @param userName No.8 利用者名 (必須)
 * @param certifiedOn No.9 認定年月日
 * @param certificationStart No.10 認定有効期間開始日
 * @param certificationEnd No.11 認定有効期間終了日
 * @param planCategory No.12 計画書区分 (the 居宅 list 【コード表】(1))
 * @param certificationStatus No.13 認定状況区分 (the 居宅 list 【コード表】(2))
 * @param supportLevel No.14 要支援状態区分
 * @param centerStaffName No.15 計画作成者氏名（地域包括支援センター担当者名）
 * @param careManagerName No.16 計画作成者氏名（担当介護支援専門員名）
 * @param plannerOfficeName No.17 計画作成者事業者・事業所名 (may hold other than an office name, P15)
 * @param plannerOfficeAddress No.18 計画作成者事業者・事業所住所
 * @param plannerOfficePhone No.19 計画作成者事業者・事業所電話番号
 * @param firstPlanDate No.20 初回作成日
 * @param supportCenter No.21 担当地域包括支援センター
 * @param dailyGoal No.22 目標とする生活(1日)
 * @param yearlyGoal No.23 目標とする生活(1年)
 * @param assessmentAreas No.24–39 アセスメント領域 【運動・移動】, 【日常生活(家庭生活)】, 【社会参加、対人関係・コミュニケーション】, 【健康管理】 (4 items each; trailing empty repetitions are dropped)
 * @param healthNotes No.40 健康状態の留意点
 * @param supportPolicy No.41 妥当な支援の実施に向けた方針
 * @param overallPolicy No.42 総合的な方針
 * @param checklistCountExercise No.43 基本チェックリストの該当数(運動不足) (a count 0–9: U20)
 * @param checklistCountNutrition No.44 基本チェックリストの該当数(栄養改善) (a count 0–9: U20)
 * @param checklistCountOralCare No.45 基本チェックリストの該当数(口腔内ケア) (a count 0–9: U20)
 * @param checklistCountWithdrawal No.46 基本チェックリストの該当数(閉じこもり予防) (a count 0–9: U20)
 * @param checklistCountForgetfulness No.47 基本チェックリストの該当数(物忘れ予防) (a count 0–9: U20)
 * @param checklistCountDepression No.48 基本チェックリストの該当数(うつ予防) (a count 0–9: U20)
 * @param programNeedExercise No.49 事業プログラムの要否(運動不足)
 * @param programNeedNutrition No.50 事業プログラムの要否(栄養改善)
 * @param programNeedOralCare No.51 事業プログラムの要否(口腔内ケア)
 * @param programNeedWithdrawal No.52 事業プログラムの要否(閉じこもり予防)
 * @param programNeedForgetfulness No.53 事業プログラムの要否(物忘れ予防)
 * @param programNeedDepression No.54 事業プログラムの要否(うつ予防)
 * @param centerOpinion No.55 地域包括支援センター意見
 * @param consentDate No.56 同意日
 * @param consenterName No.57 同意者氏名
 */
@ConformsToLayout
@Layout("UPYOBO")
public record PreventionPlan(
        @Column(no = 1, name = "CSVバージョン", length = 6, required = true, necessary = true) CsvVersion csvVersion,
        @Column(no = 2, name = "保険者番号", length = 6, required = true, necessary = true) InsurerNumber insurerNumber,
        @Column(no = 3, name = "被保険者番号", length = 10, required = true, necessary = true) InsuredNumber insuredNumber,
        @Column(no = 4, name = "計画作成(変更)日", length = 8, required = true, necessary = true) LocalDate planDate,
        @Column(no = 5, name = "計画種類", length = 1, required = true, necessary = true) Code<PreventionPlanType> planType,
        @Column(no = 6, name = "委託の有無", length = 1, necessary = true) Code<Entrustment> entrustment,
        @Column(no = 7, name = "整理番号") String referenceNumber,
        @Column(no = 8, name = "利用者名", required = true, necessary = true) String userName,
        @Column(no = 9, name = "認定年月日", length = 8) LocalDate certifiedOn,
        @Column(no = 10, name = "認定有効期間開始日", length = 8) LocalDate certificationStart,
        @Column(no = 11, name = "認定有効期間終了日", length = 8) LocalDate certificationEnd,
        @Column(no = 12, name = "計画書区分", length = 2) Code<PlanCategory> planCategory,
        @Column(no = 13, name = "認定状況区分", length = 1) Code<CertificationStatus> certificationStatus,
        @Column(no = 14, name = "要支援状態区分", length = 1) Code<SupportLevel> supportLevel,
        @Column(no = 15, name = "計画作成者氏名（地域包括支援センター担当者名）") String centerStaffName,
        @Column(no = 16, name = "計画作成者氏名（担当介護支援専門員名）") String careManagerName,
        @Column(no = 17, name = "計画作成者事業者・事業所名") String plannerOfficeName,
        @Column(no = 18, name = "計画作成者事業者・事業所住所") String plannerOfficeAddress,
        @Column(no = 19, name = "計画作成者事業者・事業所電話番号", length = 15) String plannerOfficePhone,
        @Column(no = 20, name = "初回作成日", length = 8) LocalDate firstPlanDate,
        @Column(no = 21, name = "担当地域包括支援センター") String supportCenter,
        @Column(no = 22, name = "目標とする生活(1日)") String dailyGoal,
        @Column(no = 23, name = "目標とする生活(1年)") String yearlyGoal,
        @Repeated(firstNo = 24, prefixes = {"【運動・移動】", "【日常生活(家庭生活)】", "【社会参加、対人関係・コミュニケーション】",
                    "【健康管理】"}) List<AssessmentArea> assessmentAreas,
        @Column(no = 40, name = "健康状態の留意点") String healthNotes,
        @Column(no = 41, name = "妥当な支援の実施に向けた方針") String supportPolicy,
        @Column(no = 42, name = "総合的な方針") String overallPolicy,
        @Column(no = 43, name = "基本チェックリストの該当数(運動不足)", length = 1) Integer checklistCountExercise,
        @Column(no = 44, name = "基本チェックリストの該当数(栄養改善)", length = 1) Integer checklistCountNutrition,
        @Column(no = 45, name = "基本チェックリストの該当数(口腔内ケア)", length = 1) Integer checklistCountOralCare,
        @Column(no = 46, name = "基本チェックリストの該当数(閉じこもり予防)", length = 1) Integer checklistCountWithdrawal,
        @Column(no = 47, name = "基本チェックリストの該当数(物忘れ予防)", length = 1) Integer checklistCountForgetfulness,
        @Column(no = 48, name = "基本チェックリストの該当数(うつ予防)", length = 1) Integer checklistCountDepression,
        @Column(no = 49, name = "事業プログラムの要否(運動不足)", length = 1) Code<ProgramNeed> programNeedExercise,
        @Column(no = 50, name = "事業プログラムの要否(栄養改善)", length = 1) Code<ProgramNeed> programNeedNutrition,
        @Column(no = 51, name = "事業プログラムの要否(口腔内ケア)", length = 1) Code<ProgramNeed> programNeedOralCare,
        @Column(no = 52, name = "事業プログラムの要否(閉じこもり予防)", length = 1) Code<ProgramNeed> programNeedWithdrawal,
        @Column(no = 53, name = "事業プログラムの要否(物忘れ予防)", length = 1) Code<ProgramNeed> programNeedForgetfulness,
        @Column(no = 54, name = "事業プログラムの要否(うつ予防)", length = 1) Code<ProgramNeed> programNeedDepression,
        @Column(no = 55, name = "地域包括支援センター意見") String centerOpinion,
        @Column(no = 56, name = "同意日", length = 8) LocalDate consentDate,
        @Column(no = 57, name = "同意者氏名") String consenterName) {

    /**
     * Copies the repeated groups, dropping trailing empty repetitions (an empty repetition is written as empty
     * items and reads back as absent, so the record keeps only what a file can carry).
     *
     * @param csvVersion No.1 CSVバージョン (必須)
     * @param insurerNumber No.2 保険者番号 (必須)
     * @param insuredNumber No.3 被保険者番号 (必須)
     * @param planDate No.4 計画作成(変更)日 (必須)
     * @param planType No.5 計画種類 (必須)
     * @param entrustment No.6 委託の有無 (必要; not 必須: U2 reading (a), P14)
     * @param referenceNumber No.7 整理番号
     * @param userName No.8 利用者名 (必須)
     * @param certifiedOn No.9 認定年月日
     * @param certificationStart No.10 認定有効期間開始日
     * @param certificationEnd No.11 認定有効期間終了日
     * @param planCategory No.12 計画書区分 (the 居宅 list 【コード表】(1))
     * @param certificationStatus No.13 認定状況区分 (the 居宅 list 【コード表】(2))
     * @param supportLevel No.14 要支援状態区分
     * @param centerStaffName No.15 計画作成者氏名（地域包括支援センター担当者名）
     * @param careManagerName No.16 計画作成者氏名（担当介護支援専門員名）
     * @param plannerOfficeName No.17 計画作成者事業者・事業所名 (may hold other than an office name, P15)
     * @param plannerOfficeAddress No.18 計画作成者事業者・事業所住所
     * @param plannerOfficePhone No.19 計画作成者事業者・事業所電話番号
     * @param firstPlanDate No.20 初回作成日
     * @param supportCenter No.21 担当地域包括支援センター
     * @param dailyGoal No.22 目標とする生活(1日)
     * @param yearlyGoal No.23 目標とする生活(1年)
     * @param assessmentAreas No.24–39 アセスメント領域 【運動・移動】, 【日常生活(家庭生活)】, 【社会参加、対人関係・コミュニケーション】, 【健康管理】 (4 items each; trailing empty repetitions are dropped)
     * @param healthNotes No.40 健康状態の留意点
     * @param supportPolicy No.41 妥当な支援の実施に向けた方針
     * @param overallPolicy No.42 総合的な方針
     * @param checklistCountExercise No.43 基本チェックリストの該当数(運動不足) (a count 0–9: U20)
     * @param checklistCountNutrition No.44 基本チェックリストの該当数(栄養改善) (a count 0–9: U20)
     * @param checklistCountOralCare No.45 基本チェックリストの該当数(口腔内ケア) (a count 0–9: U20)
     * @param checklistCountWithdrawal No.46 基本チェックリストの該当数(閉じこもり予防) (a count 0–9: U20)
     * @param checklistCountForgetfulness No.47 基本チェックリストの該当数(物忘れ予防) (a count 0–9: U20)
     * @param checklistCountDepression No.48 基本チェックリストの該当数(うつ予防) (a count 0–9: U20)
     * @param programNeedExercise No.49 事業プログラムの要否(運動不足)
     * @param programNeedNutrition No.50 事業プログラムの要否(栄養改善)
     * @param programNeedOralCare No.51 事業プログラムの要否(口腔内ケア)
     * @param programNeedWithdrawal No.52 事業プログラムの要否(閉じこもり予防)
     * @param programNeedForgetfulness No.53 事業プログラムの要否(物忘れ予防)
     * @param programNeedDepression No.54 事業プログラムの要否(うつ予防)
     * @param centerOpinion No.55 地域包括支援センター意見
     * @param consentDate No.56 同意日
     * @param consenterName No.57 同意者氏名
     * @throws IllegalArgumentException if a group has more repetitions than the layout
     * @throws NullPointerException if a group holds a {@code null} repetition
     */
    public PreventionPlan {
        assessmentAreas = Repetitions.normalise(assessmentAreas, 4, AssessmentArea::isEmpty, "assessmentAreas");
    }

    /** @return a builder with CSVバージョン {@code 202407} (V4.1) set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values, to derive a changed copy */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * The assessment area of one domain (アセスメント領域).
     *
     * @param domain the domain
     * @return the area, empty when the file leaves its four items empty
     */
    public Optional<AssessmentArea> assessment(AssessmentDomain domain) {
        int i = domain.ordinal();
        return i < assessmentAreas.size() && !assessmentAreas.get(i).isEmpty() ? Optional.of(assessmentAreas.get(i))
                : Optional.empty();
    }

    /**
     * 基本チェックリストの該当数 of one program (No.43–48).
     *
     * @param program the program
     * @return the count, or {@code null} when empty
     */
    public Integer checklistCount(ChecklistProgram program) {
        switch (program) {
            case EXERCISE:
                return checklistCountExercise;
            case NUTRITION:
                return checklistCountNutrition;
            case ORAL_CARE:
                return checklistCountOralCare;
            case WITHDRAWAL:
                return checklistCountWithdrawal;
            case FORGETFULNESS:
                return checklistCountForgetfulness;
            case DEPRESSION:
                return checklistCountDepression;
            default:
                throw new AssertionError(program);
        }
    }

    /**
     * 事業プログラムの要否 of one program (No.49–54).
     *
     * @param program the program
     * @return the code, or {@code null} when empty
     */
    public Code<ProgramNeed> programNeed(ChecklistProgram program) {
        switch (program) {
            case EXERCISE:
                return programNeedExercise;
            case NUTRITION:
                return programNeedNutrition;
            case ORAL_CARE:
                return programNeedOralCare;
            case WITHDRAWAL:
                return programNeedWithdrawal;
            case FORGETFULNESS:
                return programNeedForgetfulness;
            case DEPRESSION:
                return programNeedDepression;
            default:
                throw new AssertionError(program);
        }
    }

    /** Builds a {@link PreventionPlan}; not thread-safe. */
    public static final class Builder extends PreventionPlanFields {
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
         * Sets the assessment area of one domain (アセスメント領域), keeping the others; earlier domains left unset
         * become empty repetitions.
         *
         * @param domain the domain
         * @param area the area, or {@code null} to empty it
         * @return this builder
         */
        public Builder assessment(AssessmentDomain domain, AssessmentArea area) {
            List<AssessmentArea> areas = assessmentAreas();
            int i = domain.ordinal();
            while (areas.size() <= i) {
                areas.add(AssessmentArea.EMPTY);
            }
            areas.set(i, area == null ? AssessmentArea.EMPTY : area);
            return this;
        }

        /**
         * Sets one program's 基本チェックリストの該当数 (No.43–48) and 事業プログラムの要否 (No.49–54).
         *
         * @param program the program
         * @param count the count of applicable checklist items, or {@code null} for an empty item
         * @param need whether the program is needed, or {@code null} for an empty item
         * @return this builder
         */
        public Builder program(ChecklistProgram program, Integer count, ProgramNeed need) {
            return switch (program) {
                case EXERCISE -> checklistCountExercise(count).programNeedExercise(need);
                case NUTRITION -> checklistCountNutrition(count).programNeedNutrition(need);
                case ORAL_CARE -> checklistCountOralCare(count).programNeedOralCare(need);
                case WITHDRAWAL -> checklistCountWithdrawal(count).programNeedWithdrawal(need);
                case FORGETFULNESS -> checklistCountForgetfulness(count).programNeedForgetfulness(need);
                case DEPRESSION -> checklistCountDepression(count).programNeedDepression(need);
            };
        }
    }
}
