package io.github.careplanspec.model.kyotaku;

import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.ConformsToLayout;
import io.github.careplanspec.model.catalog.Layout;
import java.time.YearMonth;

/**
 * 第6表（サービス利用票）予定削除 — deletion of a user's 第6表 予定 of one month and, by cascade, its 第7表 (DLTPLAN,
 * 4 items; R32). Every item is 必須 (R9).
 *
 * @param csvVersion No.1 CSVバージョン
 * @param insurerNumber No.2 保険者番号
 * @param insuredNumber No.3 被保険者番号
 * @param targetMonth No.4 削除対象年月: the サービス提供年月 (第6表 No.5 対象年月) to delete
 */
@ConformsToLayout
@Layout("DLTPLAN")
public record ServiceTicketPlanDeletion(
        @Column(no = 1, name = "CSVバージョン", length = 6, required = true) CsvVersion csvVersion,
        @Column(no = 2, name = "保険者番号", length = 6, required = true) InsurerNumber insurerNumber,
        @Column(no = 3, name = "被保険者番号", length = 10, required = true) InsuredNumber insuredNumber,
        @Column(no = 4, name = "削除対象年月", length = 6, required = true) YearMonth targetMonth) {

    /**
     * A V4.1 deletion of the 予定 of this user and month.
     *
     * @param insurerNumber 保険者番号
     * @param insuredNumber 被保険者番号
     * @param targetMonth 削除対象年月
     * @return the deletion record, CSVバージョン {@code 202407}
     */
    public static ServiceTicketPlanDeletion of(InsurerNumber insurerNumber, InsuredNumber insuredNumber,
            YearMonth targetMonth) {
        return new ServiceTicketPlanDeletion(CsvVersion.V4_1, insurerNumber, insuredNumber, targetMonth);
    }
}
