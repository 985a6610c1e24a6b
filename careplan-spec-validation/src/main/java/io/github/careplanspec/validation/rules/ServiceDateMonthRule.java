package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.kyotaku.ServiceTicketLine;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import java.util.List;
import java.util.Map;

/**
 * R20 with R45: a 第6表 (UPPLAN and UPJSK) line's No.10 サービス利用日 lies in its No.5 対象年月. A date of another
 * month is a second service month in the file — 「１ファイル内は単月のサービス提供年月の情報のみとする」 — and an error
 * ({@link Rules#R20_SERVICE_DATE}, issue 17 reading 2), located on No.10. Values that are not a YYYYMM / YYYYMMDD
 * are left to the field rules.
 */
public final class ServiceDateMonthRule implements RecordRule<ServiceTicketLine> {
    private static final int MONTH = 5;
    private static final int DATE = 10;

    /** Creates the rule. */
    public ServiceDateMonthRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R20_SERVICE_DATE);
    }

    @Override
    public Class<ServiceTicketLine> recordType() {
        return ServiceTicketLine.class;
    }

    @Override
    public void check(RecordContext<ServiceTicketLine> record, IssueSink sink) {
        String month = record.text(MONTH);
        String date = record.text(DATE);
        if (month.length() == 6 && date.length() == 8 && digits(month) && digits(date) && !date.startsWith(month)) {
            sink.report(record.issue(Rules.R20_SERVICE_DATE, DATE, Map.of("month", month)));
        }
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
