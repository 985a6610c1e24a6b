package io.github.careplanspec.model.kyotaku;

import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.PlanLinkDate;
import io.github.careplanspec.model.PostalCode;
import io.github.careplanspec.model.ServiceMonthLink;
import io.github.careplanspec.model.catalog.BuilderRange;
import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.ConformsToLayout;
import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.IncompleteRecordException;
import io.github.careplanspec.model.catalog.InvalidValueException;
import io.github.careplanspec.model.catalog.Layout;
import io.github.careplanspec.model.catalog.Repeated;
import io.github.careplanspec.model.code.CareLevel;
import io.github.careplanspec.model.code.CertificationStatus;
import io.github.careplanspec.model.code.Code;
import io.github.careplanspec.model.code.Gender;
import io.github.careplanspec.model.issue.IssueId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * 利用者補足情報 (UPHOSOKU, 63 items): the user's data that accompanies either a plan (第1表–第3表) or a month's
 * 利用票 (第6表/第7表). Keyed by 保険者番号 + 被保険者番号 + one link item (R37): a plan-linked record carries the
 * plan's 居宅サービス計画作成（変更）日 in No.4 and {@link ServiceMonthLink#UNLINKED} {@code 000000} in No.63; a
 * 利用票-linked record carries {@link PlanLinkDate#UNLINKED} {@code 00000000} in No.4 and the 対象年月 in No.63.
 *
 * <p>A component is {@code null} when the item is empty; {@link #serviceTypeLimits()} holds the used slots of
 * No.20–55 only (at most nine, trailing empty slots dropped). Build one with {@link #forPlan} or
 * {@link #forServiceMonth}; {@link Builder#build()} also enforces R37. A record read from a file keeps whatever
 * the file said (validation reports a broken link).
 *
 * <p>Spec readings: required items No.1–8 and 63 (uncertain.md Q1); No.63 {@code 000000} also for 第3表 (Q22);
 * No.17/59 are the change date and previous level when the care level changed in the month (Q28); the numeric
 * items without format are plain unsigned integers (Q29).
 *
 * @param csvVersion No.1 CSVバージョン (必須)
 * @param insurerNumber No.2 保険者番号 (必須; key)
 * @param insuredNumber No.3 被保険者番号 (必須; key)
 * @param planDate No.4 居宅サービス計画作成（変更）日 (必須; plan link key, or {@code 00000000}, R37)
 * @param userNameKana No.5 利用者氏名フリガナ (必須, Q1)
 * @param userName No.6 利用者氏名 (必須, Q1)
 * @param gender No.7 利用者性別 (必須, Q1)
 * @param birthDate No.8 利用者生年月日 (必須, Q1)
 * @param userPostalCode No.9 利用者郵便番号
 * @param userAddress1 No.10 利用者住所１
 * @param userAddress2 No.11 利用者住所２
 * @param userPhone No.12 利用者電話番号
 * @param certifiedOn No.13 認定日
 * @param limitPeriodStart No.14 限度額適用開始年月日
 * @param limitPeriodEnd No.15 限度額適用終了年月日
 * @param certificationStatus No.16 認定状況区分
 * @param careLevelChangedOn No.17 要介護状態変更日 (Q28)
 * @param careLevel No.18 要介護状態区分
 * @param benefitLimitUnits No.19 区分支給限度基準額 (units)
 * @param serviceTypeLimits No.20–55 １…９サービス種類コード, 支給限度基準額, 合計単位数, 限度超単位数 (R38)
 * @param totalExcessUnits No.56 合計限度超単位数
 * @param daysBeforeAdmissionMonth No.57 入所前月迄利用日数
 * @param cumulativeAdmissionDays No.58 入所累積利用日数
 * @param previousCareLevel No.59 前回要介護状態区分 (Q28)
 * @param consentReceiverCode No.60 同意書受付業者 (居宅支援事業者番号)
 * @param updaterCode No.61 更新業者コード (居宅支援事業者番号, R53)
 * @param identifier No.62 識別子 (「使用しない」: written empty, R53)
 * @param serviceMonth No.63 対象年月 (必須; 利用票 link key, or {@code 000000}, R37)
 */
@ConformsToLayout
@Layout("UPHOSOKU")
public record UserSupplement(
        @Column(no = 1, name = "CSVバージョン", length = 6, required = true) CsvVersion csvVersion,
        @Column(no = 2, name = "保険者番号", length = 6, required = true) InsurerNumber insurerNumber,
        @Column(no = 3, name = "被保険者番号", length = 10, required = true) InsuredNumber insuredNumber,
        @Column(no = 4, name = "居宅サービス計画作成（変更）日", length = 8, required = true) PlanLinkDate planDate,
        @Column(no = 5, name = "利用者氏名フリガナ", required = true) String userNameKana,
        @Column(no = 6, name = "利用者氏名", required = true) String userName,
        @Column(no = 7, name = "利用者性別", length = 1, required = true) Code<Gender> gender,
        @Column(no = 8, name = "利用者生年月日", length = 8, required = true) LocalDate birthDate,
        @Column(no = 9, name = "利用者郵便番号", length = 8) PostalCode userPostalCode,
        @Column(no = 10, name = "利用者住所１") String userAddress1,
        @Column(no = 11, name = "利用者住所２") String userAddress2,
        @Column(no = 12, name = "利用者電話番号", length = 15) String userPhone,
        @Column(no = 13, name = "認定日", length = 8) LocalDate certifiedOn,
        @Column(no = 14, name = "限度額適用開始年月日", length = 8) LocalDate limitPeriodStart,
        @Column(no = 15, name = "限度額適用終了年月日", length = 8) LocalDate limitPeriodEnd,
        @Column(no = 16, name = "認定状況区分", length = 1) Code<CertificationStatus> certificationStatus,
        @Column(no = 17, name = "要介護状態変更日", length = 8) LocalDate careLevelChangedOn,
        @Column(no = 18, name = "要介護状態区分", length = 2) Code<CareLevel> careLevel,
        @Column(no = 19, name = "区分支給限度基準額", length = 7) @BuilderRange Integer benefitLimitUnits,
        @Repeated(firstNo = 20, prefixes = {"１", "２", "３", "４", "５", "６", "７", "８", "９"})
        List<ServiceTypeLimitSlot> serviceTypeLimits,
        @Column(no = 56, name = "合計限度超単位数", length = 7) @BuilderRange Integer totalExcessUnits,
        @Column(no = 57, name = "入所前月迄利用日数", length = 5) @BuilderRange Integer daysBeforeAdmissionMonth,
        @Column(no = 58, name = "入所累積利用日数", length = 5) @BuilderRange Integer cumulativeAdmissionDays,
        @Column(no = 59, name = "前回要介護状態区分", length = 2) Code<CareLevel> previousCareLevel,
        @Column(no = 60, name = "同意書受付業者", length = 10) OfficeNumber consentReceiverCode,
        @Column(no = 61, name = "更新業者コード", length = 10) OfficeNumber updaterCode,
        @Column(no = 62, name = "識別子", length = 1, format = FieldFormat.UNUSED) String identifier,
        @Column(no = 63, name = "対象年月", length = 6, required = true) ServiceMonthLink serviceMonth) {

    /** The number of サービス種類 slots (No.20–55, R38). */
    public static final int SERVICE_TYPE_SLOTS = 9;
    /** More than nine サービス種類 slots (R38): {0} the limit, {1} the slots given. */
    static final IssueId TOO_MANY_SLOTS = IssueId.of("model.supplement.tooManySlots");
    /** Adding a slot when all are used (R38): {0} the limit. */
    static final IssueId SLOTS_USED = IssueId.of("model.supplement.slotsUsed");
    /** An empty slot among the used ones (R38). */
    static final IssueId EMPTY_SLOT = IssueId.of("model.supplement.emptySlot");
    /** Not exactly one link of No.4 and No.63 (R37): {0} No.4, {1} No.63. */
    static final IssueId ONE_LINK = IssueId.of("model.supplement.oneLink");


    /**
     * Checks and normalises: empty texts become {@code null}; the slot list is copied, trailing empty slots
     * dropped, so a record equals itself read back.
     *
     * @param csvVersion No.1
     * @param insurerNumber No.2
     * @param insuredNumber No.3
     * @param planDate No.4
     * @param userNameKana No.5
     * @param userName No.6
     * @param gender No.7
     * @param birthDate No.8
     * @param userPostalCode No.9
     * @param userAddress1 No.10
     * @param userAddress2 No.11
     * @param userPhone No.12
     * @param certifiedOn No.13
     * @param limitPeriodStart No.14
     * @param limitPeriodEnd No.15
     * @param certificationStatus No.16
     * @param careLevelChangedOn No.17
     * @param careLevel No.18
     * @param benefitLimitUnits No.19
     * @param serviceTypeLimits No.20–55
     * @param totalExcessUnits No.56
     * @param daysBeforeAdmissionMonth No.57
     * @param cumulativeAdmissionDays No.58
     * @param previousCareLevel No.59
     * @param consentReceiverCode No.60
     * @param updaterCode No.61
     * @param identifier No.62
     * @param serviceMonth No.63
     * @throws IllegalArgumentException if there are more than nine slots or a number is negative
     */
    public UserSupplement {
        userNameKana = ItemChecks.text(userNameKana);
        userName = ItemChecks.text(userName);
        userAddress1 = ItemChecks.text(userAddress1);
        userAddress2 = ItemChecks.text(userAddress2);
        userPhone = ItemChecks.text(userPhone);
        identifier = ItemChecks.text(identifier);
        ItemChecks.unsigned(benefitLimitUnits, UserSupplement.class, "benefitLimitUnits");
        ItemChecks.unsigned(totalExcessUnits, UserSupplement.class, "totalExcessUnits");
        ItemChecks.unsigned(daysBeforeAdmissionMonth, UserSupplement.class,
                "daysBeforeAdmissionMonth");
        ItemChecks.unsigned(cumulativeAdmissionDays, UserSupplement.class,
                "cumulativeAdmissionDays");
        List<ServiceTypeLimitSlot> slots = serviceTypeLimits == null ? List.of() : List.copyOf(serviceTypeLimits);
        if (slots.size() > SERVICE_TYPE_SLOTS) {
            throw new InvalidValueException(TOO_MANY_SLOTS, SERVICE_TYPE_SLOTS, slots.size());
        }
        int used = slots.size();
        while (used > 0 && slots.get(used - 1).isEmpty()) {
            used--;
        }
        serviceTypeLimits = slots.subList(0, used);
    }

    /**
     * A builder for the record that accompanies a plan (第1表–第3表): No.4 = the plan's
     * 居宅サービス計画作成（変更）日, No.63 = {@code 000000} (R37, Q22). CSVバージョン {@code 202407} is set.
     *
     * @param insurer No.2 保険者番号
     * @param insured No.3 被保険者番号
     * @param planDate No.4 居宅サービス計画作成（変更）日 = 第1表 No.14
     * @return the builder
     */
    public static Builder forPlan(InsurerNumber insurer, InsuredNumber insured, LocalDate planDate) {
        return new Builder().planLink(insurer, insured, planDate);
    }

    /**
     * A builder for the record that accompanies a month's 利用票 (第6表/第7表): No.4 = {@code 00000000}, No.63 =
     * the 対象年月 (R37). CSVバージョン {@code 202407} is set.
     *
     * @param insurer No.2 保険者番号
     * @param insured No.3 被保険者番号
     * @param month No.63 対象年月 = 第6表/第7表 No.5
     * @return the builder
     */
    public static Builder forServiceMonth(InsurerNumber insurer, InsuredNumber insured, YearMonth month) {
        return new Builder().serviceMonthLink(insurer, insured, month);
    }

    /** @return a builder with CSVバージョン {@code 202407} (V4.1) set and no link yet */
    public static Builder builder() {
        return new Builder();
    }

    /** @return whether No.4 holds a plan date and No.63 is {@code 000000}: linked to 第1表–第3表 (R37) */
    public boolean isPlanLinked() {
        return planDate != null && planDate.isLinked() && serviceMonth != null && !serviceMonth.isLinked();
    }

    /** @return whether No.4 is {@code 00000000} and No.63 holds a month: linked to 第6表/第7表 (R37) */
    public boolean isServiceMonthLinked() {
        return planDate != null && !planDate.isLinked() && serviceMonth != null && serviceMonth.isLinked();
    }

    /** @return a builder holding this record's values, to derive a changed copy */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds a {@link UserSupplement}; not thread-safe. */
    public static final class Builder extends UserSupplementFields {
        private Builder() {
        }

        /**
         * Sets the key of a plan-linked record: No.2, No.3, No.4 = the plan date and No.63 = {@code 000000} (R37).
         *
         * @param insurer No.2 保険者番号
         * @param insured No.3 被保険者番号
         * @param planDate No.4 居宅サービス計画作成（変更）日 = 第1表 No.14
         * @return this builder
         */
        public Builder planLink(InsurerNumber insurer, InsuredNumber insured, LocalDate planDate) {
            return insurerNumber(insurer).insuredNumber(insured).planDate(PlanLinkDate.of(planDate))
                    .serviceMonth(ServiceMonthLink.UNLINKED);
        }

        /**
         * Sets the key of a 利用票-linked record: No.2, No.3, No.4 = {@code 00000000} and No.63 = the month (R37).
         *
         * @param insurer No.2 保険者番号
         * @param insured No.3 被保険者番号
         * @param month No.63 対象年月 = 第6表/第7表 No.5
         * @return this builder
         */
        public Builder serviceMonthLink(InsurerNumber insurer, InsuredNumber insured, YearMonth month) {
            return insurerNumber(insurer).insuredNumber(insured).planDate(PlanLinkDate.UNLINKED)
                    .serviceMonth(ServiceMonthLink.of(month));
        }

        /**
         * Sets the period the limit applies to.
         *
         * @param start No.14 限度額適用開始年月日
         * @param end No.15 限度額適用終了年月日
         * @return this builder
         */
        public Builder limitPeriod(LocalDate start, LocalDate end) {
            return limitPeriodStart(start).limitPeriodEnd(end);
        }

        /**
         * Adds the next サービス種類 slot (R38).
         *
         * @param v a non-empty slot
         * @return this builder
         * @throws IllegalArgumentException if nine slots are used already or the slot is empty
         */
        public Builder addServiceTypeLimit(ServiceTypeLimitSlot v) {
            requireUsed(v);
            if (serviceTypeLimits().size() == SERVICE_TYPE_SLOTS) {
                throw new InvalidValueException(SLOTS_USED, SERVICE_TYPE_SLOTS);
            }
            serviceTypeLimits().add(v);
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws IllegalStateException naming every 必須 item left empty, or if No.4 and No.63 do not make exactly
         *     one link (R37)
         */
        @Override
        public UserSupplement build() {
            UserSupplement s = super.build();
            if (!s.isPlanLinked() && !s.isServiceMonthLinked()) {
                throw new IncompleteRecordException(ONE_LINK, s.planDate, s.serviceMonth);
            }
            return s;
        }

        /**
         * The slots are filled from slot 1 in order, so none may be empty (R38).
         *
         * @throws IllegalArgumentException if there are more than nine slots or one is empty
         */
        static List<ServiceTypeLimitSlot> checkServiceTypeLimits(List<ServiceTypeLimitSlot> v) {
            List<ServiceTypeLimitSlot> copy = List.copyOf(v);
            if (copy.size() > SERVICE_TYPE_SLOTS) {
                throw new InvalidValueException(TOO_MANY_SLOTS, SERVICE_TYPE_SLOTS, copy.size());
            }
            copy.forEach(Builder::requireUsed);
            return copy;
        }

        private static void requireUsed(ServiceTypeLimitSlot v) {
            if (v.isEmpty()) {
                throw new InvalidValueException(EMPTY_SLOT);
            }
        }
    }
}
