package io.github.careplanspec.csv.receive;

import io.github.careplanspec.model.catalog.FileKind;
import java.util.List;

/**
 * A family of records that the receiving side stores, replaces and deletes as one set (§2.3, §3.3; R26–R28,
 * R31–R36a, P8): the parent kind, its dependent kinds (従属情報) and the deletion kind that removes it.
 */
public enum Family {
    /** 居宅サービス計画 — 第1表 with 第2表, 第3表 and the plan-linked 利用者補足情報 (R26, R31). */
    PLAN(FileKind.DLT1KYO, FileKind.UP1KYO, FileKind.UP2KYO, FileKind.UP3KYO, FileKind.UPHOSOKU),
    /** サービス利用票（予定）— 第6表 UPPLAN with 第7表 UPSIKYU and the month-linked 利用者補足情報 (R27, R32, R35). */
    UTILIZATION(FileKind.DLTPLAN, FileKind.UPPLAN, FileKind.UPSIKYU, FileKind.UPHOSOKU),
    /** サービス利用票（実績）— UPJSK rows of one office and サービス種類 (R28, R33, R36). */
    RESULTS(FileKind.DLTJSK, FileKind.UPJSK),
    /** 利用者基本情報 with 別表1, 別表2 and the 家族構成 image (R36a, P8). */
    BASIC_INFO(FileKind.DLTKIHON, FileKind.UPKIHON, FileKind.UPKIHON_SUB1, FileKind.UPKIHON_SUB2,
            FileKind.UPKIHON_IMAGE),
    /** 介護予防サービス・支援計画書 with its 別表 (R36a, P8). */
    PREVENTION_PLAN(FileKind.DLTYOBO, FileKind.UPYOBO, FileKind.UPYOBO_SUB);

    private final FileKind deletion;
    private final List<FileKind> members;

    Family(FileKind deletion, FileKind... members) {
        this.deletion = deletion;
        this.members = List.of(members);
    }

    /** @return the parent kind (第1表, 第6表 予定, 実績, 利用者基本情報, 介護予防サービス・支援計画書) */
    public FileKind parent() {
        return members.get(0);
    }

    /** @return the kinds of the family, parent first (R22: parents before dependents) */
    public List<FileKind> members() {
        return members;
    }

    /** @return the deletion kind (DLT1KYO, DLTPLAN, DLTJSK, DLTKIHON, DLTYOBO) */
    public FileKind deletion() {
        return deletion;
    }
}
