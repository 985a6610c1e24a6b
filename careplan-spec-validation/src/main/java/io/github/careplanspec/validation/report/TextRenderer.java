package io.github.careplanspec.validation.report;

import io.github.careplanspec.model.issue.Messages;
import io.github.careplanspec.validation.text.Words;
import java.util.Locale;
import java.util.Map;

/** Plain text for people: one line per issue, then a summary. */
final class TextRenderer {
    private TextRenderer() {
    }

    static String render(ValidationReport r, Locale locale) {
        StringBuilder sb = new StringBuilder();
        for (ValidationIssue i : r.issues()) {
            sb.append(i.toText(locale)).append('\n');
        }
        if (r.truncated()) {
            sb.append(Messages.text(Words.TRUNCATED, locale)).append('\n');
            for (Map.Entry<Rule, Long> e : r.counts().entrySet()) {
                sb.append("  ").append(e.getKey().id()).append(": ").append(e.getValue()).append('\n');
            }
        }
        sb.append(Messages.text(Words.SUMMARY, locale, ValidationReport.SPEC, r.profile().name(), r.files().size(),
                r.records(), r.errors(), r.warnings())).append('\n');
        return sb.toString();
    }
}
