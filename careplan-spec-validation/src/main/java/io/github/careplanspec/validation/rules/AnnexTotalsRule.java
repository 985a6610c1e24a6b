package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import io.github.careplanspec.validation.report.ValidationIssue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R51 across the rows of a 第7表 (UPSIKYU) file. A user's 別表 is the rows of one 保険者番号 + 被保険者番号 + 対象年月
 * (No.2, 3, 5); a サービス種類 group is the rows of one user, No.7 サービス事業所コード and サービス種類 (first two
 * characters of No.9 サービスコード). Rows need not be contiguous.
 * <ul>
 *   <li>{@link Rules#R51_TOTAL} (error): every user has a 全合計 row ({@code 999999}, 「固定（必須出力）」); reported
 *       on the user's first row.</li>
 *   <li>{@link Rules#R51_SUBTOTAL} (warning, inferred): a group with two or more detail rows has a 種類別小計 row. The
 *       spec makes {@code {CD}AAAA} mandatory 「サービスコードが複数行の場合」 for 区分支給対象 services; whether a
 *       detail row is 区分支給対象 is a property of the サービスコード表 (not carried here), so a group whose detail
 *       rows are all outside the limit may rightly have only the optional {@code EEEE}: any subtotal row satisfies
 *       the check. Reported on the group's first detail row.</li>
 *   <li>{@link Rules#R51_SUM} (warning; Q35): when the {@code {CD}AAAA} row and at least one detail row of the group
 *       carry No.18 給付管理単位数, the subtotal's No.18 equals the sum of the detail rows' No.18 (detail rows
 *       outside the limit leave No.18 Null, R52, so they do not count). Q35: amounts may sit on the subtotal row
 *       only; then there is nothing to add up and nothing is reported.</li>
 * </ul>
 * Memory grows with the number of users and groups of the file, not with its rows.
 */
public final class AnnexTotalsRule implements FileRule {
    private static final Check NOTHING = (record, sink) -> {
    };
    private static final int OFFICE = 7;
    private static final int CODE = 9;
    private static final int BENEFIT_UNITS = 18;

    /** Creates the rule. */
    public AnnexTotalsRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R51_TOTAL, Rules.R51_SUBTOTAL, Rules.R51_SUM);
    }

    @Override
    public Check start(FileContext file, IssueSink sink) {
        return file.kind() == FileKind.UPSIKYU ? new Totals() : NOTHING;
    }

    private static final class Group {
        ValidationIssue firstDetail;
        int details;
        boolean subtotal;
        ValidationIssue inLimitRow;
        long sum;
        int detailsWithUnits;
        boolean unreadable;
    }

    private static final class Totals implements Check {
        /** User key → the pending "no total" issue, removed once the total row is seen. */
        private final Map<String, ValidationIssue> withoutTotal = new LinkedHashMap<>();
        private final Map<String, Boolean> users = new LinkedHashMap<>();
        private final Map<String, Group> groups = new LinkedHashMap<>();

        @Override
        public void accept(RecordContext<?> record, IssueSink sink) {
            String user = record.text(2) + "|" + record.text(3) + "|" + record.text(5);
            String code = record.text(CODE);
            if (users.putIfAbsent(user, Boolean.TRUE) == null) {
                withoutTotal.put(user, record.issue(Rules.R51_TOTAL, CODE,
                        Map.of("insured", record.text(3), "month", record.text(5))));
            }
            if (code.equals("999999")) {
                withoutTotal.remove(user);
                return;
            }
            if (code.length() != 6) {
                return; // the field rules report it
            }
            String item = code.substring(2);
            Group g = groups.computeIfAbsent(user + "|" + record.text(OFFICE) + "|" + code.substring(0, 2),
                    k -> new Group());
            switch (item) {
                case "AAAA":
                    g.subtotal = true;
                    g.inLimitRow = record.issue(Rules.R51_SUM, BENEFIT_UNITS, Map.of());
                    return;
                case "EEEE":
                case "ZZZZ":
                    g.subtotal = true;
                    return;
                default:
                    break;
            }
            g.details++;
            if (g.firstDetail == null) {
                g.firstDetail = record.issue(Rules.R51_SUBTOTAL, CODE, Map.of());
            }
            String units = record.text(BENEFIT_UNITS);
            if (!units.isEmpty()) {
                Long v = parse(units);
                if (v == null) {
                    g.unreadable = true;
                } else {
                    g.sum += v;
                    g.detailsWithUnits++;
                }
            }
        }

        @Override
        public void finish(IssueSink sink) {
            for (ValidationIssue i : withoutTotal.values()) {
                sink.report(i);
            }
            for (Map.Entry<String, Group> e : groups.entrySet()) {
                Group g = e.getValue();
                String[] key = e.getKey().split("\\|", -1);
                if (g.details >= 2 && !g.subtotal) {
                    sink.report(with(g.firstDetail, Map.of("office", key[3], "type", key[4],
                            "rows", Integer.toString(g.details))));
                }
                if (g.inLimitRow != null && g.detailsWithUnits > 0 && !g.unreadable) {
                    Long subtotal = parse(g.inLimitRow.value());
                    if (subtotal != null && subtotal != g.sum) {
                        sink.report(with(g.inLimitRow, Map.of("sum", Long.toString(g.sum),
                                "rows", Integer.toString(g.detailsWithUnits))));
                    }
                }
            }
        }

        private static ValidationIssue with(ValidationIssue i, Map<String, String> params) {
            return new ValidationIssue(i.rule(), i.file(), i.line(), i.record(), i.column(), i.field(), i.value(),
                    params);
        }

        private static Long parse(String text) {
            if (text == null || text.isEmpty() || text.length() > 12) {
                return null;
            }
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
