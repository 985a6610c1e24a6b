package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.ServiceCode;
import io.github.careplanspec.model.kyotaku.ServiceTicketLine;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import java.util.List;
import java.util.Map;

/**
 * R47: 第6表 No.19 明細判別コード numbers 「17:福祉用具貸与」 lines with the same サービスコード and 単位数 (1, 2, 3 …);
 * on any other line it is empty ({@link Rules#R47}, a warning). Reading: the text names 17 only, but V4 treats 17
 * and 67 介護予防福祉用具貸与 alike (R46) and the same need arises for 67, so 67 is tolerated too.
 */
public final class DetailNumberRule implements RecordRule<ServiceTicketLine> {
    private static final int DETAIL = 19;

    /** Creates the rule. */
    public DetailNumberRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R47);
    }

    @Override
    public Class<ServiceTicketLine> recordType() {
        return ServiceTicketLine.class;
    }

    @Override
    public void check(RecordContext<ServiceTicketLine> record, IssueSink sink) {
        ServiceCode c = record.value().serviceCode();
        if (c != null && !record.isEmpty(DETAIL) && !WelfareEquipmentRule.isRental(c)) {
            sink.report(record.issue(Rules.R47, DETAIL, Map.of("code", c.text())));
        }
    }
}
