package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.ServiceTime;
import io.github.careplanspec.model.kyotaku.ServiceTicketLine;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import java.util.List;
import java.util.Map;

/**
 * R42 (inferred): 第6表 No.12 サービス開始時刻 and No.13 サービス終了時刻 — 「時間表示有りのサービス：HHMM」,
 * 「時間表示の無いサービス：9999」, No.13 「※サービス開始時刻と同様」 — so both are {@code 9999} or both are times
 * ({@link Rules#R42_PAIR}, a warning). The spec says nothing about an end before the start (a night service may
 * cross midnight), so that is not checked.
 */
public final class ServiceTimePairRule implements RecordRule<ServiceTicketLine> {
    private static final int END = 13;

    /** Creates the rule. */
    public ServiceTimePairRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R42_PAIR);
    }

    @Override
    public Class<ServiceTicketLine> recordType() {
        return ServiceTicketLine.class;
    }

    @Override
    public void check(RecordContext<ServiceTicketLine> record, IssueSink sink) {
        ServiceTime start = record.value().startTime();
        ServiceTime end = record.value().endTime();
        if (start != null && end != null && start.isNone() != end.isNone()) {
            sink.report(record.issue(Rules.R42_PAIR, END, Map.of("start", start.text())));
        }
    }
}
