package io.github.careplanspec.model.kyotaku;

import io.github.careplanspec.model.ClockTime;
import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.ConformsToLayout;
import io.github.careplanspec.model.catalog.Layout;
import io.github.careplanspec.model.code.Code;
import io.github.careplanspec.model.code.Weekday;
import java.time.LocalDate;

/**
 * 週間サービス計画表 — 第3表 (UP3KYO, 13 items): one entry of the weekly plan (R41), either a weekly service
 * (No.6 介護サービス内容, No.7 曜日, No.8/9 times), a daily activity (No.10 主な日常生活上の活動, No.11/12 times) or a
 * service that is not weekly (No.13). Linked to its 第1表 by 保険者番号 + 被保険者番号 +
 * 居宅サービス計画作成（変更）日 (No.2, 3, 5).
 *
 * <p>The data holds codes and {@code HHMM}, not the form's 月 / 12:00 (R41). A component is {@code null} when the
 * item is empty. Build one with {@link #builder()}. Items No.1–5 are both 必須 and 必要 in the layout (Q16).
 *
 * <p>Spec readings (uncertain.md Q21): times are {@code 0000}–{@code 2359} ({@code 2400} and {@code 9999} are not
 * accepted, see {@link ClockTime}); a service on several weekdays is one entry per 曜日.
 *
 * @param csvVersion No.1 CSVバージョン (必須)
 * @param insurerNumber No.2 保険者番号 (必須; link key → 第1表 No.2)
 * @param insuredNumber No.3 被保険者番号 (必須; link key → 第1表 No.3)
 * @param createdOn No.4 週間サービス計画表作成年月日 (必須)
 * @param planDate No.5 居宅サービス計画作成（変更）日 (必須; link key → 第1表 No.14)
 * @param careServiceContent No.6 介護サービス内容
 * @param weekday No.7 曜日
 * @param serviceStart No.8 開始時間 (of the weekly service)
 * @param serviceEnd No.9 終了時間 (of the weekly service)
 * @param dailyActivity No.10 主な日常生活上の活動
 * @param activityStart No.11 開始時間 (of the activity)
 * @param activityEnd No.12 終了時間 (of the activity)
 * @param nonWeeklyService No.13 週単位以外のサービス
 */
@ConformsToLayout
@Layout("UP3KYO")
public record CarePlanTable3Entry(
        @Column(no = 1, name = "CSVバージョン", length = 6, required = true, necessary = true) CsvVersion csvVersion,
        @Column(no = 2, name = "保険者番号", length = 6, required = true, necessary = true) InsurerNumber insurerNumber,
        @Column(no = 3, name = "被保険者番号", length = 10, required = true, necessary = true)
        InsuredNumber insuredNumber,
        @Column(no = 4, name = "週間サービス計画表作成年月日", length = 8, required = true, necessary = true)
        LocalDate createdOn,
        @Column(no = 5, name = "居宅サービス計画作成（変更）日", length = 8, required = true, necessary = true)
        LocalDate planDate,
        @Column(no = 6, name = "介護サービス内容") String careServiceContent,
        @Column(no = 7, name = "曜日", length = 1) Code<Weekday> weekday,
        @Column(no = 8, name = "開始時間", length = 4) ClockTime serviceStart,
        @Column(no = 9, name = "終了時間", length = 4) ClockTime serviceEnd,
        @Column(no = 10, name = "主な日常生活上の活動") String dailyActivity,
        @Column(no = 11, name = "開始時間", length = 4) ClockTime activityStart,
        @Column(no = 12, name = "終了時間", length = 4) ClockTime activityEnd,
        @Column(no = 13, name = "週単位以外のサービス") String nonWeeklyService) {

    /**
     * Normalises: empty texts become {@code null}, so a record equals itself read back.
     *
     * @param csvVersion No.1
     * @param insurerNumber No.2
     * @param insuredNumber No.3
     * @param createdOn No.4
     * @param planDate No.5
     * @param careServiceContent No.6
     * @param weekday No.7
     * @param serviceStart No.8
     * @param serviceEnd No.9
     * @param dailyActivity No.10
     * @param activityStart No.11
     * @param activityEnd No.12
     * @param nonWeeklyService No.13
     */
    public CarePlanTable3Entry {
        careServiceContent = ItemChecks.text(careServiceContent);
        dailyActivity = ItemChecks.text(dailyActivity);
        nonWeeklyService = ItemChecks.text(nonWeeklyService);
    }

    /** @return a builder with CSVバージョン {@code 202407} (V4.1) set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values, to derive a changed copy */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds a {@link CarePlanTable3Entry}; not thread-safe. */
    public static final class Builder extends CarePlanTable3EntryFields {
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
         * Makes the entry a weekly service (No.6–9).
         *
         * @param content No.6 介護サービス内容
         * @param day No.7 曜日
         * @param start No.8 開始時間
         * @param end No.9 終了時間
         * @return this builder
         */
        public Builder weeklyService(String content, Weekday day, ClockTime start, ClockTime end) {
            return careServiceContent(content).weekday(day).serviceStart(start).serviceEnd(end);
        }

        /**
         * Makes the entry a daily activity (No.10–12).
         *
         * @param activity No.10 主な日常生活上の活動
         * @param start No.11 開始時間
         * @param end No.12 終了時間
         * @return this builder
         */
        public Builder dailyActivity(String activity, ClockTime start, ClockTime end) {
            return dailyActivity(activity).activityStart(start).activityEnd(end);
        }
    }
}
