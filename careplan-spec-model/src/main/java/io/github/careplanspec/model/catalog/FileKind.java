package io.github.careplanspec.model.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Every interface file kind (インタフェースファイル) of the ケアプランデータ連携標準仕様 V4.1, 居宅 and 予防,
 * with its file-name prefix, 日本語名称, operation, sending side, keys and parent ({@code files.tsv}).
 */
public enum FileKind {
    /** 利用者補足情報. */
    UPHOSOKU("UPHOSOKU", "利用者補足情報", Domain.BOTH, Operation.REGISTER, SenderRole.PLANNING_OFFICE, true, "UPHOSOKU"),
    /** 居宅サービス計画書（１）— 第1表. */
    UP1KYO("UP1KYO", "居宅サービス計画1表", Domain.KYOTAKU, Operation.REGISTER, SenderRole.PLANNING_OFFICE, false, "UP1KYO"),
    /** 居宅サービス計画1表_削除. */
    DLT1KYO("DLT1KYO", "居宅サービス計画1表_削除", Domain.KYOTAKU, Operation.DELETE, SenderRole.PLANNING_OFFICE, false, "DLT1KYO"),
    /** 居宅サービス計画書（２）— 第2表. */
    UP2KYO("UP2KYO", "居宅サービス計画2表", Domain.KYOTAKU, Operation.REGISTER, SenderRole.PLANNING_OFFICE, false, "UP2KYO"),
    /** 週間サービス計画表 — 第3表. */
    UP3KYO("UP3KYO", "居宅サービス計画３表", Domain.KYOTAKU, Operation.REGISTER, SenderRole.PLANNING_OFFICE, false, "UP3KYO"),
    /** 第6表（サービス利用票）予定. */
    UPPLAN("UPPLAN", "第6表（サービス利用票）予定", Domain.BOTH, Operation.REGISTER, SenderRole.PLANNING_OFFICE, true, "UPPLAN_UPJSK"),
    /** 第6表実績情報. */
    UPJSK("UPJSK", "第6表実績情報", Domain.BOTH, Operation.REGISTER, SenderRole.SERVICE_OFFICE, true, "UPPLAN_UPJSK"),
    /** 第6表（サービス利用票）予定削除. */
    DLTPLAN("DLTPLAN", "第6表（サービス利用票）予定削除", Domain.BOTH, Operation.DELETE, SenderRole.PLANNING_OFFICE, true, "DLTPLAN"),
    /** 第6表実績情報削除. */
    DLTJSK("DLTJSK", "第6表実績情報削除", Domain.BOTH, Operation.DELETE, SenderRole.SERVICE_OFFICE, true, "DLTJSK"),
    /** 第7表（サービス利用票別表）. */
    UPSIKYU("UPSIKYU", "第7表（サービス利用票別表）", Domain.BOTH, Operation.REGISTER, SenderRole.PLANNING_OFFICE, true, "UPSIKYU"),
    /** 利用者基本情報. */
    UPKIHON("UPKIHON", "利用者基本情報", Domain.YOBO, Operation.REGISTER, SenderRole.PLANNING_OFFICE, false, "UPKIHON"),
    /** 利用者基本情報_削除. */
    DLTKIHON("DLTKIHON", "利用者基本情報_削除", Domain.YOBO, Operation.DELETE, SenderRole.PLANNING_OFFICE, false, "DLTKIHON"),
    /** 利用者基本情報（別表1）１日の生活・すごし方(タイムスケジュール). */
    UPKIHON_SUB1("UPKIHON_SUB1", "利用者基本情報（別表1）１日の生活・すごし方(タイムスケジュール)", Domain.YOBO, Operation.REGISTER,
            SenderRole.PLANNING_OFFICE, false, "UPKIHON_SUB1"),
    /** 利用者基本情報（別表2）現病歴・既往歴. */
    UPKIHON_SUB2("UPKIHON_SUB2", "利用者基本情報（別表2）現病歴・既往歴", Domain.YOBO, Operation.REGISTER,
            SenderRole.PLANNING_OFFICE, false, "UPKIHON_SUB2"),
    /** 家族構成 画像ファイル (JPEG), named in 利用者基本情報 No.62. */
    UPKIHON_IMAGE("UPKIHON_IMAGE", "家族構成 画像ファイル", Domain.YOBO, Operation.ATTACH, SenderRole.PLANNING_OFFICE, false, null),
    /** 介護予防サービス・支援計画書. */
    UPYOBO("UPYOBO", "介護予防サービス・支援計画書", Domain.YOBO, Operation.REGISTER, SenderRole.PLANNING_OFFICE, false, "UPYOBO"),
    /** 介護予防サービス・支援計画書_削除. */
    DLTYOBO("DLTYOBO", "介護予防サービス・支援計画書_削除", Domain.YOBO, Operation.DELETE, SenderRole.PLANNING_OFFICE, false, "DLTYOBO"),
    /** 介護予防サービス・支援計画書（別表）支援計画. */
    UPYOBO_SUB("UPYOBO_SUB", "介護予防サービス・支援計画書（別表）支援計画", Domain.YOBO, Operation.REGISTER,
            SenderRole.PLANNING_OFFICE, false, "UPYOBO_SUB");

