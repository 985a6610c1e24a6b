package io.github.careplanspec.model.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A family of records that the receiving side stores, replaces and deletes as one set (§2.3, §3.3; R26–R28,
 * R31–R36a, P8): the parent kind, its dependent kinds (従属情報) and the deletion kind that removes it.
 *
 * <p>Which kinds belong to a family is a fact of each kind's row ({@link FileKind#families()}); the family only
 * derives from the table. 利用者補足情報 (UPHOSOKU) belongs to two families: the plan (No.63 {@code 000000}) and
 * the 利用票 month (No.4 {@code 00000000}, R37). Immutable and thread-safe.
 *
 * <p>Moved here from {@code io.github.careplanspec.csv.receive} (it is a fact of the spec, not of the receiver).
 */
public enum Family {
    /** 居宅サービス計画 — 第1表 with 第2表, 第3表 and the plan-linked 利用者補足情報 (R26, R31). */
    PLAN,
    /** サービス利用票（予定）— 第6表 UPPLAN with 第7表 UPSIKYU and the month-linked 利用者補足情報 (R27, R32, R35). */
    UTILIZATION,
    /** サービス利用票（実績）— UPJSK rows of one office and サービス種類 (R28, R33, R36). */
    RESULTS,
    /** 利用者基本情報 with 別表1, 別表2 and the 家族構成 image (R36a, P8). */
    BASIC_INFO,
    /** 介護予防サービス・支援計画書 with its 別表 (R36a, P8). */
    PREVENTION_PLAN;

    /** @return the parent kind (第1表, 第6表 予定, 実績, 利用者基本情報, 介護予防サービス・支援計画書) */
    public FileKind parent() {
        return Table.PARENT.get(this);
    }

    /**
     * The kinds of the family that carry its content: the parent, the dependents and the attachment, in
     * {@link FileKind#processingOrder() processing order} (parent first, R22).
     *
     * @return the member kinds, without the deletion kind
     */
    public List<FileKind> members() {
        return Table.MEMBERS.get(this);
    }

    /**
     * The members that depend on the parent ({@link FileKind.Role#DEPENDENT} and {@link FileKind.Role#ATTACHMENT}),
     * in processing order.
     *
     * @return the members but the parent
     */
    public List<FileKind> dependents() {
        List<FileKind> m = members();
        return m.subList(1, m.size());
    }

    /** @return the deletion kind (DLT1KYO, DLTPLAN, DLTJSK, DLTKIHON, DLTYOBO) */
    public FileKind deletion() {
        return Table.DELETION.get(this);
    }

    /**
     * Derived from {@link FileKind} on first use (not in {@code Family}'s own initialisation, which the kinds'
     * rows trigger).
     */
    private static final class Table {
        static final Map<Family, FileKind> PARENT = new EnumMap<>(Family.class);
        static final Map<Family, FileKind> DELETION = new EnumMap<>(Family.class);
        static final Map<Family, List<FileKind>> MEMBERS = new EnumMap<>(Family.class);

        static {
            for (Family f : Family.values()) {
                List<FileKind> members = new ArrayList<>();
                for (FileKind k : FileKind.processingOrder()) {
                    if (!k.families().contains(f)) {
                        continue;
                    }
                    switch (k.role()) {
                        case PARENT:
                            put(PARENT, f, k);
                            members.add(0, k);
                            break;
                        case DELETION:
                            put(DELETION, f, k);
                            break;
                        default:
                            members.add(k);
                    }
                }
                if (!PARENT.containsKey(f) || !DELETION.containsKey(f)) {
                    throw new IllegalStateException(f + " needs one parent and one deletion kind");
                }
                MEMBERS.put(f, Collections.unmodifiableList(members));
            }
        }

        private static void put(Map<Family, FileKind> m, Family f, FileKind k) {
            if (m.put(f, k) != null) {
                throw new IllegalStateException(f + ": two kinds of role " + k.role());
            }
        }
    }
}
