package io.github.careplanspec.model.kyotaku;

import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.PostalCode;
import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.ConformsToLayout;
import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.Layout;
import io.github.careplanspec.model.code.CareLevel;
import io.github.careplanspec.model.code.CertificationStatus;
import io.github.careplanspec.model.code.Code;
import io.github.careplanspec.model.code.LivingSupportReason;
import io.github.careplanspec.model.code.PlanCategory;
import java.time.LocalDate;

/**
 * 居宅サービス計画書（１）— 第1表 (UP1KYO, 28 items). Keyed by 保険者番号 + 被保険者番号 +
 * 居宅サービス計画作成（変更）日 (No.2, 3, 14); parent of 第2表, 第3表 and 利用者補足情報 (R26).
 *
 * <p>A component is {@code null} when the item is empty. Build one with {@link #builder()}.
 *
 * @param csvVersion No.1 CSVバージョン (必須)
 * @param insurerNumber No.2 保険者番号 (必須)
 * @param insuredNumber No.3 被保険者番号 (必須)
 * @param createdOn No.4 作成年月日 (必須)
 * @param userPostalCode No.5 利用者郵便番号
 * @param userAddress1 No.6 利用者住所１
 * @param userAddress2 No.7 利用者住所２
 * @param plannerName No.8 居宅サービス計画作成者氏名 (必須)
 * @param supportOfficeName No.9 介護支援事業者名 (必須)
 * @param supportOfficePostalCode No.10 介護支援事業者郵便番号
 * @param supportOfficeAddress1 No.11 介護支援事業者住所１
 * @param supportOfficeAddress2 No.12 介護支援事業者住所２
 * @param supportOfficeNumber No.13 介護支援事業者コード (必須)
 * @param planDate No.14 居宅サービス計画作成（変更）日 (必須; key)
 * @param firstPlanDate No.15 初回居宅サービス計画作成日 (必須)
 * @param planCategory No.16 計画書区分
 * @param certificationStatus No.17 認定状況区分
 * @param certifiedOn No.18 認定日
 * @param certificationStart No.19 認定有効期間開始日
 * @param certificationEnd No.20 認定有効期間終了日
 * @param careLevel No.21 要介護状態区分
 * @param assessmentResult No.22 利用者及び家族の生活に対する意向を踏まえた課題分析の結果
 * @param reviewBoardOpinion No.23 介護認定審査会の意見及びサービスの種類の指定
 * @param overallPolicy No.24 総合的な援助の方針
 * @param livingSupportReason No.25 生活援助中心型の算定理由
 * @param otherReason No.26 その他理由
 * @param updaterCode No.27 更新業者コード (居宅支援事業者番号, R53)
 * @param identifier No.28 識別子 (「使用しない」: written empty, R53)
 */
@ConformsToLayout
@Layout("UP1KYO")
public record CarePlanTable1(
        @Column(no = 1, name = "CSVバージョン", length = 6, required = true) CsvVersion csvVersion,
        @Column(no = 2, name = "保険者番号", length = 6, required = true) InsurerNumber insurerNumber,
        @Column(no = 3, name = "被保険者番号", length = 10, required = true) InsuredNumber insuredNumber,
        @Column(no = 4, name = "作成年月日", length = 8, required = true) LocalDate createdOn,
        @Column(no = 5, name = "利用者郵便番号", length = 8) PostalCode userPostalCode,
        @Column(no = 6, name = "利用者住所１") String userAddress1,
        @Column(no = 7, name = "利用者住所２") String userAddress2,
        @Column(no = 8, name = "居宅サービス計画作成者氏名", required = true) String plannerName,
        @Column(no = 9, name = "介護支援事業者名", required = true) String supportOfficeName,
        @Column(no = 10, name = "介護支援事業者郵便番号", length = 8) PostalCode supportOfficePostalCode,
        @Column(no = 11, name = "介護支援事業者住所１") String supportOfficeAddress1,
        @Column(no = 12, name = "介護支援事業者住所２") String supportOfficeAddress2,
        @Column(no = 13, name = "介護支援事業者コード", length = 10, required = true) OfficeNumber supportOfficeNumber,
        @Column(no = 14, name = "居宅サービス計画作成（変更）日", length = 8, required = true) LocalDate planDate,
        @Column(no = 15, name = "初回居宅サービス計画作成日", length = 8, required = true) LocalDate firstPlanDate,
        @Column(no = 16, name = "計画書区分", length = 2) Code<PlanCategory> planCategory,
        @Column(no = 17, name = "認定状況区分", length = 1) Code<CertificationStatus> certificationStatus,
        @Column(no = 18, name = "認定日", length = 8) LocalDate certifiedOn,
        @Column(no = 19, name = "認定有効期間開始日", length = 8) LocalDate certificationStart,
        @Column(no = 20, name = "認定有効期間終了日", length = 8) LocalDate certificationEnd,
        @Column(no = 21, name = "要介護状態区分", length = 2) Code<CareLevel> careLevel,
        @Column(no = 22, name = "利用者及び家族の生活に対する意向を踏まえた課題分析の結果") String assessmentResult,
        @Column(no = 23, name = "介護認定審査会の意見及びサービスの種類の指定") String reviewBoardOpinion,
        @Column(no = 24, name = "総合的な援助の方針") String overallPolicy,
        @Column(no = 25, name = "生活援助中心型の算定理由", length = 1) Code<LivingSupportReason> livingSupportReason,
        @Column(no = 26, name = "その他理由") String otherReason,
        @Column(no = 27, name = "更新業者コード", length = 10) OfficeNumber updaterCode,
        @Column(no = 28, name = "識別子", length = 1, format = FieldFormat.UNUSED) String identifier) {

    /** @return a builder with CSVバージョン {@code 202407} (V4.1) set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values, to derive a changed copy */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds a {@link CarePlanTable1}; not thread-safe. The setters are generated from the components. */
    public static final class Builder extends CarePlanTable1Fields {
        private Builder() {
        }

        /**
         * Sets the key: 保険者番号, 被保険者番号 and 居宅サービス計画作成（変更）日 (No.2, 3, 14).
         *
         * @param insurer No.2 保険者番号
         * @param insured No.3 被保険者番号
         * @param planDate No.14 居宅サービス計画作成（変更）日
         * @return this builder
         */
        public Builder key(InsurerNumber insurer, InsuredNumber insured, LocalDate planDate) {
            return insurerNumber(insurer).insuredNumber(insured).planDate(planDate);
        }

        /**
         * Sets the certification period.
         *
         * @param start No.19 認定有効期間開始日
         * @param end No.20 認定有効期間終了日
         * @return this builder
         */
        public Builder certificationPeriod(LocalDate start, LocalDate end) {
            return certificationStart(start).certificationEnd(end);
        }
    }
}
