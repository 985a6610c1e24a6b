package io.github.careplanspec.model.catalog;

import static io.github.careplanspec.model.catalog.Family.BASIC_INFO;
import static io.github.careplanspec.model.catalog.Family.PLAN;
import static io.github.careplanspec.model.catalog.Family.PREVENTION_PLAN;
import static io.github.careplanspec.model.catalog.Family.RESULTS;
import static io.github.careplanspec.model.catalog.Family.UTILIZATION;
import static io.github.careplanspec.model.catalog.FileKind.Domain.BOTH;
import static io.github.careplanspec.model.catalog.FileKind.Domain.KYOTAKU;
import static io.github.careplanspec.model.catalog.FileKind.Domain.YOBO;
import static io.github.careplanspec.model.catalog.FileKind.Role.ATTACHMENT;
import static io.github.careplanspec.model.catalog.FileKind.Role.DELETION;
import static io.github.careplanspec.model.catalog.FileKind.Role.DEPENDENT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Every interface file kind (インタフェースファイル) of the ケアプランデータ連携標準仕様 V4.1, 居宅 and 予防 — the kind
 * table: one row per kind states its facts once, and everything that needs them (unit combinations, processing
 * order, receiving keys, family rules, the database) derives from the row. The rows are held against the spec's
 * {@code files.tsv} by a test.
 *
 * <p>A row states: the file-name prefix and 日本語名称; the domain (居宅, 予防, both); its {@link Role} in its
 * {@link Family} (parent, dependent, deletion, attachment); the sending side; the item No. that carries the
 * service month (where the kind has one, R16); per family, the item Nos that key a record ({@code linked_by});
 * whether a unit of the family must carry it (R21, R54). Derived from the row: {@link #operation()},
 * {@link #parents()}, {@link #deletes()}, {@link #hasMonthSegment()}. The one {@link #processingOrder()} (R22) is
 * stated below the rows.
 */
public enum FileKind {
    /** 利用者補足情報: linked to the plan (No.63 {@code 000000}) or to a 利用票 month (No.4 {@code 00000000}, R37). */
    UPHOSOKU(row("UPHOSOKU", "利用者補足情報", BOTH, DEPENDENT).month(63).key(PLAN, 2, 3, 4).key(UTILIZATION, 2, 3, 63)
            .required()),
    /** 居宅サービス計画書（１）— 第1表. */
    UP1KYO(row("UP1KYO", "居宅サービス計画1表", KYOTAKU, Role.PARENT).key(PLAN, 2, 3, 14).required()),
    /** 居宅サービス計画1表_削除. */
    DLT1KYO(row("DLT1KYO", "居宅サービス計画1表_削除", KYOTAKU, DELETION).key(PLAN, 2, 3, 4)),
    /** 居宅サービス計画書（２）— 第2表. */
    UP2KYO(row("UP2KYO", "居宅サービス計画2表", KYOTAKU, DEPENDENT).key(PLAN, 2, 3, 5).required()),
    /** 週間サービス計画表 — 第3表. */
    UP3KYO(row("UP3KYO", "居宅サービス計画３表", KYOTAKU, DEPENDENT).key(PLAN, 2, 3, 5).required()),
    /** 第6表（サービス利用票）予定. */
    UPPLAN(row("UPPLAN", "第6表（サービス利用票）予定", BOTH, Role.PARENT).layout("UPPLAN_UPJSK").month(5)
            .key(UTILIZATION, 2, 3, 5).required()),
    /** 第6表実績情報 (the 実績 key adds No.20 and the サービス種類 of No.15, R36). */
    UPJSK(row("UPJSK", "第6表実績情報", BOTH, Role.PARENT).sentByServiceOffice().layout("UPPLAN_UPJSK").month(5)
            .key(RESULTS, 2, 3, 5).required()),
    /** 第6表（サービス利用票）予定削除. */
    DLTPLAN(row("DLTPLAN", "第6表（サービス利用票）予定削除", BOTH, DELETION).month(4).key(UTILIZATION, 2, 3, 4)),
    /** 第6表実績情報削除. */
    DLTJSK(row("DLTJSK", "第6表実績情報削除", BOTH, DELETION).sentByServiceOffice().month(4)
            .key(RESULTS, 2, 3, 4, 5, 6)),
    /** 第7表（サービス利用票別表）. */
    UPSIKYU(row("UPSIKYU", "第7表（サービス利用票別表）", BOTH, DEPENDENT).month(5).key(UTILIZATION, 2, 3, 5).required()),
    /** 利用者基本情報. */
    UPKIHON(row("UPKIHON", "利用者基本情報", YOBO, Role.PARENT).key(BASIC_INFO, 2, 3, 4).required()),
    /** 利用者基本情報_削除. */
    DLTKIHON(row("DLTKIHON", "利用者基本情報_削除", YOBO, DELETION).key(BASIC_INFO, 2, 3, 4)),
    /** 利用者基本情報（別表1）１日の生活・すごし方(タイムスケジュール). */
    UPKIHON_SUB1(row("UPKIHON_SUB1", "利用者基本情報（別表1）１日の生活・すごし方(タイムスケジュール)", YOBO, DEPENDENT)
            .key(BASIC_INFO, 2, 3, 4)),
    /** 利用者基本情報（別表2）現病歴・既往歴. */
    UPKIHON_SUB2(row("UPKIHON_SUB2", "利用者基本情報（別表2）現病歴・既往歴", YOBO, DEPENDENT).key(BASIC_INFO, 2, 3, 4)),
    /** 家族構成 画像ファイル (JPEG), named in 利用者基本情報 No.62. */
    UPKIHON_IMAGE(row("UPKIHON_IMAGE", "家族構成 画像ファイル", YOBO, ATTACHMENT).key(BASIC_INFO)),
    /** 介護予防サービス・支援計画書. */
    UPYOBO(row("UPYOBO", "介護予防サービス・支援計画書", YOBO, Role.PARENT).key(PREVENTION_PLAN, 2, 3, 4).required()),
    /** 介護予防サービス・支援計画書_削除. */
    DLTYOBO(row("DLTYOBO", "介護予防サービス・支援計画書_削除", YOBO, DELETION).key(PREVENTION_PLAN, 2, 3, 4)),
    /** 介護予防サービス・支援計画書（別表）支援計画. */
    UPYOBO_SUB(row("UPYOBO_SUB", "介護予防サービス・支援計画書（別表）支援計画", YOBO, DEPENDENT)
            .key(PREVENTION_PLAN, 2, 3, 4));

    /**
     * The one processing order of kinds inside a unit (R22, P11 inferred): deletions first (a delete is always a
     * unit of its own, R21, so this only orders an invalid mixed unit: delete, then register, so what the unit
     * registers survives, R35), then parents before their dependents, family by family; the 利用者補足情報, a
     * dependent of two families, after both its parents.
     */
    private static final List<FileKind> ORDER = List.of(DLT1KYO, DLTPLAN, DLTJSK, DLTKIHON, DLTYOBO,
            UP1KYO, UP2KYO, UP3KYO, UPPLAN, UPSIKYU, UPHOSOKU, UPJSK,
            UPKIHON, UPKIHON_SUB1, UPKIHON_SUB2, UPKIHON_IMAGE, UPYOBO, UPYOBO_SUB);
    private static final int[] RANK = new int[values().length];

    static {
        if (ORDER.size() != RANK.length || ORDER.stream().distinct().count() != RANK.length) {
            throw new IllegalStateException("the processing order must name every kind once");
        }
        for (int i = 0; i < ORDER.size(); i++) {
            RANK[ORDER.get(i).ordinal()] = i;
        }
    }

    /** The role of a kind in its family (§2.3, §3.3). */
    public enum Role {
        /** The family's parent (第1表, 第6表 予定, 実績, 利用者基本情報, 介護予防サービス・支援計画書). */
        PARENT,
        /** A dependent (従属情報) of the parent: keyed by the parent's key, stored and deleted with it. */
        DEPENDENT,
        /** The deletion kind of the family (…_削除): deletes the parent's records and their dependents. */
        DELETION,
        /** An attachment of the parent (the 家族構成 JPEG, named in 利用者基本情報 No.62, P6). */
        ATTACHMENT
    }

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
    private final Role role;
    private final SenderRole sender;
    private final int monthNo;
    private final String layoutId;
    private final List<Family> families;
    private final Map<Family, List<Integer>> keys;
    private final List<Integer> keyNos;
    private final boolean required;

    FileKind(Row row) {
        this.prefix = row.prefix;
        this.nameJa = row.nameJa;
        this.domain = row.domain;
        this.role = row.role;
        this.sender = row.sender;
        this.monthNo = row.monthNo;
        this.layoutId = row.role == ATTACHMENT ? null : row.layoutId == null ? row.prefix : row.layoutId;
        this.families = List.copyOf(row.keys.keySet());
        this.keys = Collections.unmodifiableMap(new LinkedHashMap<>(row.keys));
        List<Integer> union = new ArrayList<>();
        for (List<Integer> k : row.keys.values()) {
            for (Integer no : k) {
                if (!union.contains(no)) {
                    union.add(no);
                }
            }
        }
        this.keyNos = List.copyOf(union);
        this.required = row.required;
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

    /** @return the kind's role in its family: parent, dependent, deletion or attachment */
    public Role role() {
        return role;
    }

    /** @return what the kind does: register (parent, dependent), delete or attach (derived from {@link #role()}) */
    public Operation operation() {
        switch (role) {
            case DELETION:
                return Operation.DELETE;
            case ATTACHMENT:
                return Operation.ATTACH;
            default:
                return Operation.REGISTER;
        }
    }

    /** @return the side that sends the kind */
    public SenderRole sender() {
        return sender;
    }

    /**
     * The item No. that carries the service month of every record (対象年月 No.5, 削除対象年月 No.4, UPHOSOKU 対象年月
     * No.63; files.tsv {@code month_meaning}).
     *
     * @return the No.; empty for a kind without a month
     */
    public OptionalInt monthNo() {
        return monthNo == 0 ? OptionalInt.empty() : OptionalInt.of(monthNo);
    }

    /**
     * @return whether the file name carries a {@code YYYYMM} segment (R16): exactly the kinds with a
     *     {@link #monthNo() month item}, whose value the segment repeats (R16 inferred)
     */
    public boolean hasMonthSegment() {
        return monthNo != 0;
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
     * The families the kind belongs to: one, but two for 利用者補足情報 ({@link Family#PLAN} and
     * {@link Family#UTILIZATION}, R37).
     *
     * @return the families, in the order of the row
     */
    public List<Family> families() {
        return families;
    }

    /**
     * Whether a registration unit of the kind's family must carry a file of this kind (R21 combinations, R54 ○):
     * the parent, and 第2表, 第3表, 利用者補足情報, 第7表. Not the 予防 別表 and image (sent 原則, P5), and not a
     * deletion, which is a unit of its own (R21).
     *
     * @return whether the kind is required in a unit of its family
     */
    public boolean requiredInUnit() {
        return required;
    }

    /**
     * The item numbers (No.) that key a record of this kind (§2.3, files.tsv {@code linked_by}): for a kind of two
     * families, the items of both links (UPHOSOKU: No.2, 3, 4, 63).
     *
     * @return the key item numbers, in key order; empty for the image
     */
    public List<Integer> keyNos() {
        return keyNos;
    }

    /**
     * The item numbers that key a record of this kind in one of its families: the items that equal the
     * parent's key (UPHOSOKU in {@link Family#PLAN}: No.2, 3, 4 = UP1KYO No.2, 3, 14; in
     * {@link Family#UTILIZATION}: No.2, 3, 63 = UPPLAN No.2, 3, 5).
     *
     * @param family one of {@link #families()}
     * @return the key item numbers, in key order (the parent's key order); empty for the image
     * @throws IllegalArgumentException if the kind does not belong to the family
     */
    public List<Integer> keyNos(Family family) {
        List<Integer> k = keys.get(family);
        if (k == null) {
            throw new IllegalArgumentException(this + " is not of the family " + family);
        }
        return k;
    }

    /**
     * The kinds this kind depends on (従属情報 of, §2.3): the parent of each of its families. 利用者補足情報 depends
     * on 第1表 (plan link) or on 第6表 (utilization link, R37).
     *
     * @return the parent kinds; empty for a parent and a deletion
     */
    public List<FileKind> parents() {
        if (role != DEPENDENT && role != ATTACHMENT) {
            return List.of();
        }
        return families.size() == 1 ? List.of(families.get(0).parent())
                : families.stream().map(Family::parent).toList();
    }

    /**
     * For a deletion kind, the kind whose records it deletes (R31–R33, R36a, P8): its family's parent, with the
     * dependents (the cascade: {@link Family#members()}).
     *
     * @return the deleted kind; empty for a kind that does not delete
     */
    public Optional<FileKind> deletes() {
        return role == DELETION ? Optional.of(families.get(0).parent()) : Optional.empty();
    }

    /**
     * Every kind in the one processing order inside a unit (R22, P11 inferred): deletions first, then parents
     * before their dependents. Unit files, receiving, the CLI's listings and {@link Family#members()} follow it.
     *
     * @return every kind, once, in processing order
     */
    public static List<FileKind> processingOrder() {
        return ORDER;
    }

    /** @return the kind's place in {@link #processingOrder()}, from 0 (for comparators) */
    public int processingRank() {
        return RANK[ordinal()];
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

    private static Row row(String prefix, String nameJa, Domain domain, Role role) {
        return new Row(prefix, nameJa, domain, role);
    }

    /** One row of the kind table, as the constants state it. */
    private static final class Row {
        final String prefix;
        final String nameJa;
        final Domain domain;
        final Role role;
        SenderRole sender = SenderRole.PLANNING_OFFICE;
        int monthNo;
        String layoutId;
        final Map<Family, List<Integer>> keys = new LinkedHashMap<>();
        boolean required;

        Row(String prefix, String nameJa, Domain domain, Role role) {
            this.prefix = prefix;
            this.nameJa = nameJa;
            this.domain = domain;
            this.role = role;
        }

        /** Sent by the service office (実績), not the planning office. */
        Row sentByServiceOffice() {
            sender = SenderRole.SERVICE_OFFICE;
            return this;
        }

        /** The item No. of the service month (and a {@code YYYYMM} file-name segment, R16). */
        Row month(int no) {
            monthNo = no;
            return this;
        }

        /** The layout id of the spec tables, when it is not the prefix. */
        Row layout(String id) {
            layoutId = id;
            return this;
        }

        /** A family of the kind, with the items that key a record in it. */
        Row key(Family family, Integer... nos) {
            keys.put(family, List.of(nos));
            return this;
        }

        /** Required in a unit of the family (R21, R54 ○). */
        Row required() {
            required = true;
            return this;
        }
    }
}
