package io.github.careplanspec.validation.rules;

import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import io.github.careplanspec.validation.text.Words;
import java.util.List;
import java.util.Map;

/**
 * CSVバージョン of a file (No.1 of every layout): one version per file (R11), and the value checked against the
 * 【CSVバージョン履歴】 (R12–R14, Q9, Q36):
 * <ul>
 *   <li>{@code 202407} — V4.1, accepted;</li>
 *   <li>{@code 202504} — the value V4.0 printed: a warning that names it ({@link Rules#R12_202504});</li>
 *   <li>{@code 202410} — a misreading of 令和6年10月版 that a public writer sends: an error whose message says that
 *       202407 is the V4.1 value ({@link Rules#R12_202410});</li>
 *   <li>{@code 201910}, {@code 202003}, {@code 202208} — older versions whose layouts this library does not read:
 *       an error naming the version ({@link Rules#R12_OLDER});</li>
 *   <li>anything else of the YYYYMM form: an error ({@link Rules#R12_UNKNOWN}). A malformed value is reported by
 *       the field rule {@link Rules#R11_FORMAT} only.</li>
 * </ul>
 * The table is applied once per file, to the first record; every later record whose version differs from the
 * first is an {@link Rules#R11_MIXED} error.
 */
public final class CsvVersionRule implements FileRule {
    /** The V4.1 value (R13). */
    public static final String V4_1 = "202407";

    /** Creates the rule. */
    public CsvVersionRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R11_MIXED, Rules.R12_202504, Rules.R12_202410, Rules.R12_OLDER, Rules.R12_UNKNOWN);
    }

    @Override
    public Check start(FileContext file, IssueSink sink) {
        return new Check() {
            private String first;

            @Override
            public void accept(RecordContext<?> record, IssueSink s) {
                String v = record.text(1);
                if (first == null) {
                    first = v;
                    table(record, v, s);
                } else if (!first.equals(v)) {
                    s.report(record.issue(Rules.R11_MIXED, 1, Map.of("first", first)));
                }
            }
        };
    }

    private static void table(RecordContext<?> record, String v, IssueSink sink) {
        Rule r = ruleFor(v);
        if (r == null) {
            return;
        }
        Map<String, Object> p;
        switch (v) {
            case "201910":
                p = Map.of("edition", Words.EDITION_1.with());
                break;
            case "202003":
                p = Map.of("edition", Words.EDITION_2.with());
                break;
            case "202208":
                p = Map.of("edition", Words.EDITION_3.with());
                break;
            default:
                p = Map.of();
        }
        sink.report(record.issue(r, 1, p));
    }

    /**
     * The rule that a value breaks, for callers that check a single value.
     *
     * @param version the CSVバージョン text
     * @return the rule, or {@code null} when the value is 202407 or not of the YYYYMM form
     */
    public static Rule ruleFor(String version) {
        if (version.length() != 6 || !FieldRules.isDigits(version, 0, 6) || V4_1.equals(version)) {
            return null;
        }
        switch (version) {
            case "202504":
                return Rules.R12_202504;
            case "202410":
                return Rules.R12_202410;
            case "201910":
            case "202003":
            case "202208":
                return Rules.R12_OLDER;
            default:
                return Rules.R12_UNKNOWN;
        }
    }
}
