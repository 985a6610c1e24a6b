package io.github.careplanspec.validation.rules;

import static io.github.careplanspec.model.catalog.FileKind.UPYOBO;
import static io.github.careplanspec.model.catalog.FileKind.UPYOBO_SUB;

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
    private static final int[] KEY = {2, 3, 4};

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
        for (Map.Entry<String, RecordContext<?>> e : UnitRecords.byKey(UnitRecords.records(unit, UPYOBO_SUB), KEY)
                .entrySet()) {
            if (!parents.containsKey(e.getKey())) {
                sink.report(e.getValue().issue(Rules.P4_ORPHAN, 4, Map.of("key", e.getKey(),
                        "parent", "介護予防サービス・支援計画書（UPYOBO）", "dateName", "計画作成(変更)日")));
            }
        }
    }
}
