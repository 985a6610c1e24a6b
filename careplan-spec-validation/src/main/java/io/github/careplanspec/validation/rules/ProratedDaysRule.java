package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.ProratedDays;
import io.github.careplanspec.model.kyotaku.ServiceTicketLine;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import java.util.List;
import java.util.Map;

/**
 * R43: 第6表 No.11 日割対象日. The field rule {@link Rules#R43_FORMAT} checks the 31 characters of {@code 0}/{@code 1};
 * this rule adds {@link Rules#R43_ZERO} (inferred, a warning): a value that marks no day — 「日割り以外はNull（空）と
 * する」, so a non-prorated line leaves the item empty. Which サービスコード are prorated (日割) is a property of the
 * サービスコード表, which this library does not carry, so "only where prorating applies" is not checked.
 */
public final class ProratedDaysRule implements RecordRule<ServiceTicketLine> {
    private static final int DAYS = 11;

    /** Creates the rule. */
    public ProratedDaysRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R43_ZERO);
    }

    @Override
    public Class<ServiceTicketLine> recordType() {
        return ServiceTicketLine.class;
    }

    @Override
    public void check(RecordContext<ServiceTicketLine> record, IssueSink sink) {
        ProratedDays d = record.value().proratedDays();
        if (d != null && d.isEmpty()) {
            sink.report(record.issue(Rules.R43_ZERO, DAYS, Map.of()));
        }
    }
}
