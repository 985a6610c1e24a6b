package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.code.LivingSupportReason;
import io.github.careplanspec.model.kyotaku.CarePlanTable1;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import java.util.List;
import java.util.Map;

/**
 * R39 (inferred): 第1表 No.25 生活援助中心型の算定理由 {@code 3} (その他) needs the reason in No.26 その他理由.
 * A warning, since the spec states the code list but not the dependency.
 */
public final class LivingSupportReasonRule implements RecordRule<CarePlanTable1> {
    private static final int REASON = 25;
    private static final int OTHER_REASON = 26;

    /** Creates the rule. */
    public LivingSupportReasonRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R39);
    }

    @Override
    public Class<CarePlanTable1> recordType() {
        return CarePlanTable1.class;
    }

    @Override
    public void check(RecordContext<CarePlanTable1> record, IssueSink sink) {
        if (LivingSupportReason.OTHER.code().equals(record.text(REASON)) && record.isEmpty(OTHER_REASON)) {
            sink.report(record.issue(Rules.R39, OTHER_REASON, Map.of("code", LivingSupportReason.OTHER.code())));
        }
    }
}
