package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import java.util.List;
import java.util.Map;

/**
 * R20: 「１ファイル内は単月のサービス提供年月の情報のみとする」 — every record of an UPPLAN, UPJSK or UPSIKYU file
 * has the same No.5 対象年月, every record of a DLTPLAN or DLTJSK file the same No.4 削除対象年月. A record whose
 * month differs from the first record's is an error ({@link Rules#R20}), reported once per other month.
 */
public final class SingleMonthRule implements FileRule {
    private static final Check NOTHING = (record, sink) -> {
    };

    /** Creates the rule. */
    public SingleMonthRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R20);
    }

    @Override
    public Check start(FileContext file, IssueSink sink) {
        int no = file.kind() == FileKind.UPHOSOKU ? 0 : FileNameAgreementRule.monthItem(file.kind());
        if (no == 0) {
            return NOTHING;
        }
        DistinctValues reported = new DistinctValues();
        return new Check() {
            private String first;

            @Override
            public void accept(RecordContext<?> record, IssueSink s) {
                String v = record.text(no);
                if (v.isEmpty()) {
                    return;
                }
                if (first == null) {
                    first = v;
                } else if (!first.equals(v) && reported.first(v)) {
                    s.report(record.issue(Rules.R20, no, Map.of("first", first)));
                }
            }
        };
    }
}
