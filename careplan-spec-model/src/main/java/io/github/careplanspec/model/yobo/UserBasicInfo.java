package io.github.careplanspec.model.yobo;

import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.ConformsToLayout;
import io.github.careplanspec.model.catalog.Layout;
import io.github.careplanspec.model.catalog.Repeated;
import io.github.careplanspec.model.code.BasicChecklistResult;
import io.github.careplanspec.model.code.Code;
import io.github.careplanspec.model.code.ConsultationMethod;
import io.github.careplanspec.model.code.ConsultationRound;
import io.github.careplanspec.model.code.DementiaElderlyIndependence;
import io.github.careplanspec.model.code.DisabilityCertification;
import io.github.careplanspec.model.code.DisabledElderlyIndependence;
import io.github.careplanspec.model.code.EconomicStatus;
import io.github.careplanspec.model.code.Entrustment;
import io.github.careplanspec.model.code.HomeModification;
import io.github.careplanspec.model.code.HousingType;
import io.github.careplanspec.model.code.PreventionPlanType;
import io.github.careplanspec.model.code.UserCurrentSituation;
import io.github.careplanspec.model.code.UserGender;
import io.github.careplanspec.model.code.YoboCareLevel;
import java.time.LocalDate;
import java.util.List;

/**
 * 利用者基本情報 — the user's basic information of 介護予防支援・介護予防ケアマネジメント (UPKIHON, 71 items). Keyed by
 * 保険者番号 + 被保険者番号 + 相談日 (No.2–4; P4); parent of 別表1 {@link DailyScheduleEntry} (UPKIHON_SUB1), 別表2
 * {@link MedicalHistoryEntry} (UPKIHON_SUB2) and the 家族構成 JPEG image named by No.62 ({@link FamilyImageReference},
 * P6). Deleted, with those dependents, by {@link UserBasicInfoDeletion} (P8).
 *
 * <p>必須 items are checked by {@link Builder#build()}; 必要 (P14) is kept in the catalog for validation, which reports
 * an empty 必要 item as a warning. 委託の有無 (No.6) is 必要 only (U2).
 *
 * <p>A component is {@code null} when the item is empty. Build one with {@link #builder()}.
 *
 * @param csvVersion No.1 CSVバージョン (必須)
 * @param insurerNumber No.2 保険者番号 (必須)
 * @param insuredNumber No.3 被保険者番号 (必須)
 * @param consultationDate No.4 相談日 (必須)
 * @param planType No.5 計画種類 (必須)
 * @param entrustment No.6 委託の有無 (必要; not 必須: U2 reading (a), P14)
 * @param author No.7 作成担当者
 * @param consultationMethod No.8 相談方法
 * @param consultationMethodOther No.9 相談方法(その他の内容) (when No.8 is 03 その他, P15)
 * @param consultationRound No.10 相談回数
 * @param previousConsultationDate No.11 前回相談日
 * @param currentSituation No.12 利用者の現況
 * @param currentSituationNote No.13 利用者の現況(状況補足) (when No.12 is 02 入院又は入所中, P15, U5)
 * @param userNameKana No.14 利用者氏名ﾌﾘｶﾞﾅ (必須)
 * @param userName No.15 利用者氏名 (必須)
 * @param userGender No.16 利用者性別 (必須)
 * @param userBirthDate No.17 利用者生年月日 (必須)
 * @param userAddress No.18 利用者住所
 * @param userPhone No.19 利用者電話番号
 * @param userFax No.20 利用者Fax番号
 * @param disabledElderlyIndependence No.21 障害高齢者の日常生活自立度
 * @param dementiaElderlyIndependence No.22 認知症高齢者の日常生活自立度
 * @param careLevel No.23 要介護状態区分
 * @param certificationStart No.24 認定有効期限開始日 (name printed with 期限, U5)
 * @param certificationEnd No.25 認定有効期間終了日
 * @param previousCareLevel No.26 前回の介護度
 * @param basicChecklistResult No.27 基本チェックリスト記入結果
 * @param basicChecklistDate No.28 基本チェックリスト記入日
 * @param physicalDisability No.29 障害等認定(身障)
 * @param intellectualDisability No.30 障害等認定(療育)
 * @param mentalDisability No.31 障害等認定(精神)
 * @param intractableDisease No.32 障害等認定(難病)
 * @param disabilityNotes No.33 障害等認定特記事項
 * @param housingType No.34 居住形態
 * @param roomFloor No.35 自室の階数 (text, not a number: U20)
 * @param homeModification No.36 住宅改修の有無
 * @param nationalPension No.37 経済状況(国民年金)
 * @param employeesPension No.38 経済状況(厚生年金)
 * @param disabilityPension No.39 経済状況(障害年金)
 * @param publicAssistance No.40 経済状況(生活保護)
 * @param economicNotes No.41 経済状況詳細
 * @param visitorName No.42 来所者(相談者)氏名
 * @param visitorAddress No.43 来所者(相談者)住所 (may hold other than an address, P15)
 * @param visitorPhone No.44 来所者(相談者)電話番号
 * @param visitorRelationship No.45 来所者(相談者)続柄
 * @param emergencyContacts No.46–61 緊急連絡先 1–4 (4 items each; trailing empty repetitions are dropped)
 * @param familyImage No.62 家族構成 画像ファイル名
 * @param familySituation No.63 家族関係等の状況
 * @param lifeHistory No.64 今までの生活
 * @param dailyLife No.65 １日の生活・すごし方(生活全般) (the time schedule itself is UPKIHON_SUB1)
 * @param hobbies No.66 趣味・楽しみ・特技
 * @param communityRelations No.67 友人・地域との関係
 * @param publicServices No.68 現在利用している公的サービス
 * @param privateServices No.69 現在利用している非公的サービス
 * @param consentDate No.70 同意日
 * @param consenterName No.71 同意者氏名
 */