    /** Which plans a kind belongs to. */
    public enum Domain {
        /** 居宅介護支援 only. */
        KYOTAKU,
        /** 介護予防支援・介護予防ケアマネジメント only. */
        YOBO,
        /** Both (利用票 family and 利用者補足情報). */
        BOTH
    }

    /** What a file of the kind does on the receiving side (ファイル種別). */
    public enum Operation {
        /** 登録: registers or replaces records. */
        REGISTER("登録"),
        /** 削除: deletes records (and their dependents). */
        DELETE("削除"),
        /** An attachment (the 家族構成 image). */
        ATTACH("画像");

        private final String labelJa;

        Operation(String labelJa) {
            this.labelJa = labelJa;
        }

        /** @return the Japanese label */
        public String labelJa() {
            return labelJa;
        }
    }

    /** The side that sends a kind. */
    public enum SenderRole {
        /** 居宅介護支援事業所 / 地域包括支援センター等 (plan-making side). */
        PLANNING_OFFICE,
        /** 居宅サービス事業所 / 介護予防・総合事業サービス事業所 (service side: 実績). */
        SERVICE_OFFICE
    }

    private final String prefix;
    private final String nameJa;
    private final Domain domain;
    private final Operation operation;
    private final SenderRole sender;
    private final boolean monthSegment;
    private final String layoutId;

    FileKind(String prefix, String nameJa, Domain domain, Operation operation, SenderRole sender,
            boolean monthSegment, String layoutId) {
        this.prefix = prefix;
        this.nameJa = nameJa;
        this.domain = domain;
        this.operation = operation;
        this.sender = sender;
        this.monthSegment = monthSegment;
        this.layoutId = layoutId;
    }

    /** @return the file-name prefix, e.g. {@code UPKIHON_SUB1} */
    public String prefix() {
        return prefix;
    }

    /** @return the 日本語名称 of the kind */
    public String nameJa() {
        return nameJa;
    }

    /** @return whether the kind belongs to 居宅, 予防 or both */
    public Domain domain() {
        return domain;
    }

    /** @return what the kind does: register, delete or attach */
    public Operation operation() {
        return operation;
    }

    /** @return the side that sends the kind */
    public SenderRole sender() {
        return sender;
    }

    /** @return whether the file name carries a {@code YYYYMM} segment (R16) */
    public boolean hasMonthSegment() {
        return monthSegment;
    }

    /** @return whether the kind is a CSV file (every kind but the JPEG image) */
    public boolean isCsv() {
        return layoutId != null;
    }

    /** @return the layout id of the spec tables ({@code UPPLAN_UPJSK} for both 第6表 kinds), if a CSV kind */
    public Optional<String> layoutId() {
        return Optional.ofNullable(layoutId);
    }

    /**
     * The item numbers (No.) that key a record of this kind (§2.3, files.tsv {@code linked_by}).
     *
     * @return the key item numbers, in key order; empty for the image
     */
    public List<Integer> keyNos() {
        switch (this) {
            case UPHOSOKU:
                return List.of(2, 3, 4, 63);
            case UP1KYO:
                return List.of(2, 3, 14);
            case UP2KYO:
            case UP3KYO:
                return List.of(2, 3, 5);
            case UPPLAN:
            case UPJSK:
            case UPSIKYU:
                return List.of(2, 3, 5);
            case DLTJSK:
                return List.of(2, 3, 4, 5, 6);
            case UPKIHON_IMAGE:
                return List.of();
            default:
                return List.of(2, 3, 4);
        }
    }

    /**
     * The kinds this kind depends on (従属情報 of, §2.3). 利用者補足情報 depends on 第1表 (plan link) or on
     * 第6表 (utilization link, R37).
     *
     * @return the parent kinds; empty for a top-level kind
     */
    public List<FileKind> parents() {
        switch (this) {
            case UPHOSOKU:
                return List.of(UP1KYO, UPPLAN);
            case UP2KYO:
            case UP3KYO:
                return List.of(UP1KYO);
            case UPSIKYU:
                return List.of(UPPLAN);
            case UPKIHON_SUB1:
            case UPKIHON_SUB2:
            case UPKIHON_IMAGE:
                return List.of(UPKIHON);
            case UPYOBO_SUB:
                return List.of(UPYOBO);
            default:
                return List.of();
        }
    }

    /**
     * For a deletion kind, the kind whose records it deletes (R31–R33, R36a, P8).
     *
     * @return the deleted kind; empty for a kind that does not delete
     */
    public Optional<FileKind> deletes() {
        switch (this) {
            case DLT1KYO:
                return Optional.of(UP1KYO);
            case DLTPLAN:
                return Optional.of(UPPLAN);
            case DLTJSK:
                return Optional.of(UPJSK);
            case DLTKIHON:
                return Optional.of(UPKIHON);
            case DLTYOBO:
                return Optional.of(UPYOBO);
            default:
                return Optional.empty();
        }
    }

    /**
     * Finds a kind by its file-name prefix.
     *
     * @param prefix the prefix, e.g. {@code UPJSK}
     * @return the kind, if the prefix is one of the spec's
     */
    public static Optional<FileKind> byPrefix(String prefix) {
        for (FileKind k : values()) {
            if (k.prefix.equals(prefix)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
