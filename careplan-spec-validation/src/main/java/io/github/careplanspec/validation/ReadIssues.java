package io.github.careplanspec.validation;

import io.github.careplanspec.csv.CsvItem;
import io.github.careplanspec.csv.CsvProblem;
import io.github.careplanspec.csv.ProblemCode;
import io.github.careplanspec.model.issue.IssueLocation;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import io.github.careplanspec.validation.report.ValidationIssue;
import java.util.HashMap;
import java.util.Map;

/**
 * The issues of a reader's problems (what {@link io.github.careplanspec.csv.CsvReader} finds in bytes and CSV
 * structure), each under the rule that cites the same spec rule as the reader's code (named in the issue's
 * {@code csvCode} parameter). Conversion ({@code FIELD_FORMAT}), item count ({@code COLUMN_COUNT}) and repertoire
 * ({@code GAIJI}, {@code OUTSIDE_MS932}) problems become the field rules' issues in
 * {@link io.github.careplanspec.validation.rules.FieldRules#check(CsvItem, String[],
 * io.github.careplanspec.validation.rules.RecordLocation, IssueSink)}, once; {@code MIXED_CSV_VERSION} is the file
 * rule {@link Rules#R11_MIXED}, which compares with the first record fed rather than the first YYYYMM one.
 */
final class ReadIssues {
    private ReadIssues() {
    }

    /**
     * Reports an item's reader problems that are not field-rule issues.
     *
     * @return whether the item is a record whose texts are worth validating item by item
     */
    static boolean report(CsvItem<?> item, String file, IssueSink sink) {
        boolean feed = !item.isFileLevel();
        for (CsvProblem p : item.problems()) {
            if (blocksRecord(p)) {
                feed = false;
            }
            Rule rule = ruleOf(p);
            if (rule != null) {
                sink.report(issueOf(rule, p, file, item));
            }
        }
        return feed;
    }

    /** Whether a lenient reader dropped trailing empty items (R7): the texts beyond the layout are not validated. */
    static boolean trailingEmptyDropped(CsvItem<?> item) {
        for (CsvProblem p : item.problems()) {
            if (p.code() == ProblemCode.TRAILING_EMPTY_COLUMNS) {
                return true;
            }
        }
        return false;
    }

    /** A problem after which the record's texts are not worth validating item by item. */
    private static boolean blocksRecord(CsvProblem p) {
        switch (p.code()) {
            case HEADER_ROW:
            case BLANK_LINE:
            case RECORD_TOO_LONG:
            case UNCLOSED_QUOTE:
                return true;
            default:
                return false;
        }
    }

    /** The rule of a reader problem, or {@code null} when the field or file rules report it (see above). */
    private static Rule ruleOf(CsvProblem p) {
        boolean warn = !p.isError();
        switch (p.code()) {
            case MALFORMED_BYTES:
                return Rules.R2_BYTES;
            case UTF8_FILE:
                return warn ? Rules.R2_UTF8_READ : Rules.R2_UTF8;
            case UTF8_BOM:
                return warn ? Rules.R2_BOM_SKIPPED : Rules.R2_BOM;
            case UNCLOSED_QUOTE:
                return Rules.R3_UNCLOSED;
            case STRAY_QUOTE:
                return warn ? Rules.R3C_STRAY_KEPT : Rules.R3C_STRAY;
            case TEXT_AFTER_QUOTE:
                return Rules.R3_AFTER_QUOTE;
            case FREE_TEXT_UNQUOTED:
                return Rules.R3A_UNQUOTED;
            case EMPTY_FREE_TEXT_UNQUOTED:
                return Rules.R3A_EMPTY_UNQUOTED;
            case TRAILING_EMPTY_COLUMNS:
                return Rules.R7_TRAILING;
            case HEADER_ROW:
                return warn ? Rules.R6_HEADER_SKIPPED : Rules.R6_HEADER;
            case RECORD_INVARIANT:
                return Rules.R7_RECORD;
            case RECORD_TOO_LONG:
                return Rules.R7_TOO_LONG;
            case BLANK_LINE:
                return warn ? Rules.R7_BLANK_SKIPPED : Rules.R7_BLANK;
            default:
                // COLUMN_COUNT (R7), FIELD_FORMAT (R8-R10, R42, R43, R52), GAIJI (R2.gaiji), OUTSIDE_MS932
                // (R2.charset): the field rules' issues; MIXED_CSV_VERSION: the file rule R11.mixed
                return null;
        }
    }

    private static ValidationIssue issueOf(Rule rule, CsvProblem p, String file, CsvItem<?> item) {
        Map<String, Object> params = new HashMap<>();
        if (p.expectation() != null) {
            params.put("expected", p.expectation()); // a Phrase: renders in the report's language
        }
        if (p.detail() != null) {
            params.put("detail", p.detail());
        }
        params.put("csvCode", p.code().id());
        long line = p.line() > 0 ? p.line() : item.line();
        if (p.recordIndex() == 0 && item.isFileLevel() && (rule == Rules.R2_UTF8 || rule == Rules.R2_UTF8_READ
                || rule == Rules.R2_BOM || rule == Rules.R2_BOM_SKIPPED)) {
            return ValidationIssue.ofFile(rule, file, params);
        }
        return new ValidationIssue(rule, IssueLocation.ofItem(file, line, p.recordIndex(),
                p.column() == null ? 0 : p.column().no(), p.column() == null ? null : p.column().name(), p.raw())
                .withByteOffset(Math.max(-1, p.byteOffset())), params);
    }
}