@ConformsToLayout
@Layout("UPKIHON")
public record UserBasicInfo(
        @Column(no = 1, name = "CSVバージョン", length = 6, required = true, necessary = true) CsvVersion csvVersion,
        @Column(no = 2, name = "保険者番号", length = 6, required = true, necessary = true) InsurerNumber insurerNumber,
        @Column(no = 3, name = "被保険者番号", length = 10, required = true, necessary = true) InsuredNumber insuredNumber,
        @Column(no = 4, name = "相談日", length = 8, required = true, necessary = true) LocalDate consultationDate,
        @Column(no = 5, name = "計画種類", length = 1, required = true, necessary = true) Code<PreventionPlanType> planType,
        @Column(no = 6, name = "委託の有無", length = 1, necessary = true) Code<Entrustment> entrustment,
        @Column(no = 7, name = "作成担当者") String author,
        @Column(no = 8, name = "相談方法", length = 2) Code<ConsultationMethod> consultationMethod,
        @Column(no = 9, name = "相談方法(その他の内容)") String consultationMethodOther,
        @Column(no = 10, name = "相談回数", length = 2) Code<ConsultationRound> consultationRound,
        @Column(no = 11, name = "前回相談日", length = 8) LocalDate previousConsultationDate,
        @Column(no = 12, name = "利用者の現況", length = 2) Code<UserCurrentSituation> currentSituation,
        @Column(no = 13, name = "利用者の現況(状況補足)") String currentSituationNote,
        @Column(no = 14, name = "利用者氏名ﾌﾘｶﾞﾅ", required = true, necessary = true) String userNameKana,
        @Column(no = 15, name = "利用者氏名", required = true, necessary = true) String userName,
        @Column(no = 16, name = "利用者性別", length = 1, required = true, necessary = true) Code<UserGender> userGender,
        @Column(no = 17, name = "利用者生年月日", length = 8, required = true, necessary = true) LocalDate userBirthDate,
        @Column(no = 18, name = "利用者住所") String userAddress,
        @Column(no = 19, name = "利用者電話番号", length = 15) String userPhone,
        @Column(no = 20, name = "利用者Fax番号", length = 15) String userFax,
        @Column(no = 21, name = "障害高齢者の日常生活自立度", length = 2) Code<DisabledElderlyIndependence> disabledElderlyIndependence,
        @Column(no = 22, name = "認知症高齢者の日常生活自立度", length = 2) Code<DementiaElderlyIndependence> dementiaElderlyIndependence,
        @Column(no = 23, name = "要介護状態区分", length = 2) Code<YoboCareLevel> careLevel,
        @Column(no = 24, name = "認定有効期限開始日", length = 8) LocalDate certificationStart,
        @Column(no = 25, name = "認定有効期間終了日", length = 8) LocalDate certificationEnd,
        @Column(no = 26, name = "前回の介護度", length = 2) Code<YoboCareLevel> previousCareLevel,
        @Column(no = 27, name = "基本チェックリスト記入結果", length = 1) Code<BasicChecklistResult> basicChecklistResult,
        @Column(no = 28, name = "基本チェックリスト記入日", length = 8) LocalDate basicChecklistDate,
        @Column(no = 29, name = "障害等認定(身障)", length = 1) Code<DisabilityCertification> physicalDisability,
        @Column(no = 30, name = "障害等認定(療育)", length = 1) Code<DisabilityCertification> intellectualDisability,
        @Column(no = 31, name = "障害等認定(精神)", length = 1) Code<DisabilityCertification> mentalDisability,
        @Column(no = 32, name = "障害等認定(難病)", length = 1) Code<DisabilityCertification> intractableDisease,
        @Column(no = 33, name = "障害等認定特記事項") String disabilityNotes,
        @Column(no = 34, name = "居住形態", length = 2) Code<HousingType> housingType,
        @Column(no = 35, name = "自室の階数", length = 2) String roomFloor,
        @Column(no = 36, name = "住宅改修の有無", length = 1) Code<HomeModification> homeModification,
        @Column(no = 37, name = "経済状況(国民年金)", length = 1) Code<EconomicStatus> nationalPension,
        @Column(no = 38, name = "経済状況(厚生年金)", length = 1) Code<EconomicStatus> employeesPension,
        @Column(no = 39, name = "経済状況(障害年金)", length = 1) Code<EconomicStatus> disabilityPension,
        @Column(no = 40, name = "経済状況(生活保護)", length = 1) Code<EconomicStatus> publicAssistance,
        @Column(no = 41, name = "経済状況詳細") String economicNotes,
        @Column(no = 42, name = "来所者(相談者)氏名") String visitorName,
        @Column(no = 43, name = "来所者(相談者)住所") String visitorAddress,
        @Column(no = 44, name = "来所者(相談者)電話番号", length = 15) String visitorPhone,
        @Column(no = 45, name = "来所者(相談者)続柄") String visitorRelationship,
        @Repeated(firstNo = 46, prefixes = {"1 ", "2 ", "3 ", "4 "}) List<EmergencyContact> emergencyContacts,
        @Column(no = 62, name = "家族構成 画像ファイル名") FamilyImageReference familyImage,
        @Column(no = 63, name = "家族関係等の状況") String familySituation,
        @Column(no = 64, name = "今までの生活") String lifeHistory,
        @Column(no = 65, name = "１日の生活・すごし方(生活全般)") String dailyLife,
        @Column(no = 66, name = "趣味・楽しみ・特技") String hobbies,
        @Column(no = 67, name = "友人・地域との関係") String communityRelations,
        @Column(no = 68, name = "現在利用している公的サービス") String publicServices,
        @Column(no = 69, name = "現在利用している非公的サービス") String privateServices,
        @Column(no = 70, name = "同意日", length = 8) LocalDate consentDate,
        @Column(no = 71, name = "同意者氏名") String consenterName) {

    /**
     * Copies the repeated groups, dropping trailing empty repetitions (an empty repetition is written as empty
     * items and reads back as absent, so the record keeps only what a file can carry).
     *
     * @param csvVersion No.1 CSVバージョン (必須)
     * @param insurerNumber No.2 保険者番号 (必須)
     * @param insuredNumber No.3 被保険者番号 (必須)
     * @param consultationDate No.4 相談日 (必須)
     * @param planType No.5 計画種類 (必須)
     * @param entrustment No.6 委託の有無 (必要; not 必須: U2 reading (a), P14)
     * @param author No.7 作成担当者
     * @param consultationMethod No.8 相談方法
     * @param consultationMethodOther No.9 相談方法(その他の内容) (when No.8 is 03 その他, P15)
     * @param consultationRound No.10 相談回数
     * @param previousConsultationDate No.11 前回相談日
     * @param currentSituation No.12 利用者の現況
     * @param currentSituationNote No.13 利用者の現況(状況補足) (when No.12 is 02 入院又は入所中, P15, U5)
     * @param userNameKana No.14 利用者氏名ﾌﾘｶﾞﾅ (必須)
     * @param userName No.15 利用者氏名 (必須)
     * @param userGender No.16 利用者性別 (必須)
     * @param userBirthDate No.17 利用者生年月日 (必須)
     * @param userAddress No.18 利用者住所
     * @param userPhone No.19 利用者電話番号
     * @param userFax No.20 利用者Fax番号
     * @param disabledElderlyIndependence No.21 障害高齢者の日常生活自立度
     * @param dementiaElderlyIndependence No.22 認知症高齢者の日常生活自立度
     * @param careLevel No.23 要介護状態区分
     * @param certificationStart No.24 認定有効期限開始日 (name printed with 期限, U5)
     * @param certificationEnd No.25 認定有効期間終了日
     * @param previousCareLevel No.26 前回の介護度
     * @param basicChecklistResult No.27 基本チェックリスト記入結果
     * @param basicChecklistDate No.28 基本チェックリスト記入日
     * @param physicalDisability No.29 障害等認定(身障)
     * @param intellectualDisability No.30 障害等認定(療育)
     * @param mentalDisability No.31 障害等認定(精神)
     * @param intractableDisease No.32 障害等認定(難病)
     * @param disabilityNotes No.33 障害等認定特記事項
     * @param housingType No.34 居住形態
     * @param roomFloor No.35 自室の階数 (text, not a number: U20)
     * @param homeModification No.36 住宅改修の有無
     * @param nationalPension No.37 経済状況(国民年金)
     * @param employeesPension No.38 経済状況(厚生年金)
     * @param disabilityPension No.39 経済状況(障害年金)
     * @param publicAssistance No.40 経済状況(生活保護)
     * @param economicNotes No.41 経済状況詳細
     * @param visitorName No.42 来所者(相談者)氏名
     * @param visitorAddress No.43 来所者(相談者)住所 (may hold other than an address, P15)
     * @param visitorPhone No.44 来所者(相談者)電話番号
     * @param visitorRelationship No.45 来所者(相談者)続柄
     * @param emergencyContacts No.46–61 緊急連絡先 1–4 (4 items each; trailing empty repetitions are dropped)
     * @param familyImage No.62 家族構成 画像ファイル名
     * @param familySituation No.63 家族関係等の状況
     * @param lifeHistory No.64 今までの生活
     * @param dailyLife No.65 １日の生活・すごし方(生活全般) (the time schedule itself is UPKIHON_SUB1)
     * @param hobbies No.66 趣味・楽しみ・特技
     * @param communityRelations No.67 友人・地域との関係
     * @param publicServices No.68 現在利用している公的サービス
     * @param privateServices No.69 現在利用している非公的サービス
     * @param consentDate No.70 同意日
     * @param consenterName No.71 同意者氏名
     * @throws IllegalArgumentException if a group has more repetitions than the layout
     * @throws NullPointerException if a group holds a {@code null} repetition
     */
    public UserBasicInfo {
        emergencyContacts = Repetitions.normalise(emergencyContacts, 4, EmergencyContact::isEmpty, "emergencyContacts");
    }

    /** @return a builder with CSVバージョン {@code 202407} (V4.1) set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values, to derive a changed copy */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds a {@link UserBasicInfo}; not thread-safe. */
    public static final class Builder extends UserBasicInfoFields {
        private Builder() {
        }

        /**
         * Sets the key: 保険者番号, 被保険者番号 and 相談日 (No.2, 3, 4).
         *
         * @param insurer No.2 保険者番号
         * @param insured No.3 被保険者番号
         * @param consultationDate No.4 相談日
         * @return this builder
         */
        public Builder key(InsurerNumber insurer, InsuredNumber insured, LocalDate consultationDate) {
            return insurerNumber(insurer).insuredNumber(insured).consultationDate(consultationDate);
        }

        /**
         * Appends an emergency contact (緊急連絡先) after those already set.
         *
         * @param contact the contact
         * @return this builder
         */
        public Builder addEmergencyContact(EmergencyContact contact) {
            emergencyContacts().add(java.util.Objects.requireNonNull(contact, "contact"));
            return this;
        }
    }
}
