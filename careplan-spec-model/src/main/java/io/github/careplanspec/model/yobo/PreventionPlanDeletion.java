package io.github.careplanspec.model.yobo;

import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.ConformsToLayout;
import io.github.careplanspec.model.catalog.Layout;
import java.time.LocalDate;

/**
 * 介護予防サービス・支援計画書_削除 — deletion of a 介護予防サービス・支援計画書 and, by cascade, its 別表 rows
 * (DLTYOBO, 4 items; P8). Every item is 必須 and 必要 (P14).
 *
 * @param csvVersion No.1 CSVバージョン
 * @param insurerNumber No.2 保険者番号
 * @param insuredNumber No.3 被保険者番号
 * @param planDate No.4 計画作成(変更)日: the {@link PreventionPlan} No.4 of the plan to delete
 */
@ConformsToLayout
@Layout("DLTYOBO")
public record PreventionPlanDeletion(
        @Column(no = 1, name = "CSVバージョン", length = 6, required = true, necessary = true) CsvVersion csvVersion,
        @Column(no = 2, name = "保険者番号", length = 6, required = true, necessary = true) InsurerNumber insurerNumber,
        @Column(no = 3, name = "被保険者番号", length = 10, required = true, necessary = true) InsuredNumber insuredNumber,
        @Column(no = 4, name = "計画作成(変更)日", length = 8, required = true, necessary = true) LocalDate planDate) {

    /**
     * A V4.1 deletion of the record with this key.
     *
     * @param insurerNumber 保険者番号
     * @param insuredNumber 被保険者番号
     * @param planDate 計画作成(変更)日 of the record
     * @return the deletion record, CSVバージョン {@code 202407}
     */
    public static PreventionPlanDeletion of(InsurerNumber insurerNumber, InsuredNumber insuredNumber,
            LocalDate planDate) {
        return new PreventionPlanDeletion(CsvVersion.V4_1, insurerNumber, insuredNumber, planDate);
    }

    /**
     * A V4.1 deletion of this record.
     *
     * @param record the 介護予防サービス・支援計画書 to delete
     * @return the deletion record with the record's key, CSVバージョン {@code 202407}
     */
    public static PreventionPlanDeletion of(PreventionPlan record) {
        return of(record.insurerNumber(), record.insuredNumber(), record.planDate());
    }
}
