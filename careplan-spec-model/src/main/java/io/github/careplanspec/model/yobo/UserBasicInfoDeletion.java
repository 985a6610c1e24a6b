package io.github.careplanspec.model.yobo;

import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.ConformsToLayout;
import io.github.careplanspec.model.catalog.Layout;
import java.time.LocalDate;

/**
 * 利用者基本情報_削除 — deletion of a 利用者基本情報 and, by cascade, its 別表1, 別表2 and 家族構成 image (DLTKIHON, 4 items; P8). Every item is
 * 必須 and 必要 (P14).
 *
 * @param csvVersion No.1 CSVバージョン
 * @param insurerNumber No.2 保険者番号
 * @param insuredNumber No.3 被保険者番号
 * @param consultationDate No.4 相談日: the {@link UserBasicInfo} No.4 of the record to delete
 */
@ConformsToLayout
@Layout("DLTKIHON")
public record UserBasicInfoDeletion(
        @Column(no = 1, name = "CSVバージョン", length = 6, required = true, necessary = true) CsvVersion csvVersion,
        @Column(no = 2, name = "保険者番号", length = 6, required = true, necessary = true) InsurerNumber insurerNumber,
        @Column(no = 3, name = "被保険者番号", length = 10, required = true, necessary = true) InsuredNumber insuredNumber,
        @Column(no = 4, name = "相談日", length = 8, required = true, necessary = true) LocalDate consultationDate) {

    /**
     * A V4.1 deletion of the record with this key.
     *
     * @param insurerNumber 保険者番号
     * @param insuredNumber 被保険者番号
     * @param consultationDate 相談日 of the record
     * @return the deletion record, CSVバージョン {@code 202407}
     */
    public static UserBasicInfoDeletion of(InsurerNumber insurerNumber, InsuredNumber insuredNumber, LocalDate consultationDate) {
        return new UserBasicInfoDeletion(CsvVersion.V4_1, insurerNumber, insuredNumber, consultationDate);
    }

    /**
     * A V4.1 deletion of this record.
     *
     * @param record the 利用者基本情報 to delete
     * @return the deletion record with the record's key, CSVバージョン {@code 202407}
     */
    public static UserBasicInfoDeletion of(UserBasicInfo record) {
        return of(record.insurerNumber(), record.insuredNumber(), record.consultationDate());
    }
}
