package io.github.careplanspec.model.yobo;

import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.ConformsToLayout;
import io.github.careplanspec.model.catalog.Layout;
import java.time.LocalDate;

/**
 * 利用者基本情報（別表1）１日の生活・すごし方(タイムスケジュール) — one line of the daily time schedule (UPKIHON_SUB1,
 * 7 items). No.2–4 repeat the key of the {@link UserBasicInfo} it belongs to (P4); the rows of one user keep file order
 * and have no number of their own (P7).
 *
 * <p>A component is {@code null} when the item is empty. Build one with {@link #builder()}.
 *
 * @param csvVersion No.1 CSVバージョン (必須)
 * @param insurerNumber No.2 保険者番号 (必須)
 * @param insuredNumber No.3 被保険者番号 (必須)
 * @param consultationDate No.4 相談日 (必須)
 * @param time No.5 時間 (free text such as 6:00, not HHMM: U22)
 * @param userActivity No.6 本人の生活状況
 * @param caregiverActivity No.7 介護者・家族の生活状況
 */
@ConformsToLayout
@Layout("UPKIHON_SUB1")
public record DailyScheduleEntry(
        @Column(no = 1, name = "CSVバージョン", length = 6, required = true, necessary = true) CsvVersion csvVersion,
        @Column(no = 2, name = "保険者番号", length = 6, required = true, necessary = true) InsurerNumber insurerNumber,
        @Column(no = 3, name = "被保険者番号", length = 10, required = true, necessary = true) InsuredNumber insuredNumber,
        @Column(no = 4, name = "相談日", length = 8, required = true, necessary = true) LocalDate consultationDate,
        @Column(no = 5, name = "時間") String time,
        @Column(no = 6, name = "本人の生活状況") String userActivity,
        @Column(no = 7, name = "介護者・家族の生活状況") String caregiverActivity) {

    /** @return a builder with CSVバージョン {@code 202407} (V4.1) set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values, to derive a changed copy */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds a {@link DailyScheduleEntry}; not thread-safe. */
    public static final class Builder extends DailyScheduleEntryFields {
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
