package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.catalog.FileKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Look-ups shared by the unit rules: a unit's records by kind, keys as item texts. */
final class UnitRecords {
    /** UPHOSOKU No.4 when the record is linked to a 第6表 (R37). */
    static final String NOT_PLAN_LINKED = "00000000";
    /** UPHOSOKU No.63 when the record is linked to a plan (R37). */
    static final String NOT_MONTH_LINKED = "000000";

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
        return NOT_MONTH_LINKED.equals(supplement.text(63)) && !NOT_PLAN_LINKED.equals(supplement.text(4));
    }

    /** UPHOSOKU linked to a service month: No.4 is 00000000 and No.63 is not 000000 (R37). */
    static boolean monthLinked(RecordContext<?> supplement) {
        return NOT_PLAN_LINKED.equals(supplement.text(4)) && !NOT_MONTH_LINKED.equals(supplement.text(63));
    }
}
