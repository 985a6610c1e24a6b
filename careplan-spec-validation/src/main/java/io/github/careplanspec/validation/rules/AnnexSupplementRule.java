package io.github.careplanspec.validation.rules;

import static io.github.careplanspec.model.catalog.FileKind.UPHOSOKU;
import static io.github.careplanspec.model.catalog.FileKind.UPSIKYU;

import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 第7表 (UPSIKYU) against the month's 利用者補足情報 (UPHOSOKU) of the same user (No.2, 3 and 第7表 No.5 =
 * UPHOSOKU No.63), in one utilization unit (R27, R29: the 第7表 takes the 限度額 items from UPHOSOKU). Warnings
 * (inferred from the 第7表 様式, which prints both side by side):
 * <ul>
 *   <li>{@link Rules#R29_LIMIT}: the 全合計 row's No.22 区分支給限度基準内単位数 does not exceed UPHOSOKU No.19
 *       区分支給限度基準額 — the units within the limit cannot be more than the limit. Reported on the 第7表 item.</li>
 *   <li>{@link Rules#R38_SLOT_SUM}: each used サービス種類 slot of UPHOSOKU (R38) agrees with the 第7表's rows of that
 *       type: slot 合計単位数 = the type's No.18 給付管理単位数 and slot 限度超単位数 = its No.19
 *       種類支給限度基準超単位数, where a type's value is its {@code {CD}AAAA} subtotals' (all offices) or, for an office
 *       without that subtotal, its detail rows' sum. Reported on the slot item; a type without 第7表 rows, or a
 *       column no row carries, is not checked.</li>
 * </ul>
 */
public final class AnnexSupplementRule implements UnitRule {
    private static final int FIRST_SLOT = 20;
    private static final int WIDTH = 4;
    private static final int SLOTS = 9;

    /** Creates the rule. */
    public AnnexSupplementRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R29_LIMIT, Rules.R38_SLOT_SUM);
    }

    @Override
    public void check(UnitContext unit, IssueSink sink) {
        if (!UnitRecords.has(unit, UPSIKYU) || !UnitRecords.has(unit, UPHOSOKU)) {
            return;
        }
        Map<String, List<RecordContext<?>>> annex = new LinkedHashMap<>();
        for (RecordContext<?> r : UnitRecords.records(unit, UPSIKYU)) {
            annex.computeIfAbsent(UnitRecords.key(r, 2, 3, 5), k -> new ArrayList<>()).add(r);
        }
        for (RecordContext<?> s : UnitRecords.records(unit, UPHOSOKU)) {
            if (!UnitRecords.monthLinked(s)) {
                continue;
            }
            List<RecordContext<?>> rows = annex.get(UnitRecords.key(s, 2, 3, 63));
            if (rows == null) {
                continue;
            }
            Long limit = num(s.text(19));
            for (RecordContext<?> r : rows) {
                Long within = num(r.text(22));
                if (r.text(9).equals("999999") && limit != null && within != null && within > limit) {
                    sink.report(r.issue(Rules.R29_LIMIT, 22, Map.of("limit", Long.toString(limit))));
                }
            }
            for (int slot = 1; slot <= SLOTS; slot++) {
                int typeNo = FIRST_SLOT + (slot - 1) * WIDTH;
                String type = s.text(typeNo);
                if (type.isEmpty()) {
                    continue;
                }
                compare(s, slot, typeNo + 2, typeSum(rows, type, 18), sink);
                compare(s, slot, typeNo + 3, typeSum(rows, type, 19), sink);
            }
        }
    }

    private static void compare(RecordContext<?> s, int slot, int no, Long sum, IssueSink sink) {
        Long v = num(s.text(no));
        if (sum != null && v != null && !v.equals(sum)) {
            sink.report(s.issue(Rules.R38_SLOT_SUM, no, Map.of("slot", Integer.toString(slot),
                    "type", s.text(FIRST_SLOT + (slot - 1) * WIDTH), "sum", Long.toString(sum))));
        }
    }

    /**
     * A type's value of a column over the user's 第7表 rows: per office its {@code AAAA} row, else its detail rows;
     * {@code null} when no row of the type carries the column.
     */
    private static Long typeSum(List<RecordContext<?>> rows, String type, int no) {
        Map<String, Long> subtotal = new LinkedHashMap<>();
        Map<String, Long> details = new LinkedHashMap<>();
        boolean any = false;
        for (RecordContext<?> r : rows) {
            String code = r.text(9);
            if (code.length() != 6 || !code.startsWith(type) || code.equals("999999")) {
                continue;
            }
            Long v = num(r.text(no));
            if (v == null) {
                continue;
            }
            any = true;
            String office = r.text(7);
            if (code.endsWith("AAAA")) {
                subtotal.merge(office, v, Long::sum);
            } else if (!code.endsWith("EEEE") && !code.endsWith("ZZZZ")) {
                details.merge(office, v, Long::sum);
            }
        }
        if (!any) {
            return null;
        }
        long sum = 0;
        for (Long v : subtotal.values()) {
            sum += v;
        }
        for (Map.Entry<String, Long> e : details.entrySet()) {
            if (!subtotal.containsKey(e.getKey())) {
                sum += e.getValue();
            }
        }
        return sum;
    }

    private static Long num(String t) {
        if (t.isEmpty() || t.length() > 12) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return null;
            }
        }
        return Long.parseLong(t);
    }
}
