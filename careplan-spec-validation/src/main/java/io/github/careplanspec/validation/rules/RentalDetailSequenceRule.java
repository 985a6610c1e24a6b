package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import io.github.careplanspec.validation.report.ValidationIssue;
import io.github.careplanspec.validation.text.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * R47 across the lines of a 第6表 (UPPLAN, UPJSK): 「「17:福祉用具貸与」で、同一サービスコード、同一単位数の場合で明細が
 * 異なる場合は、1からの連番を記載（1,2,3,・・・）」 (the spec's example: 171007 手すり 居室分 1, 廊下分 2). Two or more
 * rental lines (type 17, and 67 read alike, see {@link DetailNumberRule}) of one provider (No.20 サービス事業者コード)
 * with the same No.15 サービスコード and No.8 単位数 on the same No.10 サービス利用日 must carry No.19 明細判別コード
 * 1, 2, 3 … — one each, from 1, without gaps. A group that breaks it is one error ({@link Rules#R47_SEQUENCE}),
 * located on No.19 of its first line whose code is missing, repeated or out of the sequence.
 *
 * <p>Memory grows with the number of rental lines of the file (their keys and line locations), not with its size.
 */
public final class RentalDetailSequenceRule implements FileRule {
    private static final Check NOTHING = (record, sink) -> {
    };
    private static final int UNITS = 8;
    private static final int DATE = 10;
    private static final int CODE = 15;
    private static final int DETAIL = 19;
    private static final int PROVIDER = 20;

    /** Creates the rule. */
    public RentalDetailSequenceRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R47_SEQUENCE);
    }

    @Override
    public Check start(FileContext file, IssueSink sink) {
        if (file.kind() != FileKind.UPPLAN && file.kind() != FileKind.UPJSK) {
            return NOTHING;
        }
        Map<String, List<ValidationIssue>> groups = new LinkedHashMap<>();
        return new Check() {
            @Override
            public void accept(RecordContext<?> record, IssueSink s) {
                String code = record.text(CODE);
                if (code.length() != 6 || !(code.startsWith("17") || code.startsWith("67"))) {
                    return;
                }
                String key = record.text(2) + "|" + record.text(3) + "|" + record.text(PROVIDER) + "|" + code + "|"
                        + record.text(UNITS) + "|" + record.text(DATE);
                groups.computeIfAbsent(key, k -> new ArrayList<>(2))
                        .add(record.issue(Rules.R47_SEQUENCE, DETAIL, Map.of()));
            }

            @Override
            public void finish(IssueSink s) {
                for (List<ValidationIssue> lines : groups.values()) {
                    if (lines.size() >= 2) {
                        check(lines, s);
                    }
                }
            }
        };
    }

    private static void check(List<ValidationIssue> lines, IssueSink sink) {
        int n = lines.size();
        TreeSet<Integer> seen = new TreeSet<>();
        for (ValidationIssue line : lines) {
            String v = line.value();
            Integer no = parse(v);
            Words problem = null;
            if (v == null || v.isEmpty()) {
                problem = Words.DETAIL_MISSING;
            } else if (no == null || no < 1 || no > n) {
                problem = Words.DETAIL_SEQUENCE;
            } else if (!seen.add(no)) {
                problem = Words.DETAIL_REPEATED;
            }
            if (problem != null) {
                sink.report(new ValidationIssue(line.rule(), line.location(), Map.of("lines", Integer.toString(n),
                        "problem", problem.with())));
                return;
            }
        }
    }

    private static Integer parse(String v) {
        if (v == null || v.isEmpty() || v.length() > 3) {
            return null;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
