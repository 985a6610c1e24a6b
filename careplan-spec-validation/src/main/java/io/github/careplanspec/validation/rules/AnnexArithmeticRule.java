package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.kyotaku.ServiceTicketAnnexLine;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of one 第7表 (UPSIKYU) row, after the calculation of the 第7表 様式 (サービス利用票別表; inferred from
 * the form's columns, the spec's layout states no formula). Warnings, each located on the result item, checked only
 * where every operand is present (an empty operand skips the check):
 * <ul>
 *   <li>{@link Rules#R52_SERVICE_UNITS}, detail rows only: No.17 サービス単位/金額 = 単位数 (No.15 割引後単位数 if
 *       given, else No.13) × No.16 回数／日数;</li>
 *   <li>{@link Rules#R52_BENEFIT_UNITS}: No.18 給付管理単位数 = No.19 種類支給限度基準超 + No.20 種類支給限度基準内;</li>
 *   <li>{@link Rules#R52_TYPE_LIMIT}: No.20 = No.21 区分支給限度基準超 + No.22 区分支給限度基準内;</li>
 *   <li>{@link Rules#R52_COST}: No.24 費用総額 = ⌊No.22 × No.23 単位数単価⌋ (yen, rounded down);</li>
 *   <li>{@link Rules#R52_CLAIM}, where No.27 定額利用者負担単価金額 is empty: No.26 保険/事業費請求額 =
 *       ⌊No.24 × No.25 給付率 / 100⌋;</li>
 *   <li>{@link Rules#R52_COPAY}, where No.27 is empty: No.28 利用者負担（保険/事業対象分）= No.24 − No.26;</li>
 *   <li>{@link Rules#R52_DAYS}: No.32 累積利用日数 = No.30 前月までの利用日数 + No.31 当月の計画利用日数.</li>
 * </ul>
 */
public final class AnnexArithmeticRule implements RecordRule<ServiceTicketAnnexLine> {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Creates the rule. */
    public AnnexArithmeticRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R52_SERVICE_UNITS, Rules.R52_BENEFIT_UNITS, Rules.R52_TYPE_LIMIT, Rules.R52_COST,
                Rules.R52_CLAIM, Rules.R52_COPAY, Rules.R52_DAYS);
    }

    @Override
    public Class<ServiceTicketAnnexLine> recordType() {
        return ServiceTicketAnnexLine.class;
    }

    @Override
    public void check(RecordContext<ServiceTicketAnnexLine> r, IssueSink sink) {
        String code = r.text(9);
        boolean detail = code.length() == 6 && !code.equals("999999") && !code.endsWith("AAAA")
                && !code.endsWith("EEEE") && !code.endsWith("ZZZZ");
        if (detail) {
            Long units = r.isEmpty(15) ? num(r, 13) : num(r, 15);
            Long count = num(r, 16);
            if (units != null && count != null) {
                expect(r, sink, Rules.R52_SERVICE_UNITS, 17, units * count,
                        (r.isEmpty(15) ? "No.13" : "No.15") + " × No.16");
            }
        }
        Long over = num(r, 19);
        Long within = num(r, 20);
        if (over != null && within != null) {
            expect(r, sink, Rules.R52_BENEFIT_UNITS, 18, over + within, "No.19 + No.20");
        }
        Long overArea = num(r, 21);
        Long withinArea = num(r, 22);
        if (overArea != null && withinArea != null) {
            expect(r, sink, Rules.R52_TYPE_LIMIT, 20, overArea + withinArea, "No.21 + No.22");
        }
        BigDecimal price = decimal(r.text(23));
        if (withinArea != null && price != null) {
            expect(r, sink, Rules.R52_COST, 24, BigDecimal.valueOf(withinArea).multiply(price)
                    .setScale(0, RoundingMode.FLOOR).longValueExact(), "⌊No.22 × No.23⌋");
        }
        Long cost = num(r, 24);
        Long rate = num(r, 25);
        Long claim = num(r, 26);
        if (r.isEmpty(27) && cost != null && rate != null) {
            expect(r, sink, Rules.R52_CLAIM, 26, BigDecimal.valueOf(cost).multiply(BigDecimal.valueOf(rate))
                    .divide(HUNDRED, 0, RoundingMode.FLOOR).longValueExact(), "⌊No.24 × No.25 / 100⌋");
        }
        if (r.isEmpty(27) && cost != null && claim != null) {
            expect(r, sink, Rules.R52_COPAY, 28, cost - claim, "No.24 − No.26");
        }
        Long before = num(r, 30);
        Long month = num(r, 31);
        if (before != null && month != null) {
            expect(r, sink, Rules.R52_DAYS, 32, before + month, "No.30 + No.31");
        }
    }

    private static void expect(RecordContext<?> r, IssueSink sink, Rule rule, int no, long expected, String formula) {
        Long actual = num(r, no);
        if (actual != null && actual != expected) {
            sink.report(r.issue(rule, no, Map.of("expected", Long.toString(expected), "formula", formula)));
        }
    }

    private static Long num(RecordContext<?> r, int no) {
        String t = r.text(no);
        if (t.isEmpty() || t.length() > 12) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return null; // the field rules report it
            }
        }
        return Long.parseLong(t);
    }

    private static BigDecimal decimal(String t) {
        if (t.isEmpty() || t.length() > 8 || !t.matches("[0-9]{1,2}\\.[0-9]{2}")) {
            return null;
        }
        return new BigDecimal(t);
    }
}
