package io.github.careplanspec.validation.rules;

import static io.github.careplanspec.model.catalog.Family.PLAN;
import static io.github.careplanspec.model.catalog.FileKind.UPHOSOKU;

import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 第1表 ↔ 第2表 ↔ 第3表 ↔ 利用者補足情報 inside one unit (R26, R29, R30): the plan key is 保険者番号 + 被保険者番号 +
 * 居宅サービス計画作成（変更）日 (UP1KYO No.2, 3, 14 = 第2表/第3表 No.2, 3, 5 = UPHOSOKU No.2, 3, 4: the kind table's key items).
 * <ul>
 * <li>{@link Rules#R26_ORPHAN} (error): a 第2表/第3表 row, or a plan-linked UPHOSOKU row (No.63 {@code 000000}),
 * whose key has no 第1表 row in the unit — reported once per key and file, at its first row;</li>
 * <li>{@link Rules#R30_NO_SUPPLEMENT} (warning): a 第1表 key without a plan-linked UPHOSOKU row, when the unit has a
 * UPHOSOKU file (a unit without one is {@code R21.UNIT003});</li>
 * <li>{@link Rules#R30_DUPLICATE_SUPPLEMENT} (warning): two plan-linked UPHOSOKU rows with one key.</li>
 * </ul>
 * Rows are grouped by key, not by position (contiguity is not stated). Records whose items did not all convert
 * still take part: the key items are compared as texts. The members and their key items come from the kind table
 * ({@link io.github.careplanspec.model.catalog.Family#PLAN}).
 */
public final class PlanFamilyRule implements UnitRule {
    private static final FileKind PARENT = PLAN.parent();
    private static final int[] PLAN_KEY = UnitRecords.keyNos(PARENT, PLAN);
    private static final int[] SUPPLEMENT_KEY = UnitRecords.keyNos(UPHOSOKU, PLAN);
    private static final List<FileKind> OWN = UnitRecords.ownDependents(PLAN);

    /** Creates the rule. */
    public PlanFamilyRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R26_ORPHAN, Rules.R30_NO_SUPPLEMENT, Rules.R30_DUPLICATE_SUPPLEMENT);
    }

    @Override
    public void check(UnitContext unit, IssueSink sink) {
        if (!UnitRecords.has(unit, PARENT) && !UnitRecords.hasAny(unit, OWN)) {
            return; // not a plan unit: a UPHOSOKU here belongs to a 第6表 (UtilizationFamilyRule)
        }
        Map<String, RecordContext<?>> plans = UnitRecords.byKey(UnitRecords.records(unit, PARENT), PLAN_KEY);
        for (FileKind k : OWN) {
            orphans(UnitRecords.records(unit, k), UnitRecords.keyNos(k, PLAN), UnitRecords.lastKeyNo(k, PLAN), plans,
                    sink);
        }
        List<RecordContext<?>> supplements = UnitRecords.records(unit, UPHOSOKU).stream()
                .filter(UnitRecords::planLinked).toList();
        int supplementNo = UnitRecords.lastKeyNo(UPHOSOKU, PLAN);
        orphans(supplements, SUPPLEMENT_KEY, supplementNo, plans, sink);
        Map<String, RecordContext<?>> first = new HashMap<>();
        for (RecordContext<?> s : supplements) {
            String key = UnitRecords.key(s, SUPPLEMENT_KEY);
            RecordContext<?> earlier = first.putIfAbsent(key, s);
            if (earlier != null) {
                sink.report(s.issue(Rules.R30_DUPLICATE_SUPPLEMENT, supplementNo,
                        Map.of("key", key, "first", Long.toString(earlier.location().record()))));
            }
        }
        if (UnitRecords.has(unit, UPHOSOKU)) {
            for (Map.Entry<String, RecordContext<?>> e : plans.entrySet()) {
                if (!first.containsKey(e.getKey())) {
                    sink.report(e.getValue().issue(Rules.R30_NO_SUPPLEMENT, UnitRecords.lastKeyNo(PARENT, PLAN),
                            Map.of("key", e.getKey(), "parent", UnitRecords.parentLabel(PLAN))));
                }
            }
        }
    }

    private static void orphans(List<RecordContext<?>> rows, int[] key, int column,
            Map<String, RecordContext<?>> parents, IssueSink sink) {
        for (Map.Entry<String, RecordContext<?>> e : UnitRecords.byKey(rows, key).entrySet()) {
            if (!parents.containsKey(e.getKey())) {
                sink.report(e.getValue().issue(Rules.R26_ORPHAN, column, Map.of("key", e.getKey())));
            }
        }
    }
}
