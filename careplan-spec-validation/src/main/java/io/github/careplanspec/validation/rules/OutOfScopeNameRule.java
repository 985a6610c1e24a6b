package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.service.ServiceTypeInfo;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import io.github.careplanspec.validation.report.ValidationIssue;
import io.github.careplanspec.validation.text.Words;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * R25 on the file name (R18): the sending or receiving サービス種類コード of the name is a listed service type outside
 * the linkage scope — no file is exchanged with such a service ({@link Rules#R25_NAME}, an error). Planning
 * offices (43, 46, AF) and types the registry does not list are not reported. Needs only the file name.
 */
public final class OutOfScopeNameRule implements FileRule {
    private static final Check NOTHING = (record, sink) -> {
    };

    /** Creates the rule. */
    public OutOfScopeNameRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R25_NAME);
    }

    @Override
    public Check start(FileContext file, IssueSink sink) {
        check(file, file.senderServiceType(), Words.ROLE_SENDER, sink);
        check(file, file.receiverServiceType(), Words.ROLE_RECEIVER, sink);
        return NOTHING;
    }

    private static void check(FileContext file, String type, Words role, IssueSink sink) {
        if (type == null) {
            return;
        }
        ServiceTypeCode code;
        try {
            code = ServiceTypeCode.parse(type);
        } catch (IllegalArgumentException e) {
            return; // the name parser reports a malformed segment
        }
        Optional<ServiceTypeInfo> out = OutOfScopeServiceRule.outOfScope(code);
        out.ifPresent(i -> sink.report(ValidationIssue.ofFile(Rules.R25_NAME, file.file(), Map.of("role", role.with(),
                "type", i.code().text(), "typeName", i.nameJa()))));
    }
}
