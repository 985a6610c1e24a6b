package io.github.careplanspec.model.yobo;

import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.ConformsToLayout;
import io.github.careplanspec.model.catalog.Layout;
import io.github.careplanspec.model.catalog.Records;
import io.github.careplanspec.model.catalog.Repeated;
import io.github.careplanspec.model.code.CertificationStatus;
import io.github.careplanspec.model.code.Code;
import io.github.careplanspec.model.code.Entrustment;
import io.github.careplanspec.model.code.PlanCategory;
import io.github.careplanspec.model.code.PreventionPlanType;
import io.github.careplanspec.model.code.ProgramNeed;
import io.github.careplanspec.model.code.SupportLevel;
import java.time.LocalDate;
import java.util.ArrayList;
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
        Builder b = new Builder();
        b.csvVersion = csvVersion;
        b.insurerNumber = insurerNumber;
        b.insuredNumber = insuredNumber;
        b.planDate = planDate;
        b.planType = planType;
        b.entrustment = entrustment;
        b.referenceNumber = referenceNumber;
        b.userName = userName;
        b.certifiedOn = certifiedOn;
        b.certificationStart = certificationStart;
        b.certificationEnd = certificationEnd;
        b.planCategory = planCategory;
        b.certificationStatus = certificationStatus;
        b.supportLevel = supportLevel;
        b.centerStaffName = centerStaffName;
        b.careManagerName = careManagerName;
        b.plannerOfficeName = plannerOfficeName;
        b.plannerOfficeAddress = plannerOfficeAddress;
        b.plannerOfficePhone = plannerOfficePhone;
        b.firstPlanDate = firstPlanDate;
        b.supportCenter = supportCenter;
        b.dailyGoal = dailyGoal;
        b.yearlyGoal = yearlyGoal;
        b.assessmentAreas = new ArrayList<>(assessmentAreas);
        b.healthNotes = healthNotes;
        b.supportPolicy = supportPolicy;
        b.overallPolicy = overallPolicy;
        b.checklistCountExercise = checklistCountExercise;
        b.checklistCountNutrition = checklistCountNutrition;
        b.checklistCountOralCare = checklistCountOralCare;
        b.checklistCountWithdrawal = checklistCountWithdrawal;
        b.checklistCountForgetfulness = checklistCountForgetfulness;
        b.checklistCountDepression = checklistCountDepression;
        b.programNeedExercise = programNeedExercise;
        b.programNeedNutrition = programNeedNutrition;
        b.programNeedOralCare = programNeedOralCare;
        b.programNeedWithdrawal = programNeedWithdrawal;
        b.programNeedForgetfulness = programNeedForgetfulness;
        b.programNeedDepression = programNeedDepression;
        b.centerOpinion = centerOpinion;
        b.consentDate = consentDate;
        b.consenterName = consenterName;
        return b;
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
    public static final class Builder {
        private CsvVersion csvVersion = CsvVersion.V4_1;
        private InsurerNumber insurerNumber;
        private InsuredNumber insuredNumber;
        private LocalDate planDate;
        private Code<PreventionPlanType> planType;
        private Code<Entrustment> entrustment;
        private String referenceNumber;
        private String userName;
        private LocalDate certifiedOn;
        private LocalDate certificationStart;
        private LocalDate certificationEnd;
        private Code<PlanCategory> planCategory;
        private Code<CertificationStatus> certificationStatus;
        private Code<SupportLevel> supportLevel;
        private String centerStaffName;
        private String careManagerName;
        private String plannerOfficeName;
        private String plannerOfficeAddress;
        private String plannerOfficePhone;
        private LocalDate firstPlanDate;
        private String supportCenter;
        private String dailyGoal;
        private String yearlyGoal;
        private List<AssessmentArea> assessmentAreas = new ArrayList<>();
        private String healthNotes;
        private String supportPolicy;
        private String overallPolicy;
        private Integer checklistCountExercise;
        private Integer checklistCountNutrition;
        private Integer checklistCountOralCare;
        private Integer checklistCountWithdrawal;
        private Integer checklistCountForgetfulness;
        private Integer checklistCountDepression;
        private Code<ProgramNeed> programNeedExercise;
        private Code<ProgramNeed> programNeedNutrition;
        private Code<ProgramNeed> programNeedOralCare;
        private Code<ProgramNeed> programNeedWithdrawal;
        private Code<ProgramNeed> programNeedForgetfulness;
        private Code<ProgramNeed> programNeedDepression;
        private String centerOpinion;
        private LocalDate consentDate;
        private String consenterName;

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
            this.insurerNumber = insurer;
            this.insuredNumber = insured;
            this.planDate = planDate;
            return this;
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
            int i = domain.ordinal();
            while (assessmentAreas.size() <= i) {
                assessmentAreas.add(AssessmentArea.EMPTY);
            }
            assessmentAreas.set(i, area == null ? AssessmentArea.EMPTY : area);
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
            Code<ProgramNeed> c = need == null ? null : Code.of(need);
            switch (program) {
                case EXERCISE:
                    checklistCountExercise = count;
                    programNeedExercise = c;
                    break;
                case NUTRITION:
                    checklistCountNutrition = count;
                    programNeedNutrition = c;
                    break;
                case ORAL_CARE:
                    checklistCountOralCare = count;
                    programNeedOralCare = c;
                    break;
                case WITHDRAWAL:
                    checklistCountWithdrawal = count;
                    programNeedWithdrawal = c;
                    break;
                case FORGETFULNESS:
                    checklistCountForgetfulness = count;
                    programNeedForgetfulness = c;
                    break;
                case DEPRESSION:
                    checklistCountDepression = count;
                    programNeedDepression = c;
                    break;
                default:
                    throw new AssertionError(program);
            }
            return this;
        }

        /**
         * Sets No.1 CSVバージョン (必須).
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder csvVersion(CsvVersion v) {
            this.csvVersion = v;
            return this;
        }

        /**
         * Sets No.2 保険者番号 (必須).
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder insurerNumber(InsurerNumber v) {
            this.insurerNumber = v;
            return this;
        }

        /**
         * Sets No.3 被保険者番号 (必須).
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder insuredNumber(InsuredNumber v) {
            this.insuredNumber = v;
            return this;
        }

        /**
         * Sets No.4 計画作成(変更)日 (必須).
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder planDate(LocalDate v) {
            this.planDate = v;
            return this;
        }

        /**
         * Sets No.5 計画種類 (必須).
         *
         * @param v the code, or {@code null} for an empty item
         * @return this builder
         */
        public Builder planType(PreventionPlanType v) {
            this.planType = v == null ? null : Code.of(v);
            return this;
        }

        /**
         * Sets No.5 計画種類 (必須), possibly a code the list does not know.
         *
         * @param v the code, or {@code null} for an empty item
         * @return this builder
         */
        public Builder planType(Code<PreventionPlanType> v) {
            this.planType = v;
            return this;
        }

        /**
         * Sets No.6 委託の有無 (必要; not 必須: U2 reading (a), P14).
         *
         * @param v the code, or {@code null} for an empty item
         * @return this builder
         */
        public Builder entrustment(Entrustment v) {
            this.entrustment = v == null ? null : Code.of(v);
            return this;
        }

        /**
         * Sets No.6 委託の有無 (必要; not 必須: U2 reading (a), P14), possibly a code the list does not know.
         *
         * @param v the code, or {@code null} for an empty item
         * @return this builder
         */
        public Builder entrustment(Code<Entrustment> v) {
            this.entrustment = v;
            return this;
        }

        /**
         * Sets No.7 整理番号.
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder referenceNumber(String v) {
            this.referenceNumber = v;
            return this;
        }

        /**
         * Sets No.8 利用者名 (必須).
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder userName(String v) {
            this.userName = v;
            return this;
        }

        /**
         * Sets No.9 認定年月日.
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder certifiedOn(LocalDate v) {
            this.certifiedOn = v;
            return this;
        }

        /**
         * Sets No.10 認定有効期間開始日.
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder certificationStart(LocalDate v) {
            this.certificationStart = v;
            return this;
        }

        /**
         * Sets No.11 認定有効期間終了日.
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder certificationEnd(LocalDate v) {
            this.certificationEnd = v;
            return this;
        }

        /**
         * Sets No.12 計画書区分 (the 居宅 list 【コード表】(1)).
         *
         * @param v the code, or {@code null} for an empty item
         * @return this builder
         */
        public Builder planCategory(PlanCategory v) {
            this.planCategory = v == null ? null : Code.of(v);
            return this;
        }

        /**
         * Sets No.12 計画書区分 (the 居宅 list 【コード表】(1)), possibly a code the list does not know.
         *
         * @param v the code, or {@code null} for an empty item
         * @return this builder
         */
        public Builder planCategory(Code<PlanCategory> v) {
            this.planCategory = v;
            return this;
        }

        /**
         * Sets No.13 認定状況区分 (the 居宅 list 【コード表】(2)).
         *
         * @param v the code, or {@code null} for an empty item
         * @return this builder
         */
        public Builder certificationStatus(CertificationStatus v) {
            this.certificationStatus = v == null ? null : Code.of(v);
            return this;
        }

        /**
         * Sets No.13 認定状況区分 (the 居宅 list 【コード表】(2)), possibly a code the list does not know.
         *
         * @param v the code, or {@code null} for an empty item
         * @return this builder
         */
        public Builder certificationStatus(Code<CertificationStatus> v) {
            this.certificationStatus = v;
            return this;
        }

        /**
         * Sets No.14 要支援状態区分.
         *
         * @param v the code, or {@code null} for an empty item
         * @return this builder
         */
        public Builder supportLevel(SupportLevel v) {
            this.supportLevel = v == null ? null : Code.of(v);
            return this;
        }

        /**
         * Sets No.14 要支援状態区分, possibly a code the list does not know.
         *
         * @param v the code, or {@code null} for an empty item
         * @return this builder
         */
        public Builder supportLevel(Code<SupportLevel> v) {
            this.supportLevel = v;
            return this;
        }

        /**
         * Sets No.15 計画作成者氏名（地域包括支援センター担当者名）.
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder centerStaffName(String v) {
            this.centerStaffName = v;
            return this;
        }

        /**
         * Sets No.16 計画作成者氏名（担当介護支援専門員名）.
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder careManagerName(String v) {
            this.careManagerName = v;
            return this;
        }

        /**
         * Sets No.17 計画作成者事業者・事業所名 (may hold other than an office name, P15).
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder plannerOfficeName(String v) {
            this.plannerOfficeName = v;
            return this;
        }

        /**
         * Sets No.18 計画作成者事業者・事業所住所.
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder plannerOfficeAddress(String v) {
            this.plannerOfficeAddress = v;
            return this;
        }

        /**
         * Sets No.19 計画作成者事業者・事業所電話番号.
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder plannerOfficePhone(String v) {
            this.plannerOfficePhone = v;
            return this;
        }

        /**
         * Sets No.20 初回作成日.
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder firstPlanDate(LocalDate v) {
            this.firstPlanDate = v;
            return this;
        }

        /**
         * Sets No.21 担当地域包括支援センター.
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder supportCenter(String v) {
            this.supportCenter = v;
            return this;
        }

        /**
         * Sets No.22 目標とする生活(1日).
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder dailyGoal(String v) {
            this.dailyGoal = v;
            return this;
        }

        /**
         * Sets No.23 目標とする生活(1年).
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder yearlyGoal(String v) {
            this.yearlyGoal = v;
            return this;
        }

        /**
         * Sets No.24–39 アセスメント領域 【運動・移動】, 【日常生活(家庭生活)】, 【社会参加、対人関係・コミュニケーション】, 【健康管理】 (4 items each; trailing empty repetitions are dropped).
         *
         * @param v the repetitions in order, at most 4; {@code null} for none
         * @return this builder
         */
        public Builder assessmentAreas(List<AssessmentArea> v) {
            this.assessmentAreas = v == null ? new ArrayList<>() : new ArrayList<>(v);
            return this;
        }

        /**
         * Sets No.40 健康状態の留意点.
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder healthNotes(String v) {
            this.healthNotes = v;
            return this;
        }

        /**
         * Sets No.41 妥当な支援の実施に向けた方針.
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder supportPolicy(String v) {
            this.supportPolicy = v;
            return this;
        }

        /**
         * Sets No.42 総合的な方針.
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder overallPolicy(String v) {
            this.overallPolicy = v;
            return this;
        }

        /**
         * Sets No.43 基本チェックリストの該当数(運動不足) (a count 0–9: U20).
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder checklistCountExercise(Integer v) {
            this.checklistCountExercise = v;
            return this;
        }

        /**
         * Sets No.44 基本チェックリストの該当数(栄養改善) (a count 0–9: U20).
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder checklistCountNutrition(Integer v) {
            this.checklistCountNutrition = v;
            return this;
        }

        /**
         * Sets No.45 基本チェックリストの該当数(口腔内ケア) (a count 0–9: U20).
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder checklistCountOralCare(Integer v) {
            this.checklistCountOralCare = v;
            return this;
        }

        /**
         * Sets No.46 基本チェックリストの該当数(閉じこもり予防) (a count 0–9: U20).
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder checklistCountWithdrawal(Integer v) {
            this.checklistCountWithdrawal = v;
            return this;
        }

        /**
         * Sets No.47 基本チェックリストの該当数(物忘れ予防) (a count 0–9: U20).
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder checklistCountForgetfulness(Integer v) {
            this.checklistCountForgetfulness = v;
            return this;
        }

        /**
         * Sets No.48 基本チェックリストの該当数(うつ予防) (a count 0–9: U20).
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder checklistCountDepression(Integer v) {
            this.checklistCountDepression = v;
            return this;
        }

        /**
         * Sets No.49 事業プログラムの要否(運動不足).
         *
         * @param v the code, or {@code null} for an empty item
         * @return this builder
         */
        public Builder programNeedExercise(ProgramNeed v) {
            this.programNeedExercise = v == null ? null : Code.of(v);
            return this;
        }

        /**
         * Sets No.49 事業プログラムの要否(運動不足), possibly a code the list does not know.
         *
         * @param v the code, or {@code null} for an empty item
         * @return this builder
         */
        public Builder programNeedExercise(Code<ProgramNeed> v) {
            this.programNeedExercise = v;
            return this;
        }

        /**
         * Sets No.50 事業プログラムの要否(栄養改善).
         *
         * @param v the code, or {@code null} for an empty item
         * @return this builder
         */
        public Builder programNeedNutrition(ProgramNeed v) {
            this.programNeedNutrition = v == null ? null : Code.of(v);
            return this;
        }

        /**
         * Sets No.50 事業プログラムの要否(栄養改善), possibly a code the list does not know.
         *
         * @param v the code, or {@code null} for an empty item
         * @return this builder
         */
        public Builder programNeedNutrition(Code<ProgramNeed> v) {
            this.programNeedNutrition = v;
            return this;
        }

        /**
         * Sets No.51 事業プログラムの要否(口腔内ケア).
         *
         * @param v the code, or {@code null} for an empty item
         * @return this builder
         */
        public Builder programNeedOralCare(ProgramNeed v) {
            this.programNeedOralCare = v == null ? null : Code.of(v);
            return this;
        }

        /**
         * Sets No.51 事業プログラムの要否(口腔内ケア), possibly a code the list does not know.
         *
         * @param v the code, or {@code null} for an empty item
         * @return this builder
         */
        public Builder programNeedOralCare(Code<ProgramNeed> v) {
            this.programNeedOralCare = v;
            return this;
        }

        /**
         * Sets No.52 事業プログラムの要否(閉じこもり予防).
         *
         * @param v the code, or {@code null} for an empty item
         * @return this builder
         */
        public Builder programNeedWithdrawal(ProgramNeed v) {
            this.programNeedWithdrawal = v == null ? null : Code.of(v);
            return this;
        }

        /**
         * Sets No.52 事業プログラムの要否(閉じこもり予防), possibly a code the list does not know.
         *
         * @param v the code, or {@code null} for an empty item
         * @return this builder
         */
        public Builder programNeedWithdrawal(Code<ProgramNeed> v) {
            this.programNeedWithdrawal = v;
            return this;
        }

        /**
         * Sets No.53 事業プログラムの要否(物忘れ予防).
         *
         * @param v the code, or {@code null} for an empty item
         * @return this builder
         */
        public Builder programNeedForgetfulness(ProgramNeed v) {
            this.programNeedForgetfulness = v == null ? null : Code.of(v);
            return this;
        }

        /**
         * Sets No.53 事業プログラムの要否(物忘れ予防), possibly a code the list does not know.
         *
         * @param v the code, or {@code null} for an empty item
         * @return this builder
         */
        public Builder programNeedForgetfulness(Code<ProgramNeed> v) {
            this.programNeedForgetfulness = v;
            return this;
        }

        /**
         * Sets No.54 事業プログラムの要否(うつ予防).
         *
         * @param v the code, or {@code null} for an empty item
         * @return this builder
         */
        public Builder programNeedDepression(ProgramNeed v) {
            this.programNeedDepression = v == null ? null : Code.of(v);
            return this;
        }

        /**
         * Sets No.54 事業プログラムの要否(うつ予防), possibly a code the list does not know.
         *
         * @param v the code, or {@code null} for an empty item
         * @return this builder
         */
        public Builder programNeedDepression(Code<ProgramNeed> v) {
            this.programNeedDepression = v;
            return this;
        }

        /**
         * Sets No.55 地域包括支援センター意見.
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder centerOpinion(String v) {
            this.centerOpinion = v;
            return this;
        }

        /**
         * Sets No.56 同意日.
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder consentDate(LocalDate v) {
            this.consentDate = v;
            return this;
        }

        /**
         * Sets No.57 同意者氏名.
         *
         * @param v the value, or {@code null} for an empty item
         * @return this builder
         */
        public Builder consenterName(String v) {
            this.consenterName = v;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws IllegalStateException naming every 必須 item left empty
         * @throws IllegalArgumentException if a repeated group has more repetitions than the layout
         */
        public PreventionPlan build() {
            return Records.requireRequired(new PreventionPlan(csvVersion, insurerNumber, insuredNumber, planDate, planType, entrustment, referenceNumber,
                    userName, certifiedOn, certificationStart, certificationEnd, planCategory,
                    certificationStatus, supportLevel, centerStaffName, careManagerName, plannerOfficeName,
                    plannerOfficeAddress, plannerOfficePhone, firstPlanDate, supportCenter, dailyGoal, yearlyGoal,
                    assessmentAreas, healthNotes, supportPolicy, overallPolicy, checklistCountExercise,
                    checklistCountNutrition, checklistCountOralCare, checklistCountWithdrawal,
                    checklistCountForgetfulness, checklistCountDepression, programNeedExercise,
                    programNeedNutrition, programNeedOralCare, programNeedWithdrawal, programNeedForgetfulness,
                    programNeedDepression, centerOpinion, consentDate, consenterName));
        }
    }
}
