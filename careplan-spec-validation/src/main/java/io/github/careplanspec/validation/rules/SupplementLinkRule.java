package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.kyotaku.UserSupplement;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import java.util.List;
import java.util.Map;

/**
 * R37 (with R26, R27, Q22): a 利用者補足情報 (UPHOSOKU) record is linked either to a plan (No.4 = the plan's
 * 居宅サービス計画作成（変更）日, No.63 = {@code 000000}) or to a service month (No.4 = {@code 00000000}, No.63 = the
 * 対象年月) — exactly one of the two items holds its sentinel. Both values set: {@link Rules#R37_BOTH_LINKED};
 * both sentinels: {@link Rules#R37_UNLINKED}. Errors: the spec fixes the sentinels (「…とする」).
 */
public final class SupplementLinkRule implements RecordRule<UserSupplement> {
    private static final int PLAN_DATE = 4;
    private static final int MONTH = 63;

    /** Creates the rule. */
    public SupplementLinkRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R37_BOTH_LINKED, Rules.R37_UNLINKED);
    }

    @Override
    public Class<UserSupplement> recordType() {
        return UserSupplement.class;
    }

    @Override
    public void check(RecordContext<UserSupplement> record, IssueSink sink) {
        UserSupplement s = record.value();
        if (s.planDate() == null || s.serviceMonth() == null) {
            return; // R9 reports the empty item
        }
        boolean plan = s.planDate().isLinked();
        boolean month = s.serviceMonth().isLinked();
        if (plan && month) {
            sink.report(record.issue(Rules.R37_BOTH_LINKED, MONTH, Map.of("planDate", record.text(PLAN_DATE))));
        } else if (!plan && !month) {
            sink.report(record.issue(Rules.R37_UNLINKED, MONTH, Map.of()));
        }
    }
}
