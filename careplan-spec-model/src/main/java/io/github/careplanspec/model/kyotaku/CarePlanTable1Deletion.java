package io.github.careplanspec.model.kyotaku;

import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.ConformsToLayout;
import io.github.careplanspec.model.catalog.Layout;
import java.time.LocalDate;

/**
 * 居宅サービス計画1表_削除 — deletion of a 第1表 and its dependents (DLT1KYO, 4 items; R31). Every item is 必須 (R9).
 *
 * @param csvVersion No.1 CSVバージョン
 * @param insurerNumber No.2 保険者番号
 * @param insuredNumber No.3 被保険者番号
 * @param planDate No.4 居宅サービス計画作成（変更）日: the 第1表 No.14 of the plan to delete
 */
@ConformsToLayout
@Layout("DLT1KYO")
public record CarePlanTable1Deletion(
        @Column(no = 1, name = "CSVバージョン", length = 6, required = true) CsvVersion csvVersion,
        @Column(no = 2, name = "保険者番号", length = 6, required = true) InsurerNumber insurerNumber,
        @Column(no = 3, name = "被保険者番号", length = 10, required = true) InsuredNumber insuredNumber,
        @Column(no = 4, name = "居宅サービス計画作成（変更）日", length = 8, required = true) LocalDate planDate) {

    /**
     * A V4.1 deletion of the plan with this key.
     *
     * @param insurerNumber 保険者番号
     * @param insuredNumber 被保険者番号
     * @param planDate 居宅サービス計画作成（変更）日 of the plan
     * @return the deletion record, CSVバージョン {@code 202407}
     */
    public static CarePlanTable1Deletion of(InsurerNumber insurerNumber, InsuredNumber insuredNumber,
            LocalDate planDate) {
        return new CarePlanTable1Deletion(CsvVersion.V4_1, insurerNumber, insuredNumber, planDate);
    }
}
