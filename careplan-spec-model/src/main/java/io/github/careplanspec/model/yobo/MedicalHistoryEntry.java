package io.github.careplanspec.model.yobo;

import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.ConformsToLayout;
import io.github.careplanspec.model.catalog.Layout;
import io.github.careplanspec.model.code.AttendingPhysicianFlag;
import io.github.careplanspec.model.code.Code;
import io.github.careplanspec.model.code.TreatmentProgress;
import java.time.LocalDate;

/**
 * 利用者基本情報（別表2）現病歴・既往歴 — one disease of the present and past medical history (UPKIHON_SUB2,
 * 11 items). No.2–4 repeat the key of the {@link UserBasicInfo} it belongs to (P4); rows keep file order (P7).
 *
 * <p>A component is {@code null} when the item is empty. Build one with {@link #builder()}.
 *
 * @param csvVersion No.1 CSVバージョン (必須)
 * @param insurerNumber No.2 保険者番号 (必須)
 * @param insuredNumber No.3 被保険者番号 (必須)
 * @param consultationDate No.4 相談日 (必須)
 * @param date No.5 年月日 (free text such as H12年10月 or 2023/6, not YYYYMMDD: U22)
 * @param diseaseName No.6 病名
 * @param medicalInstitution No.7 医療機関・医師名
 * @param physicianFlag No.8 主治医・意見作成者フラグ
 * @param medicalInstitutionPhone No.9 医療機関・医師電話番号
 * @param progress No.10 経過
 * @param treatmentDetails No.11 治療中の内容
 */
@ConformsToLayout
@Layout("UPKIHON_SUB2")
public record MedicalHistoryEntry(
        @Column(no = 1, name = "CSVバージョン", length = 6, required = true, necessary = true) CsvVersion csvVersion,
        @Column(no = 2, name = "保険者番号", length = 6, required = true, necessary = true) InsurerNumber insurerNumber,
        @Column(no = 3, name = "被保険者番号", length = 10, required = true, necessary = true) InsuredNumber insuredNumber,
        @Column(no = 4, name = "相談日", length = 8, required = true, necessary = true) LocalDate consultationDate,
        @Column(no = 5, name = "年月日") String date,
        @Column(no = 6, name = "病名") String diseaseName,
        @Column(no = 7, name = "医療機関・医師名") String medicalInstitution,
        @Column(no = 8, name = "主治医・意見作成者フラグ", length = 1) Code<AttendingPhysicianFlag> physicianFlag,
        @Column(no = 9, name = "医療機関・医師電話番号", length = 15) String medicalInstitutionPhone,
        @Column(no = 10, name = "経過", length = 2) Code<TreatmentProgress> progress,
        @Column(no = 11, name = "治療中の内容") String treatmentDetails) {

    /** @return a builder with CSVバージョン {@code 202407} (V4.1) set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values, to derive a changed copy */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds a {@link MedicalHistoryEntry}; not thread-safe. */
    public static final class Builder extends MedicalHistoryEntryFields {
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
         * Sets the key (No.2–4) to that of the 利用者基本情報 this line belongs to (P4).
         *
         * @param parent the parent record
         * @return this builder
         */
        public Builder key(UserBasicInfo parent) {
            return key(parent.insurerNumber(), parent.insuredNumber(), parent.consultationDate());
        }
    }
}
