package io.github.careplanspec.validation.rules;

import static io.github.careplanspec.model.catalog.Family.UTILIZATION;
import static io.github.careplanspec.model.catalog.FileKind.UPHOSOKU;

import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 第6表 ↔ 第7表 ↔ 利用者補足情報 inside one unit, per user and month (R27, R29, R30): the key is 保険者番号 +
 * 被保険者番号 + 対象年月 (UPPLAN No.2, 3, 5 = UPSIKYU No.2, 3, 5 = UPHOSOKU No.2, 3, 63).
 * <ul>
 * <li>{@link Rules#R27_ORPHAN} (error): a 第7表 row, or a month-linked UPHOSOKU row (No.4 {@code 00000000}), whose
 * key has no 第6表 row in the unit — once per key and file;</li>
 * <li>{@link Rules#R27_NO_ANNEX} (warning): a 第6表 key without 第7表 rows, when the unit has a UPSIKYU file;</li>
 * <li>{@link Rules#R30_NO_SUPPLEMENT} (warning): a 第6表 key without a month-linked UPHOSOKU row, when the unit has
 * a UPHOSOKU file;</li>
 * <li>{@link Rules#R30_DUPLICATE_SUPPLEMENT} (warning): two month-linked UPHOSOKU rows with one key.</li>
 * </ul>
 */
public final class UtilizationFamilyRule implements UnitRule {
    private static final FileKind PARENT = UTILIZATION.parent();
    /** 第7表: the family's own dependent (the kind table has one; a second would be checked alike). */
    private static final List<FileKind> OWN = UnitRecords.ownDependents(UTILIZATION);
    private static final int[] KEY = UnitRecords.keyNos(PARENT, UTILIZATION);
    private static final int[] SUPPLEMENT_KEY = UnitRecords.keyNos(UPHOSOKU, UTILIZATION);

    /** Creates the rule. */
    public UtilizationFamilyRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R27_ORPHAN, Rules.R27_NO_ANNEX, Rules.R30_NO_SUPPLEMENT,
                Rules.R30_DUPLICATE_SUPPLEMENT);
    }

    @Override
    public void check(UnitContext unit, IssueSink sink) {
        if (!UnitRecords.has(unit, PARENT) && !UnitRecords.hasAny(unit, OWN)) {
            return;
        }
        Map<String, RecordContext<?>> tickets = UnitRecords.byKey(UnitRecords.records(unit, PARENT), KEY);
        Map<FileKind, Map<String, RecordContext<?>>> annexes = new LinkedHashMap<>();
        for (FileKind k : OWN) {
            Map<String, RecordContext<?>> annex = UnitRecords.byKey(UnitRecords.records(unit, k),
                    UnitRecords.keyNos(k, UTILIZATION));
            annexes.put(k, annex);
            for (Map.Entry<String, RecordContext<?>> e : annex.entrySet()) {
                if (!tickets.containsKey(e.getKey())) {
                    sink.report(e.getValue().issue(Rules.R27_ORPHAN, UnitRecords.lastKeyNo(k, UTILIZATION),
                            Map.of("key", e.getKey())));
                }
            }
        }
        List<RecordContext<?>> supplements = UnitRecords.records(unit, UPHOSOKU).stream()
                .filter(UnitRecords::monthLinked).toList();
        int supplementNo = UnitRecords.lastKeyNo(UPHOSOKU, UTILIZATION);
        Map<String, RecordContext<?>> first = new HashMap<>();
        for (RecordContext<?> s : supplements) {
            String key = UnitRecords.key(s, SUPPLEMENT_KEY);
            RecordContext<?> earlier = first.putIfAbsent(key, s);
            if (earlier != null) {
                sink.report(s.issue(Rules.R30_DUPLICATE_SUPPLEMENT, supplementNo,
                        Map.of("key", key, "first", Long.toString(earlier.location().record()))));
            } else if (!tickets.containsKey(key)) {
                sink.report(s.issue(Rules.R27_ORPHAN, supplementNo, Map.of("key", key)));
            }
        }
        boolean hasSupplement = UnitRecords.has(unit, UPHOSOKU);
        int ticketNo = UnitRecords.lastKeyNo(PARENT, UTILIZATION);
        for (Map.Entry<String, RecordContext<?>> e : tickets.entrySet()) {
            for (Map.Entry<FileKind, Map<String, RecordContext<?>>> a : annexes.entrySet()) {
                if (UnitRecords.has(unit, a.getKey()) && !a.getValue().containsKey(e.getKey())) {
                    sink.report(e.getValue().issue(Rules.R27_NO_ANNEX, ticketNo, Map.of("key", e.getKey())));
                }
            }
            if (hasSupplement && !first.containsKey(e.getKey())) {
                sink.report(e.getValue().issue(Rules.R30_NO_SUPPLEMENT, ticketNo,
                        Map.of("key", e.getKey(), "parent", UnitRecords.parentLabel(UTILIZATION))));
            }
        }
    }
}
