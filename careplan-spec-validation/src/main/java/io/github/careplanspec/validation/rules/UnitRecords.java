package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.PlanLinkDate;
import io.github.careplanspec.model.ServiceMonthLink;
import io.github.careplanspec.model.catalog.Family;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.issue.Message;
import io.github.careplanspec.validation.text.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Look-ups shared by the unit rules: a unit's records by kind, keys as item texts at the kind table's key items
 * ({@link FileKind#keyNos(Family)}).
 */
final class UnitRecords {
    /** UPHOSOKU No.4 when the record is linked to a 第6表 (R37). */
    static final String NOT_PLAN_LINKED = PlanLinkDate.UNLINKED.text();
    /** UPHOSOKU No.63 when the record is linked to a plan (R37). */
    static final String NOT_MONTH_LINKED = ServiceMonthLink.UNLINKED.text();
    /** UPHOSOKU No.4, its plan link (the last of its key items in the plan family). */
    private static final int SUPPLEMENT_DATE_NO = lastKeyNo(FileKind.UPHOSOKU, Family.PLAN);
    /** UPHOSOKU No.63, its 利用票 link (the last of its key items in the 利用票 family). */
    private static final int SUPPLEMENT_MONTH_NO = lastKeyNo(FileKind.UPHOSOKU, Family.UTILIZATION);

    private UnitRecords() {
    }

    /** Whether the unit has a file of a kind (records or not). */
    static boolean has(UnitContext unit, FileKind kind) {
        for (UnitContext.UnitFile f : unit.files()) {
            if (f.file().kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** Whether the unit has a file of any of the kinds. */
    static boolean hasAny(UnitContext unit, List<FileKind> kinds) {
        for (FileKind k : kinds) {
            if (has(unit, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The CSV dependents of a family that belong to it alone (第2表, 第3表; 第7表; 別表…), in processing order: not
     * the 利用者補足情報, which two families share (R37), and not the image.
     */
    static List<FileKind> ownDependents(Family family) {
        List<FileKind> out = new ArrayList<>();
        for (FileKind k : family.dependents()) {
            if (k.isCsv() && k.families().size() == 1) {
                out.add(k);
            }
        }
        return out;
    }

    /** The key item Nos of a kind in a family, for {@link #byKey} and {@link #key}. */
    static int[] keyNos(FileKind kind, Family family) {
        return kind.keyNos(family).stream().mapToInt(Integer::intValue).toArray();
    }

    /** The item that ends a kind's key in a family (its date or month), where an orphan is reported. */
    static int lastKeyNo(FileKind kind, Family family) {
        List<Integer> k = kind.keyNos(family);
        return k.get(k.size() - 1);
    }

    /** The family's parent as messages name it, e.g. {@code 第1表（UP1KYO）}. */
    static Message parentLabel(Family family) {
        Object name = switch (family) {
            case PLAN -> Words.PARENT_PLAN.with();
            case UTILIZATION -> Words.PARENT_UTILIZATION.with();
            case RESULTS -> Words.PARENT_RESULTS.with();
            default -> family.parent().nameJa();
        };
        return Words.PARENT.with(name, family.parent().prefix());
    }

    /** The records of a kind, in file order. */
    static List<RecordContext<?>> records(UnitContext unit, FileKind kind) {
        List<RecordContext<?>> out = new ArrayList<>();
        for (UnitContext.UnitFile f : unit.files()) {
            if (f.file().kind() == kind) {
                out.addAll(f.records());
            }
        }
        return out;
    }

    /** The key of a record: the texts of items, joined by {@code /}. */
    static String key(RecordContext<?> r, int... nos) {
        StringBuilder sb = new StringBuilder();
        for (int no : nos) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(r.text(no));
        }
        return sb.toString();
    }

    /** The first record of each key, in file order. */
    static Map<String, RecordContext<?>> byKey(List<RecordContext<?>> records, int... nos) {
        Map<String, RecordContext<?>> m = new LinkedHashMap<>();
        for (RecordContext<?> r : records) {
            m.putIfAbsent(key(r, nos), r);
        }
        return m;
    }

    /** UPHOSOKU linked to a plan: No.63 is 000000 and No.4 is not 00000000 (R37; the other cases are R37's). */
    static boolean planLinked(RecordContext<?> supplement) {
        return NOT_MONTH_LINKED.equals(supplement.text(SUPPLEMENT_MONTH_NO))
                && !NOT_PLAN_LINKED.equals(supplement.text(SUPPLEMENT_DATE_NO));
    }

    /** UPHOSOKU linked to a service month: No.4 is 00000000 and No.63 is not 000000 (R37). */
    static boolean monthLinked(RecordContext<?> supplement) {
        return NOT_PLAN_LINKED.equals(supplement.text(SUPPLEMENT_DATE_NO))
                && !NOT_MONTH_LINKED.equals(supplement.text(SUPPLEMENT_MONTH_NO));
    }
}
