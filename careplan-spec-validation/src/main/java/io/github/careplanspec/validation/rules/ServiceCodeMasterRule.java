package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import io.github.careplanspec.validation.report.ValidationIssue;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The 第6表/第7表 against a vendor's {@link ServiceCodeMaster} (not part of {@code CarePlanValidator.standard()}: add
 * it with {@code CarePlanValidator.standard().withFileRule(new ServiceCodeMasterRule(master))}, or
 * {@code validate --service-codes FILE}). Warnings:
 * <ul>
 *   <li>{@link Rules#R10_SERVICE_CODE_UNKNOWN}: 第6表 No.15 (UPPLAN, UPJSK) or 第7表 No.9 (UPSIKYU detail rows) is a
 *       code the master does not know for the record's No.5 対象年月;</li>
 *   <li>{@link Rules#R44_MASTER_UNITS}: a 第7表 detail row's No.13 単位数 differs from the master's — not for
 *       率加減算 codes (the master gives no 単位数; 共生型 reductions are such rates) nor for 0 (R44: 「単位数を計算
 *       できない場合は0を設定」);</li>
 *   <li>{@link Rules#R51_IN_LIMIT_SUBTOTAL} made exact: a サービス種類 group with two or more detail rows the master
 *       counts toward the 区分支給限度 and no {@code {CD}AAAA} row, where {@link AnnexTotalsRule} reported nothing (it
 *       goes by No.18 and is satisfied by an {@code EEEE}/{@code ZZZZ} row) — so one group is reported once.</li>
 * </ul>
 */
public final class ServiceCodeMasterRule implements FileRule {
    private static final Check NOTHING = (record, sink) -> {
    };

    private final ServiceCodeMaster master;

    /**
     * Creates the rule.
     *
     * @param master the vendor's master
     */
    public ServiceCodeMasterRule(ServiceCodeMaster master) {
        this.master = Objects.requireNonNull(master, "master");
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R10_SERVICE_CODE_UNKNOWN, Rules.R44_MASTER_UNITS, Rules.R51_IN_LIMIT_SUBTOTAL);
    }

    @Override
    public Check start(FileContext file, IssueSink sink) {
        FileKind k = file.kind();
        if (k == FileKind.UPPLAN || k == FileKind.UPJSK) {
            return (record, s) -> entry(record, 15, s);
        }
        if (k != FileKind.UPSIKYU) {
            return NOTHING;
        }
        // per group: [rows counting toward the limit, rows with No.18, AAAA rows, EEEE/ZZZZ rows]
        Map<String, int[]> groups = new LinkedHashMap<>();
        Map<String, ValidationIssue> first = new LinkedHashMap<>();
        return new Check() {
            @Override
            public void accept(RecordContext<?> record, IssueSink s) {
                String code = record.text(9);
                if (code.length() != 6) {
                    return;
                }
                String group = record.text(2) + "|" + record.text(3) + "|" + record.text(5) + "|" + record.text(7)
                        + "|" + code.substring(0, 2);
                if (code.endsWith("AAAA")) {
                    groups.computeIfAbsent(group, g -> new int[4])[2]++;
                    return;
                }
                if (code.endsWith("EEEE") || code.endsWith("ZZZZ")) {
                    groups.computeIfAbsent(group, g -> new int[4])[3]++;
                    return;
                }
                if (code.equals("999999")) {
                    return;
                }
                Optional<ServiceCodeMaster.Entry> e = entry(record, 9, s);
                int[] g = groups.computeIfAbsent(group, x -> new int[4]);
                if (!record.isEmpty(18)) {
                    g[1]++;
                }
                if (e.isEmpty()) {
                    return;
                }
                Integer units = e.get().units();
                String given = record.text(13);
                if (units != null && !given.isEmpty() && !given.equals("0") && given.matches("[0-9]{1,9}")
                        && Integer.parseInt(given) != units) {
                    s.report(record.issue(Rules.R44_MASTER_UNITS, 13, Map.of("units", units.toString(),
                            "name", e.get().name())));
                }
                if (e.get().countsTowardLimit()) {
                    g[0]++;
                    first.putIfAbsent(group, record.issue(Rules.R51_IN_LIMIT_SUBTOTAL, 9, Map.of()));
                }
            }

            @Override
            public void finish(IssueSink s) {
                for (Map.Entry<String, int[]> e : groups.entrySet()) {
                    int[] g = e.getValue();
                    // AnnexTotalsRule reported the group already when it has no subtotal at all (R51.subtotal) or
                    // two rows with No.18 (R51.inLimitSubtotal): one defect, one issue
                    if (g[0] >= 2 && g[2] == 0 && g[3] > 0 && g[1] < 2) {
                        ValidationIssue i = first.get(e.getKey());
                        String[] key = e.getKey().split("\\|", -1);
                        s.report(new ValidationIssue(i.rule(), i.file(), i.line(), i.record(), i.column(), i.field(),
                                i.value(), Map.of("office", key[3], "type", key[4], "rows", Integer.toString(g[0]))));
                    }
                }
            }
        };
    }

    private Optional<ServiceCodeMaster.Entry> entry(RecordContext<?> record, int no, IssueSink sink) {
        String code = record.text(no);
        String month = record.text(5);
        if (!code.matches("[0-9A-Z]{6}") || !month.matches("[0-9]{4}(0[1-9]|1[0-2])")) {
            return Optional.empty(); // the field rules report it
        }
        YearMonth m = YearMonth.of(Integer.parseInt(month.substring(0, 4)), Integer.parseInt(month.substring(4)));
        Optional<ServiceCodeMaster.Entry> e = master.find(code, m);
        if (e.isEmpty()) {
            sink.report(record.issue(Rules.R10_SERVICE_CODE_UNKNOWN, no, Map.of("month", month)));
        }
        return e;
    }
}
