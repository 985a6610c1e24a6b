package io.github.careplanspec.validation.rules;

import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import io.github.careplanspec.validation.report.ValidationIssue;
import java.util.List;
import java.util.Map;

/**
 * R18: the file name's sending office equals its receiving office (same 事業所番号 and サービス種類コード). Not
 * forbidden by the spec, but the client app may refuse such a send: a warning. Needs only the file name.
 */
public final class SameOfficeRule implements FileRule {
    private static final Check NOTHING = (record, sink) -> {
    };

    /** Creates the rule. */
    public SameOfficeRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R18_SAME_OFFICE);
    }

    @Override
    public Check start(FileContext file, IssueSink sink) {
        if (file.senderOffice() != null && file.senderOffice().equals(file.receiverOffice())
                && (file.senderServiceType() == null || file.senderServiceType().equals(file.receiverServiceType()))) {
            sink.report(ValidationIssue.ofFile(Rules.R18_SAME_OFFICE, file.file(),
                    Map.of("office", file.senderOffice(),
                            "serviceType", file.senderServiceType() == null ? "" : file.senderServiceType())));
        }
        return NOTHING;
    }
}
