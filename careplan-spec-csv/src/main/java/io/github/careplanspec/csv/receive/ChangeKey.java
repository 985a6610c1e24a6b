package io.github.careplanspec.csv.receive;

import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.PlanLinkDate;
import io.github.careplanspec.model.ServiceMonthLink;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.catalog.Family;
import io.github.careplanspec.model.catalog.FileKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The key of one {@link Family} instance as the spec keys it (§2.3, §3.3): what a registration replaces and a
 * deletion removes. Every key starts with 保険者番号 + 被保険者番号.
 */
public sealed interface ChangeKey permits ChangeKey.PlanKey, ChangeKey.UtilizationKey, ChangeKey.ResultKey,
        ChangeKey.BasicInfoKey, ChangeKey.PreventionPlanKey {

    /** {@code 00000000}: UPHOSOKU No.4 when linked to a 利用票 month (R37); the text of {@link PlanLinkDate#UNLINKED}. */
    String UNLINKED_PLAN_DATE = "00000000";
    /** {@code 000000}: UPHOSOKU No.63 when linked to a plan (R37); the text of {@link ServiceMonthLink#UNLINKED}. */
    String UNLINKED_MONTH = "000000";

    /** @return 保険者番号 */
    InsurerNumber insurerNumber();

    /** @return 被保険者番号 */
    InsuredNumber insuredNumber();

    /** @return the family the key belongs to */
    Family family();

    /**
     * The item texts that a record of a member kind carries for this key: item No. → text, at the kind's
     * {@link FileKind#keyNos(Family) key items} for the family; a kind of two families (UPHOSOKU) carries the other
     * link's sentinel too (R37). For UPJSK the サービス種類 is not an item of its own (it is the first two characters
     * of No.15 サービスコード) and is not listed.
     *
     * @param kind a member kind of {@link #family()} (not the image)
     * @return the key items in key order
     * @throws IllegalArgumentException if the kind is not a CSV member of the family
     */
    Map<Integer, String> keyItems(FileKind kind);

    /** @return a stable text form, e.g. {@code PLAN/131045/0000012345/20240401}, unique across families */
    String canonical();

    /**
     * 居宅サービス計画 key (R26): 保険者番号 + 被保険者番号 + 居宅サービス計画作成（変更）日, at each kind's key items
     * ({@link FileKind#keyNos(Family)}: UP1KYO No.2, 3, 14; the 第2表/第3表 No.2, 3, 5; UPHOSOKU No.2, 3, 4 with
     * No.63 {@code 000000}; DLT1KYO No.2, 3, 4).
     *
     * @param insurerNumber 保険者番号
     * @param insuredNumber 被保険者番号
     * @param planDate 居宅サービス計画作成（変更）日
     */
    record PlanKey(InsurerNumber insurerNumber, InsuredNumber insuredNumber, LocalDate planDate)
            implements ChangeKey {
        /**
         * Checks.
         *
         * @param insurerNumber 保険者番号
         * @param insuredNumber 被保険者番号
         * @param planDate 居宅サービス計画作成（変更）日
         */
        public PlanKey {
            Keys.nonNull(insurerNumber, insuredNumber, planDate);
        }

        @Override
        public Family family() {
            return Family.PLAN;
        }

        @Override
        public Map<Integer, String> keyItems(FileKind kind) {
            return Keys.items(this, kind, ServiceMonthLink.UNLINKED.text(), Keys.date(planDate));
        }

        @Override
        public String canonical() {
            return Keys.canonical(this, Keys.date(planDate));
        }
    }

    /**
     * サービス利用票（予定）key (R27): 保険者番号 + 被保険者番号 + 対象年月 (UPPLAN/UPSIKYU No.2, 3, 5; UPHOSOKU No.2, 3,
     * 63 with No.4 {@code 00000000}; DLTPLAN No.2, 3, 4).
     *
     * @param insurerNumber 保険者番号
     * @param insuredNumber 被保険者番号
     * @param month 対象年月
     */
    record UtilizationKey(InsurerNumber insurerNumber, InsuredNumber insuredNumber, YearMonth month)
            implements ChangeKey {
        /**
         * Checks.
         *
         * @param insurerNumber 保険者番号
         * @param insuredNumber 被保険者番号
         * @param month 対象年月
         */
        public UtilizationKey {
            Keys.nonNull(insurerNumber, insuredNumber, month);
        }

        @Override
        public Family family() {
            return Family.UTILIZATION;
        }

        @Override
        public Map<Integer, String> keyItems(FileKind kind) {
            return Keys.items(this, kind, PlanLinkDate.UNLINKED.text(), Keys.month(month));
        }

        @Override
        public String canonical() {
            return Keys.canonical(this, Keys.month(month));
        }
    }

    /**
     * サービス利用票（実績）key (R33, R36): 保険者番号 + 被保険者番号 + 対象年月 + サービス事業者コード + サービス種類 (UPJSK
     * No.2, 3, 5, 20 and the first two characters of No.15; DLTJSK No.2–6).
     *
     * @param insurerNumber 保険者番号
     * @param insuredNumber 被保険者番号
     * @param month 対象年月 / 削除対象年月
     * @param providerNumber サービス事業者コード
     * @param serviceType サービス種類コード
     */
    record ResultKey(InsurerNumber insurerNumber, InsuredNumber insuredNumber, YearMonth month,
            OfficeNumber providerNumber, ServiceTypeCode serviceType) implements ChangeKey {
        /**
         * Checks.
         *
         * @param insurerNumber 保険者番号
         * @param insuredNumber 被保険者番号
         * @param month 対象年月
         * @param providerNumber サービス事業者コード
         * @param serviceType サービス種類コード
         */
        public ResultKey {
            Keys.nonNull(insurerNumber, insuredNumber, month);
            Objects.requireNonNull(providerNumber, "providerNumber");
            Objects.requireNonNull(serviceType, "serviceType");
        }

        @Override
        public Family family() {
            return Family.RESULTS;
        }

        @Override
        public Map<Integer, String> keyItems(FileKind kind) {
            Map<Integer, String> m = new LinkedHashMap<>(Keys.items(this, kind, null, Keys.month(month)));
            m.put(Keys.RESULT_PROVIDER_NO, providerNumber.text());
            return Collections.unmodifiableMap(m);
        }

        @Override
        public String canonical() {
            return Keys.canonical(this, Keys.month(month) + "/" + providerNumber.text() + "/" + serviceType.text());
        }
    }

    /**
     * 利用者基本情報 key (P4): 保険者番号 + 被保険者番号 + 相談日 (No.2–4 of UPKIHON, its 別表 and DLTKIHON).
     *
     * @param insurerNumber 保険者番号
     * @param insuredNumber 被保険者番号
     * @param consultationDate 相談日
     */
    record BasicInfoKey(InsurerNumber insurerNumber, InsuredNumber insuredNumber, LocalDate consultationDate)
            implements ChangeKey {
        /**
         * Checks.
         *
         * @param insurerNumber 保険者番号
         * @param insuredNumber 被保険者番号
         * @param consultationDate 相談日
         */
        public BasicInfoKey {
            Keys.nonNull(insurerNumber, insuredNumber, consultationDate);
        }

        @Override
        public Family family() {
            return Family.BASIC_INFO;
        }

        @Override
        public Map<Integer, String> keyItems(FileKind kind) {
            return Keys.items(this, kind, null, Keys.date(consultationDate));
        }

        @Override
        public String canonical() {
            return Keys.canonical(this, Keys.date(consultationDate));
        }
    }

    /**
     * 介護予防サービス・支援計画書 key (P4): 保険者番号 + 被保険者番号 + 計画作成(変更)日 (No.2–4 of UPYOBO, its 別表 and DLTYOBO).
     *
     * @param insurerNumber 保険者番号
     * @param insuredNumber 被保険者番号
     * @param planDate 計画作成(変更)日
     */
    record PreventionPlanKey(InsurerNumber insurerNumber, InsuredNumber insuredNumber, LocalDate planDate)
            implements ChangeKey {
        /**
         * Checks.
         *
         * @param insurerNumber 保険者番号
         * @param insuredNumber 被保険者番号
         * @param planDate 計画作成(変更)日
         */
        public PreventionPlanKey {
            Keys.nonNull(insurerNumber, insuredNumber, planDate);
        }

        @Override
        public Family family() {
            return Family.PREVENTION_PLAN;
        }

        @Override
        public Map<Integer, String> keyItems(FileKind kind) {
            return Keys.items(this, kind, null, Keys.date(planDate));
        }

        @Override
        public String canonical() {
            return Keys.canonical(this, Keys.date(planDate));
        }
    }
}
