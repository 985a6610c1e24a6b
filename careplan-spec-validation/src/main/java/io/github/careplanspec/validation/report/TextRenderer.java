package io.github.careplanspec.validation.report;

import java.util.Locale;
import java.util.Map;

/** Plain text for people: one line per issue, then a summary. */
final class TextRenderer {
    private TextRenderer() {
    }

    static String render(ValidationReport r, Locale locale) {
        boolean ja = Messages.isJapanese(locale);
        StringBuilder sb = new StringBuilder();
        for (ValidationIssue i : r.issues()) {
            sb.append(i.toText(locale)).append('\n');
        }
        if (r.truncated()) {
            sb.append(ja ? "（詳細は規則ごとに上限件数までを表示しています。件数は正確です）\n"
                    : "(details are capped per rule; the counts are exact)\n");
            for (Map.Entry<Rule, Long> e : r.counts().entrySet()) {
                sb.append("  ").append(e.getKey().id()).append(": ").append(e.getValue()).append('\n');
            }
        }
        if (ja) {
            sb.append("仕様 ").append(ValidationReport.SPEC).append("（規則プロファイル ").append(r.profile().name())
                    .append("）: ファイル ").append(r.files().size())
                    .append("件, レコード ").append(r.records()).append("件, エラー ").append(r.errors())
                    .append("件, 警告 ").append(r.warnings()).append("件\n");
        } else {
            sb.append("Spec ").append(ValidationReport.SPEC).append(" (rule profile ").append(r.profile().name())
                    .append("): ").append(r.files().size()).append(" file(s), ")
                    .append(r.records()).append(" record(s), ").append(r.errors()).append(" error(s), ")
                    .append(r.warnings()).append(" warning(s)\n");
        }
        return sb.toString();
    }
}
