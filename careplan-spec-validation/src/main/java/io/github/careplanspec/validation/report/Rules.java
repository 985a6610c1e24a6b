package io.github.careplanspec.validation.report;

import static io.github.careplanspec.validation.report.IssueType.BUSINESS_RULE;
import static io.github.careplanspec.validation.report.IssueType.CODE_INVALID;
import static io.github.careplanspec.validation.report.IssueType.ENCODING;
import static io.github.careplanspec.validation.report.IssueType.REQUIRED;
import static io.github.careplanspec.validation.report.IssueType.STRUCTURE;
import static io.github.careplanspec.validation.report.IssueType.TOO_LONG;
import static io.github.careplanspec.validation.report.IssueType.VALUE;
import static io.github.careplanspec.validation.report.Severity.ERROR;
import static io.github.careplanspec.validation.report.Severity.WARNING;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule of the validator, one constant each: the single table that {@code docs/validation-rules.md}, the
 * message bundles and the SARIF rule list follow (a test fails when a rule lacks a message or a doc row).
 */
public final class Rules {
    private static final Map<String, Rule> BY_ID = new LinkedHashMap<>();

    // ---- field rules, derived from the catalog (one ColumnSpec each) ----

    /** R2a: a character outside the MS932 (Windows-31J) repertoire. */
    public static final Rule R2_CHARSET = add("R2.charset", ERROR, ENCODING, "rules.md R2, R2a, R2c");
    /** R2b: a 外字 (EUDC, U+E000–U+E757). */
    public static final Rule R2_GAIJI = add("R2.gaiji", ERROR, ENCODING, "rules.md R2b");
    /** R7: a record has not exactly its layout's number of items. */
    public static final Rule R7 = add("R7", ERROR, STRUCTURE, "rules.md R7; notes-yobo.md P1");
    /** R8: a value longer than the 項目長 (characters). */
    public static final Rule R8 = add("R8", ERROR, TOO_LONG, "rules.md R8; uncertain.md Q15");
    /** R9: a 必須 item is empty. */
    public static final Rule R9 = add("R9", ERROR, REQUIRED, "rules.md R9");
    /** P14: a 必要 item is empty (予防 layouts). */
    public static final Rule P14 = add("P14", WARNING, REQUIRED, "notes-yobo.md P14; uncertain-yobo.md U1");
    /** R11: CSVバージョン is not a YYYYMM month. */
    public static final Rule R11_FORMAT = add("R11.format", ERROR, VALUE, "rules.md R11");
    /** R10: 保険者番号 is not 6 digits. */
    public static final Rule R10_INSURER = add("R10.insurer", ERROR, VALUE, "rules.md R10");
    /** R10: 被保険者番号 is not 10 digits nor H + 9 digits. */
    public static final Rule R10_INSURED = add("R10.insured", ERROR, VALUE, "rules.md R10");
    /** R10: 事業所番号 is not 10 digits. */
    public static final Rule R10_OFFICE = add("R10.office", ERROR, VALUE, "rules.md R10");
    /** R10: サービス種類コード is not 2 characters of 0-9/A-Z. */
    public static final Rule R10_SERVICE_TYPE = add("R10.serviceType", ERROR, VALUE, "rules.md R10");
    /** R10: サービスコード is not 6 characters of 0-9/A-Z. */
    public static final Rule R10_SERVICE_CODE = add("R10.serviceCode", ERROR, VALUE, "rules.md R10, R51");
    /** R10: not a real YYYYMMDD date. */
    public static final Rule R10_DATE = add("R10.date", ERROR, VALUE, "rules.md R10");
    /** R10: not a real YYYYMM month. */
    public static final Rule R10_MONTH = add("R10.month", ERROR, VALUE, "rules.md R10");
    /** R10: not an HHMM time. */
    public static final Rule R10_TIME = add("R10.time", ERROR, VALUE, "rules.md R10, R41");
    /** R42: not an HHMM time nor 9999. */
    public static final Rule R42 = add("R42", ERROR, VALUE, "rules.md R10, R42");
    /** R10: not an integer of digits. */
    public static final Rule R10_INTEGER = add("R10.integer", ERROR, VALUE, "rules.md R10, R44");
    /** R52: 単位数単価 not in the 99.99 form. */
    public static final Rule R52_DECIMAL = add("R52.decimal", ERROR, VALUE, "rules.md R52");
    /** R10: 郵便番号 not XXX-XXXX. */
    public static final Rule R10_POSTAL = add("R10.postal", ERROR, VALUE, "rules.md R10");
    /** R43: 日割対象日 not 31 characters of 0/1. */
    public static final Rule R43_FORMAT = add("R43.format", ERROR, VALUE, "rules.md R43");
    /** A code that is not in the item's code list (コード表). */
    public static final Rule CODE = add("CODE", ERROR, CODE_INVALID,
            "【コード表】 (codes.tsv, codes-yobo.tsv); notes-yobo.md P16");
    /** R53: 識別子 (使用しない) carries a value. */
    public static final Rule R53_UNUSED = add("R53.unused", WARNING, VALUE, "rules.md R53");

    // ---- file rules ----

    /** R11: records of one file carry different CSVバージョン values. */
    public static final Rule R11_MIXED = add("R11.mixed", ERROR, STRUCTURE, "rules.md R11");
    /** R12/R13, Q9: 202504, the value V4.0 printed. */
    public static final Rule R12_202504 = add("R12.202504", WARNING, VALUE, "rules.md R12, R13; uncertain.md Q9");
    /** R13, Q36: 202410, a misreading of 令和6年10月版. */
    public static final Rule R12_202410 = add("R12.202410", ERROR, VALUE, "rules.md R12, R13; uncertain.md Q9, Q36");
    /** R12, R14: an older CSV version whose layouts this library does not read. */
    public static final Rule R12_OLDER = add("R12.older", ERROR, VALUE, "rules.md R12, R14");
    /** R12: a value that is no CSV version of the spec. */
    public static final Rule R12_UNKNOWN = add("R12.unknown", ERROR, VALUE, "rules.md R12");
    /** R18: the sending office is the receiving office. */
    public static final Rule R18_SAME_OFFICE = add("R18.sameOffice", WARNING, BUSINESS_RULE, "rules.md R15, R18");

    // ---- record rules ----

    /** R39: 生活援助中心型の算定理由 3 (その他) without その他理由. */
    public static final Rule R39 = add("R39", WARNING, BUSINESS_RULE, "rules.md R39 (inferred)");

    private Rules() {
    }

    private static Rule add(String id, Severity severity, IssueType type, String spec) {
        Rule r = new Rule(id, severity, type, spec);
        if (BY_ID.putIfAbsent(id, r) != null) {
            throw new IllegalStateException("duplicate rule id " + id);
        }
        return r;
    }

    /** @return every rule, in declaration order */
    public static List<Rule> all() {
        return List.copyOf(BY_ID.values());
    }

    /**
     * Finds a rule by id.
     *
     * @param id the rule id
     * @return the rule, if it exists
     */
    public static Optional<Rule> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
