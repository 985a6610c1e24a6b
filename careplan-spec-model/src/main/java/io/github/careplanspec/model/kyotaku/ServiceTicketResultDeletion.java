package io.github.careplanspec.model.kyotaku;

import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.ConformsToLayout;
import io.github.careplanspec.model.catalog.Layout;
import java.time.YearMonth;

/**
 * 第6表実績情報削除 — deletion of the 実績 of one service provider and サービス種類 for a user and month (DLTJSK,
 * 6 items; R33, deletion per service type §5.1.2.2). Every item is 必須 (R9).
 *
 * @param csvVersion No.1 CSVバージョン
 * @param insurerNumber No.2 保険者番号
 * @param insuredNumber No.3 被保険者番号
 * @param targetMonth No.4 削除対象年月: the サービス提供年月 to delete
 * @param serviceProviderNumber No.5 サービス事業者コード: the 第6表 No.20 of the lines to delete
 * @param serviceType No.6 サービス種類コード: the サービス種類 to delete (inferred: the first two characters of 第6表
 *     No.15)
 */
@ConformsToLayout
@Layout("DLTJSK")
public record ServiceTicketResultDeletion(
        @Column(no = 1, name = "CSVバージョン", length = 6, required = true) CsvVersion csvVersion,
        @Column(no = 2, name = "保険者番号", length = 6, required = true) InsurerNumber insurerNumber,
        @Column(no = 3, name = "被保険者番号", length = 10, required = true) InsuredNumber insuredNumber,
        @Column(no = 4, name = "削除対象年月", length = 6, required = true) YearMonth targetMonth,
        @Column(no = 5, name = "サービス事業者コード", length = 10, required = true) OfficeNumber serviceProviderNumber,
        @Column(no = 6, name = "サービス種類コード", length = 2, required = true) ServiceTypeCode serviceType) {

    /**
     * A V4.1 deletion of the 実績 of this user, month, provider and サービス種類.
     *
     * @param insurerNumber 保険者番号
     * @param insuredNumber 被保険者番号
     * @param targetMonth 削除対象年月
     * @param serviceProviderNumber サービス事業者コード
     * @param serviceType サービス種類コード
     * @return the deletion record, CSVバージョン {@code 202407}
     */
    public static ServiceTicketResultDeletion of(InsurerNumber insurerNumber, InsuredNumber insuredNumber,
            YearMonth targetMonth, OfficeNumber serviceProviderNumber, ServiceTypeCode serviceType) {
        return new ServiceTicketResultDeletion(CsvVersion.V4_1, insurerNumber, insuredNumber, targetMonth,
                serviceProviderNumber, serviceType);
    }
}
