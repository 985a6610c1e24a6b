package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * R40 (inferred): the rows of one 第2表 (UP2KYO rows of one 保険者番号 + 被保険者番号 + 居宅サービス計画作成（変更）日,
 * No.2, 3, 5) — 「課題ＮＯ、援助目標ＮＯ、援助内容ＮＯの優先順位でソートした際に、帳票に出力する際の順番になるようにする」
 * and 「レコード内容は帳票出力時のイメージで出力する」 (blank 課題/目標 cells continue the row above). Warnings:
 * <ul>
 *   <li>{@link Rules#R40_ORDER}: a row whose (課題ＮＯ, 援助目標ＮＯ, 援助内容ＮＯ) sorts before the previous row of the
 *       same plan — a reader that keeps file order would attach blank cells to the wrong row;</li>
 *   <li>{@link Rules#R40_DUPLICATE}: two rows of a plan with the same three NO — the sort order is undefined.</li>
 * </ul>
 * Rows with an empty or non-numeric NO are skipped (the field rules report malformed NO). Memory grows with the
 * number of rows of the file (第2表 files are small).
 */
public final class Table2OrderRule implements FileRule {
    private static final Check NOTHING = (record, sink) -> {
    };
    private static final int ISSUE = 6;
    private static final int GOAL = 8;
    private static final int CONTENT = 13;

    /** Creates the rule. */
    public Table2OrderRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R40_ORDER, Rules.R40_DUPLICATE);
    }

    @Override
    public Check start(FileContext file, IssueSink sink) {
        if (file.kind() != FileKind.UP2KYO) {
            return NOTHING;
        }
        Map<String, Long> last = new HashMap<>();
        Map<String, Long> firstRecord = new HashMap<>();
        return (record, s) -> {
            int[] no = new int[3];
            int k = 0;
            for (int item : new int[] {ISSUE, GOAL, CONTENT}) {
                String t = record.text(item);
                if (t.isEmpty() || t.length() > 2 || !FieldRules.isDigits(t, 0, t.length())) {
                    return;
                }
                no[k++] = Integer.parseInt(t);
            }
            String plan = record.text(2) + "|" + record.text(3) + "|" + record.text(5);
            long sortKey = no[0] * 10_000L + no[1] * 100L + no[2];
            String current = no[0] + "/" + no[1] + "/" + no[2];
            Long seenAt = firstRecord.putIfAbsent(plan + "|" + sortKey, record.location().record());
            if (seenAt != null) {
                s.report(record.issue(Rules.R40_DUPLICATE, ISSUE, Map.of("current", current,
                        "first", Long.toString(seenAt))));
            }
            Long previous = last.put(plan, sortKey);
            if (previous != null && previous > sortKey) {
                s.report(record.issue(Rules.R40_ORDER, ISSUE, Map.of("current", current, "previous",
                        previous / 10_000 + "/" + previous / 100 % 100 + "/" + previous % 100)));
            }
        };
    }
}
