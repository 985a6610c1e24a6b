package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import io.github.careplanspec.validation.report.ValidationIssue;
import io.github.careplanspec.validation.text.Words;
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
 *   <li>{@link Rules#R51_IN_LIMIT_SUBTOTAL} (error, issue 17 reading 3): a group with two or more detail rows that
 *       carry No.18 給付管理単位数 (the 区分支給限度 rows, R52) has a {@code {CD}AAAA} row — 「サービスコードが複数行の
 *       場合は必須」. Reported on the group's first such row.</li>
 *   <li>{@link Rules#R51_SUBTOTAL} (error, issue 17 reading 3): a group with two or more detail rows has a subtotal
 *       row of some kind ({@code AAAA}, {@code EEEE} or {@code ZZZZ}); not reported when the group already has
 *       {@code R51.inLimitSubtotal}. Reported on the group's first detail row.</li>
 *   <li>{@link Rules#R51_SUM} (warning; Q35, the 第7表 様式's 合計欄, inferred): (a) when the {@code {CD}AAAA} row
 *       and at least one detail row of the group carry No.18, the subtotal's No.18 is the sum of the detail rows'
 *       No.18 (rows outside the limit leave it Null, R52). (b) On the 全合計 row, each amount column it carries
 *       (No.17–22, 24, 26, 28, 29) is the sum over the user's groups of the subtotal rows and of the detail rows no
 *       subtotal covers — {@code AAAA} covers the rows with No.18, {@code EEEE} those without, {@code ZZZZ} (30日超過分)
 *       is added on top — so nothing is counted twice. A subtotal already reported under (a) counts with its detail
 *       rows' sum, so one wrong subtotal is one issue. Amounts on the subtotal rows only (Q35) add up as such.
 *       An empty operand counts 0; a column no contributing row carries is not checked.</li>
 * </ul>
 * Memory grows with the number of users and groups of the file, not with its rows.
 */
public final class AnnexTotalsRule implements FileRule {
    private static final Check NOTHING = (record, sink) -> {
    };
    private static final int OFFICE = 7;
    private static final int CODE = 9;
    private static final int BENEFIT_UNITS = 18;
    /** The amount columns of the 全合計 row that add up (No.17–22, 24, 26, 28, 29). */
    private static final int[] SUMMED = {17, 18, 19, 20, 21, 22, 24, 26, 28, 29};

    /** Creates the rule. */
    public AnnexTotalsRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R51_TOTAL, Rules.R51_IN_LIMIT_SUBTOTAL, Rules.R51_SUBTOTAL, Rules.R51_SUM);
    }

    @Override
    public Check start(FileContext file, IssueSink sink) {
        return file.kind() == FileKind.UPSIKYU ? new Totals() : NOTHING;
    }

    /** Column sums of some rows: the sum per column and whether any row carried it. */
    private static final class Sums {
        final long[] sum = new long[SUMMED.length];
        final boolean[] present = new boolean[SUMMED.length];
        boolean unreadable;

        void add(RecordContext<?> r) {
            for (int i = 0; i < SUMMED.length; i++) {
                String t = r.text(SUMMED[i]);
                if (!t.isEmpty()) {
                    Long v = parse(t);
                    if (v == null) {
                        unreadable = true;
                    } else {
                        sum[i] += v;
                        present[i] = true;
                    }
                }
            }
        }

        void add(Sums o) {
            for (int i = 0; i < SUMMED.length; i++) {
                sum[i] += o.sum[i];
                present[i] |= o.present[i];
            }
            unreadable |= o.unreadable;
        }
    }

    private static final class Group {
        final String user;
        ValidationIssue firstDetail;
        ValidationIssue firstLimitDetail;
        int details;
        int limitDetails;
        boolean inLimit;
        boolean outsideLimit;
        boolean over30;
        ValidationIssue inLimitRow;
        long sum;
        boolean unreadable;
        final Sums limitRows = new Sums();
        final Sums otherRows = new Sums();
        final Sums subtotals = new Sums();
        boolean inLimitReported;

        Group(String user) {
            this.user = user;
        }

        boolean anySubtotal() {
            return inLimit || outsideLimit || over30;
        }
    }

    private static final class Totals implements Check {
        /** User key → the pending "no total" issue, removed once the total row is seen. */
        private final Map<String, ValidationIssue> withoutTotal = new LinkedHashMap<>();
        private final Map<String, Boolean> users = new LinkedHashMap<>();
        private final Map<String, Group> groups = new LinkedHashMap<>();
        /** User key → the 全合計 row: one issue per summed column, for its location and text. */
        private final Map<String, ValidationIssue[]> totalRows = new LinkedHashMap<>();

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
                ValidationIssue[] cells = new ValidationIssue[SUMMED.length];
                for (int i = 0; i < SUMMED.length; i++) {
                    cells[i] = record.issue(Rules.R51_SUM, SUMMED[i], Map.of());
                }
                totalRows.putIfAbsent(user, cells);
                return;
            }
            if (code.length() != 6) {
                return; // the field rules report it
            }
            String item = code.substring(2);
            Group g = groups.computeIfAbsent(user + "|" + record.text(OFFICE) + "|" + code.substring(0, 2),
                    k -> new Group(user));
            switch (item) {
                case "AAAA":
                    g.inLimit = true;
                    g.inLimitRow = record.issue(Rules.R51_SUM, BENEFIT_UNITS, Map.of());
                    g.subtotals.add(record);
                    return;
                case "EEEE":
                    g.outsideLimit = true;
                    g.subtotals.add(record);
                    return;
                case "ZZZZ":
                    g.over30 = true;
                    g.subtotals.add(record);
                    return;
                default:
                    break;
            }
            g.details++;
            if (g.firstDetail == null) {
                g.firstDetail = record.issue(Rules.R51_SUBTOTAL, CODE, Map.of());
            }
            String units = record.text(BENEFIT_UNITS);
            if (units.isEmpty()) {
                g.otherRows.add(record);
                return;
            }
            g.limitRows.add(record);
            g.limitDetails++;
            if (g.firstLimitDetail == null) {
                g.firstLimitDetail = record.issue(Rules.R51_IN_LIMIT_SUBTOTAL, CODE, Map.of());
            }
            Long v = parse(units);
            if (v == null) {
                g.unreadable = true;
            } else {
                g.sum += v;
            }
        }

        @Override
        public void finish(IssueSink sink) {
            for (ValidationIssue i : withoutTotal.values()) {
                sink.report(i);
            }
            Map<String, Sums> perUser = new LinkedHashMap<>();
            for (Map.Entry<String, Group> e : groups.entrySet()) {
                Group g = e.getValue();
                String[] key = e.getKey().split("\\|", -1);
                if (g.limitDetails >= 2 && !g.inLimit) {
                    sink.report(with(g.firstLimitDetail, Map.of("office", key[3], "type", key[4],
                            "rows", Integer.toString(g.limitDetails))));
                } else if (g.details >= 2 && !g.anySubtotal()) {
                    sink.report(with(g.firstDetail, Map.of("office", key[3], "type", key[4],
                            "rows", Integer.toString(g.details))));
                }
                if (g.inLimitRow != null && g.limitDetails > 0 && !g.unreadable) {
                    Long subtotal = parse(g.inLimitRow.value());
                    if (subtotal != null && subtotal != g.sum) {
                        g.inLimitReported = true;
                        sink.report(with(g.inLimitRow, Map.of("sum", Long.toString(g.sum),
                                "rows", Integer.toString(g.limitDetails), "what", Words.SUM_SUBTOTAL.with(),
                                "of", Words.SUM_SUBTOTAL_OF.with())));
                    }
                }
                perUser.computeIfAbsent(g.user, k -> new Sums()).add(contribution(g));
            }
            for (Map.Entry<String, ValidationIssue[]> e : totalRows.entrySet()) {
                Sums s = perUser.get(e.getKey());
                if (s == null || s.unreadable) {
                    continue;
                }
                ValidationIssue[] cells = e.getValue();
                for (int i = 0; i < SUMMED.length; i++) {
                    Long total = parse(cells[i].value());
                    if (total != null && s.present[i] && total != s.sum[i]) {
                        sink.report(with(cells[i], Map.of("sum", Long.toString(s.sum[i]),
                                "rows", "", "what", Words.SUM_TOTAL.with(), "of", Words.SUM_TOTAL_OF.with())));
                    }
                }
            }
        }

        /** What a group adds to the 全合計 row: its subtotal rows and the detail rows no subtotal covers. */
        private static Sums contribution(Group g) {
            Sums c = new Sums();
            c.add(g.subtotals);
            if (g.inLimitReported) {
                int b = indexOf(BENEFIT_UNITS);
                c.sum[b] += g.sum - parse(g.inLimitRow.value());
            }
            if (!g.inLimit) {
                c.add(g.limitRows);
            }
            if (!g.outsideLimit) {
                c.add(g.otherRows);
            }
            return c;
        }

        private static ValidationIssue with(ValidationIssue i, Map<String, ?> params) {
            return new ValidationIssue(i.rule(), i.location(), new java.util.LinkedHashMap<>(params));
        }
    }

    private static int indexOf(int no) {
        for (int i = 0; i < SUMMED.length; i++) {
            if (SUMMED[i] == no) {
                return i;
            }
        }
        throw new IllegalArgumentException(Integer.toString(no));
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
