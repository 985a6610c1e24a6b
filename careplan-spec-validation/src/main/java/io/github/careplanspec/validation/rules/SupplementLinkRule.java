package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.kyotaku.UserSupplement;
import io.github.careplanspec.model.name.FileNameResult;
import io.github.careplanspec.model.name.InterfaceFileName;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import io.github.careplanspec.validation.text.Words;
import java.util.List;
import java.util.Map;

/**
 * R37 (with R26, R27, Q22): a 利用者補足情報 (UPHOSOKU) record is linked either to a plan (No.4 = the plan's
 * 居宅サービス計画作成（変更）日, No.63 = {@code 000000}) or to a service month (No.4 = {@code 00000000}, No.63 = the
 * 対象年月) — exactly one of the two items holds its sentinel. Both values set: {@link Rules#R37_BOTH_LINKED};
 * both sentinels: {@link Rules#R37_UNLINKED}. Errors: the spec fixes the sentinels (「…とする」).
 *
 * <p>Issue 17 reading 4: the error sits on the item that is wrong, decided by the unit — a file named with a month
 * other than {@code 000000} (a 利用票 unit) is utilization-linked, a file named {@code 000000} (a plan unit) is
 * plan-linked. Both values: utilization-linked → No.4 is wrong (must be {@code 00000000}), plan-linked → No.63
 * (must be {@code 000000}). Both sentinels: utilization-linked → No.63 (must be the month), plan-linked → No.4
 * (must be the plan date). A record without a file name (validated in memory) is reported on No.63.
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
        if (plan == month) {
            Boolean utilization = utilizationLinked(record.location().file());
            int at;
            Words expected;
            if (plan) {
                at = Boolean.TRUE.equals(utilization) ? PLAN_DATE : MONTH;
                expected = at == PLAN_DATE ? Words.LINK_PLAN_SENTINEL : Words.LINK_MONTH_SENTINEL;
            } else {
                at = Boolean.FALSE.equals(utilization) ? PLAN_DATE : MONTH;
                expected = at == PLAN_DATE ? Words.LINK_PLAN_DATE : Words.LINK_MONTH;
            }
            sink.report(record.issue(plan ? Rules.R37_BOTH_LINKED : Rules.R37_UNLINKED, at,
                    Map.of("planDate", record.text(PLAN_DATE), "month", record.text(MONTH),
                            "expected", expected.with())));
        }
    }

    /**
     * Whether a file name says the unit is utilization-linked (its month segment is not {@code 000000}).
     *
     * @param reported the reported file name (its last segment is the name), or {@code null}
     * @return true for a month, false for {@code 000000}, {@code null} when the name says nothing
     */
    static Boolean utilizationLinked(String reported) {
        if (reported == null) {
            return null;
        }
        String base = reported.substring(Math.max(reported.lastIndexOf('/'), reported.lastIndexOf('\\')) + 1);
        FileNameResult r = InterfaceFileName.parseOrProblem(base);
        if (!r.isValid()) {
            return null;
        }
        return r.name().orElseThrow().monthSegment().map(m -> !m.isPlanLinked()).orElse(null);
    }
}
