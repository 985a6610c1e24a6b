package io.github.careplanspec.validation.rules;

import static io.github.careplanspec.model.catalog.Family.PREVENTION_PLAN;

import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import java.util.List;
import java.util.Map;

/**
 * 介護予防サービス・支援計画書 ↔ 別表 inside one unit (P3, P4): a UPYOBO_SUB row whose 保険者番号 + 被保険者番号 +
 * 計画作成(変更)日 (No.2–4) has no UPYOBO row in the unit is {@link Rules#P4_ORPHAN} (error), once per key.
 */
public final class PreventionPlanFamilyRule implements UnitRule {
    private static final FileKind UPYOBO = PREVENTION_PLAN.parent();
    private static final int[] KEY = UnitRecords.keyNos(UPYOBO, PREVENTION_PLAN);

    /** Creates the rule. */
    public PreventionPlanFamilyRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.P4_ORPHAN);
    }

    @Override
    public void check(UnitContext unit, IssueSink sink) {
        Map<String, RecordContext<?>> parents = UnitRecords.byKey(UnitRecords.records(unit, UPYOBO), KEY);
        for (FileKind k : UnitRecords.ownDependents(PREVENTION_PLAN)) {
            for (Map.Entry<String, RecordContext<?>> e : UnitRecords.byKey(UnitRecords.records(unit, k),
                    UnitRecords.keyNos(k, PREVENTION_PLAN)).entrySet()) {
                if (!parents.containsKey(e.getKey())) {
                    sink.report(e.getValue().issue(Rules.P4_ORPHAN, UnitRecords.lastKeyNo(k, PREVENTION_PLAN),
                            Map.of("key", e.getKey(), "parent", UnitRecords.parentLabel(PREVENTION_PLAN),
                                    "dateName", Catalog.layout(UPYOBO).columns().get(3).name())));
                }
            }
        }
    }
}
