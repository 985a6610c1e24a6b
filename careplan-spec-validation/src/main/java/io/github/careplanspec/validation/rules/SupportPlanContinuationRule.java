package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * P7, the continuation rule of 介護予防サービス・支援計画書（別表） (UPYOBO_SUB), per plan (No.2–4):
 * 「課題の入力について、NO以外の項目は最初の行のみに内容を記載して2回目以降は空欄とする」 and likewise for 支援計画.
 * <ul>
 *   <li>{@link Rules#P7_ISSUE_REPEATED}: a row with the same No.5 課題ＮＯ as the plan's previous row carries No.6–9;</li>
 *   <li>{@link Rules#P7_PLAN_REPEATED}: a row with the same 課題ＮＯ and No.10 支援計画ＮＯ as the previous row
 *       carries No.11–13;</li>
 *   <li>{@link Rules#P7_ORDER} (inferred): a 課題ＮＯ, or a 支援計画ＮＯ within its 課題ＮＯ, that comes back after
 *       the plan's rows moved on to another group — blank cells would continue the wrong row.</li>
 * </ul>
 * Warnings (U13): a reader tolerates repeated values, and the 予防 text does not state an order. The NO items are
 * free text (U7) and are compared as written; a row without 課題ＮＯ is skipped. Memory grows with the rows of the
 * file (UPYOBO_SUB files are small).
 */
public final class SupportPlanContinuationRule implements FileRule {
    private static final Check NOTHING = (record, sink) -> {
    };
    private static final int ISSUE_NO = 5;
    private static final int PLAN_NO = 10;

    /** Creates the rule. */
    public SupportPlanContinuationRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.P7_ISSUE_REPEATED, Rules.P7_PLAN_REPEATED, Rules.P7_ORDER);
    }

    private static final class Plan {
        String issue;
        String supportPlan;
        final Set<String> closedIssues = new HashSet<>();
        final Set<String> closedPlans = new HashSet<>();
    }

    @Override
    public Check start(FileContext file, IssueSink sink) {
        if (file.kind() != FileKind.UPYOBO_SUB) {
            return NOTHING;
        }
        Map<String, Plan> plans = new HashMap<>();
        return (record, s) -> {
            String issue = record.text(ISSUE_NO);
            if (issue.isEmpty()) {
                return;
            }
            String supportPlan = record.text(PLAN_NO);
            Plan p = plans.computeIfAbsent(record.text(2) + "|" + record.text(3) + "|" + record.text(4),
                    k -> new Plan());
            if (issue.equals(p.issue)) {
                firstFilled(record, 6, 9).ifPresent(no -> s.report(record.issue(Rules.P7_ISSUE_REPEATED, no,
                        Map.of("issueNo", issue))));
                if (supportPlan.equals(p.supportPlan)) {
                    firstFilled(record, 11, 13).ifPresent(no -> s.report(record.issue(Rules.P7_PLAN_REPEATED,
                            no, Map.of("issueNo", issue, "planNo", supportPlan))));
                } else {
                    if (p.supportPlan != null) {
                        p.closedPlans.add(issue + "|" + p.supportPlan);
                    }
                    if (!supportPlan.isEmpty() && p.closedPlans.contains(issue + "|" + supportPlan)) {
                        s.report(record.issue(Rules.P7_ORDER, PLAN_NO, Map.of("group",
                                record.name(ISSUE_NO) + " " + issue + " / " + record.name(PLAN_NO) + " " + supportPlan)));
                    }
                }
            } else {
                if (p.issue != null) {
                    p.closedIssues.add(p.issue);
                    p.closedPlans.add(p.issue + "|" + p.supportPlan);
                }
                if (p.closedIssues.contains(issue)) {
                    s.report(record.issue(Rules.P7_ORDER, ISSUE_NO, Map.of("group", record.name(ISSUE_NO) + " " + issue)));
                }
            }
            p.issue = issue;
            p.supportPlan = supportPlan;
        };
    }

    private static Optional<Integer> firstFilled(RecordContext<?> record, int from, int to) {
        for (int no = from; no <= to; no++) {
            if (!record.isEmpty(no)) {
                return Optional.of(no);
            }
        }
        return Optional.empty();
    }
}
