package io.github.careplanspec.validation.report;

import static io.github.careplanspec.model.issue.IssueType.BUSINESS_RULE;
import static io.github.careplanspec.model.issue.IssueType.CODE_INVALID;
import static io.github.careplanspec.model.issue.IssueType.ENCODING;
import static io.github.careplanspec.model.issue.IssueType.REQUIRED;
import static io.github.careplanspec.model.issue.IssueType.STRUCTURE;
import static io.github.careplanspec.model.issue.IssueType.TOO_LONG;
import static io.github.careplanspec.model.issue.IssueType.VALUE;
import static io.github.careplanspec.model.issue.Severity.ERROR;
import static io.github.careplanspec.model.issue.Severity.WARNING;

import io.github.careplanspec.csv.unit.UnitProblem;
import io.github.careplanspec.csv.unit.UnitProblemCode;
import io.github.careplanspec.model.issue.IssueType;
import io.github.careplanspec.model.issue.Severity;
import java.util.EnumMap;
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
    /** R10: an item whose value type refuses its text and has no rule of its own (TAISコード R46, a file name …). */
    public static final Rule R10_VALUE = add("R10.value", ERROR, VALUE, "rules.md R10, R46; uncertain.md Q20");
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
    /** R37: UPHOSOKU No.4 and No.63 both hold a value: the record is linked to a plan and to a month. */
    public static final Rule R37_BOTH_LINKED = add("R37.bothLinked", ERROR, BUSINESS_RULE,
            "rules.md R26, R27, R37; uncertain.md Q22");
    /** R37: UPHOSOKU No.4 is 00000000 and No.63 is 000000: the record is linked to nothing. */
    public static final Rule R37_UNLINKED = add("R37.unlinked", ERROR, BUSINESS_RULE,
            "rules.md R26, R27, R37; uncertain.md Q22");
    /** R38: a used サービス種類 slot after an unused one. */
    public static final Rule R38_GAP = add("R38.gap", ERROR, BUSINESS_RULE, "rules.md R38 (「１枠から順番に設定する」)");
    /** R38: a slot holds a 短期入所療養介護 type other than 22 (「短期入所療養介護の場合は22…を設定する」). */
    public static final Rule R38_SHORT_STAY = add("R38.shortStay", ERROR, BUSINESS_RULE, "rules.md R38");
    /** R38: a slot without サービス種類コード carries amounts. */
    public static final Rule R38_PARTIAL = add("R38.partial", WARNING, BUSINESS_RULE, "rules.md R38 (inferred)");
    /** R42: one of サービス開始時刻/終了時刻 is 9999 and the other a time. */
    public static final Rule R42_PAIR = add("R42.pair", ERROR, BUSINESS_RULE, "rules.md R42");
    /** R43: 日割対象日 present but no day is 1. */
    public static final Rule R43_ZERO = add("R43.zero", WARNING, BUSINESS_RULE, "rules.md R43 (inferred)");
    /** R46: a 福祉用具貸与 line (type 17/67) without TAISコード and 福祉用具届出コード. */
    public static final Rule R46 = add("R46", ERROR, BUSINESS_RULE, "rules.md R46; uncertain.md Q19");
    /** R47: 明細判別コード on a line that is not 福祉用具貸与. */
    public static final Rule R47 = add("R47", WARNING, BUSINESS_RULE, "rules.md R47 (67 tolerated: inferred)");
    /**
     * R47: rental lines (17/67) of one provider with the same サービスコード and 単位数 on one date whose
     * 明細判別コード are not 1, 2, 3 … (missing, repeated or not from 1).
     */
    public static final Rule R47_SEQUENCE = add("R47.sequence", ERROR, BUSINESS_RULE, "rules.md R47");
    /** R20, R45: a 第6表 No.10 サービス利用日 outside the record's No.5 対象年月 (a second month in the file). */
    public static final Rule R20_SERVICE_DATE = add("R20.serviceDate", ERROR, BUSINESS_RULE, "rules.md R20, R45");
    /** R51: a 第7表 subtotal or total row whose fixed item has another value. */
    public static final Rule R51_FIXED = add("R51.fixed", ERROR, VALUE, "rules.md R51");
    // ---- the 第7表 arithmetic (AnnexArithmeticRule; the 第7表 様式's calculation, inferred) ----

    /** R52: 第7表 No.17 サービス単位/金額 ≠ 単位数 (No.15 or No.13) × No.16 回数 on a detail row. */
    public static final Rule R52_SERVICE_UNITS = add("R52.serviceUnits", WARNING, BUSINESS_RULE,
            "rules.md R51, R52; 第7表 様式 (inferred)");
    /** R52: 第7表 No.18 給付管理単位数 ≠ No.19 + No.20. */
    public static final Rule R52_BENEFIT_UNITS = add("R52.benefitUnits", WARNING, BUSINESS_RULE,
            "rules.md R52; 第7表 様式 (inferred)");
    /** R52: 第7表 No.20 種類支給限度基準内単位数 ≠ No.21 + No.22. */
    public static final Rule R52_TYPE_LIMIT = add("R52.typeLimit", WARNING, BUSINESS_RULE,
            "rules.md R52; 第7表 様式 (inferred)");
    /** R52: 第7表 No.24 費用総額 ≠ ⌊No.22 × No.23 単位数単価⌋. */
    public static final Rule R52_COST = add("R52.cost", WARNING, BUSINESS_RULE, "rules.md R52; 第7表 様式 (inferred)");
    /** R52: 第7表 No.26 保険/事業費請求額 ≠ ⌊No.24 × No.25 給付率 / 100⌋ (No.27 empty). */
    public static final Rule R52_CLAIM = add("R52.claim", WARNING, BUSINESS_RULE, "rules.md R52; 第7表 様式 (inferred)");
    /** R52: 第7表 No.28 利用者負担（保険/事業対象分）≠ No.24 − No.26 (No.27 empty). */
    public static final Rule R52_COPAY = add("R52.copay", WARNING, BUSINESS_RULE, "rules.md R52; 第7表 様式 (inferred)");
    /** R52: 第7表 No.32 累積利用日数 ≠ No.30 + No.31. */
    public static final Rule R52_DAYS = add("R52.days", WARNING, BUSINESS_RULE, "rules.md R52; 第7表 様式 (inferred)");

    /** R25: a サービスコード, or DLTJSK サービス種類コード, of a service type outside the linkage scope. */
    public static final Rule R25 = add("R25", ERROR, BUSINESS_RULE, "rules.md R23, R25; uncertain.md Q18");

    // ---- file rules on the file name and across records ----

    /** R25: the file name names a service type outside the linkage scope. */
    public static final Rule R25_NAME = add("R25.name", ERROR, BUSINESS_RULE, "rules.md R18, R25; uncertain.md Q18");
    /** R16: a record's 対象年月 differs from the file name's month. */
    public static final Rule R16_MONTH = add("R16.month", ERROR, BUSINESS_RULE,
            "rules.md R16, R20, R37; uncertain.md Q24");
    /** R16: a record names another sending office than the file name. */
    public static final Rule R16_SENDER = add("R16.sender", WARNING, BUSINESS_RULE,
            "rules.md R16, R18, R19, R49 (inferred)");
    /** R16: a record names another receiving office than the file name. */
    public static final Rule R16_RECEIVER = add("R16.receiver", WARNING, BUSINESS_RULE,
            "rules.md R16, R18, R49 (inferred)");
    /** R20: a 第6表/第7表/delete file holds more than one service month. */
    public static final Rule R20 = add("R20", ERROR, STRUCTURE, "rules.md R20");
    /** R51: a user's 第7表 has no 全合計 (999999) row. */
    public static final Rule R51_TOTAL = add("R51.total", ERROR, STRUCTURE, "rules.md R51");
    /** R51: a service type with several detail rows has no 種類別小計 row. */
    public static final Rule R51_SUBTOTAL = add("R51.subtotal", ERROR, STRUCTURE, "rules.md R51");
    /** R51, R52: two or more 区分支給限度 detail rows (No.18 given) of a type and no {@code {CD}AAAA} row. */
    public static final Rule R51_IN_LIMIT_SUBTOTAL = add("R51.inLimitSubtotal", ERROR, STRUCTURE, "rules.md R51, R52");
    /** R51/Q35: the 区分支給対象種類別小計 給付管理単位数 is not the sum of its detail rows. */
    public static final Rule R51_SUM = add("R51.sum", WARNING, BUSINESS_RULE,
            "rules.md R51, R52; uncertain.md Q35 (inferred)");
    /** R40: 第2表 rows not in 課題ＮＯ/援助目標ＮＯ/援助内容ＮＯ order. */
    public static final Rule R40_ORDER = add("R40.order", WARNING, STRUCTURE, "rules.md R40 (inferred)");
    /** R40: two 第2表 rows of a plan with the same three NO. */
    public static final Rule R40_DUPLICATE = add("R40.duplicate", WARNING, STRUCTURE, "rules.md R40 (inferred)");

    // ---- 予防 (notes-yobo.md) ----

    /** P15: UPKIHON 相談方法 03 (その他) without 相談方法(その他の内容). */
    public static final Rule P15_CONSULTATION = add("P15.consultationOther", ERROR, BUSINESS_RULE,
            "notes-yobo.md P15");
    /** P15: UPKIHON 利用者の現況 02 (入院又は入所中) without 利用者の現況(状況補足). */
    public static final Rule P15_SITUATION = add("P15.situationNote", ERROR, BUSINESS_RULE,
            "notes-yobo.md P15; uncertain-yobo.md U5");
    /** P7: a UPYOBO_SUB continuation row repeats the 課題 cells (No.6–9). */
    public static final Rule P7_ISSUE_REPEATED = add("P7.issueRepeated", WARNING, BUSINESS_RULE,
            "notes-yobo.md P7; uncertain-yobo.md U13");
    /** P7: a UPYOBO_SUB continuation row repeats the 支援計画 cells (No.11–13). */
    public static final Rule P7_PLAN_REPEATED = add("P7.planRepeated", WARNING, BUSINESS_RULE,
            "notes-yobo.md P7; uncertain-yobo.md U13");
    /** P7: a 課題ＮＯ or 支援計画ＮＯ group of a plan resumes after another group. */
    public static final Rule P7_ORDER = add("P7.order", WARNING, STRUCTURE,
            "notes-yobo.md P7 (inferred); uncertain-yobo.md U13");

    // ---- unit rules: across the files of one transmission unit (UnitRule) ----

    /** R26, R30: a 第2表/第3表/plan-linked 利用者補足情報 row whose plan key has no 第1表 row in the unit. */
    public static final Rule R26_ORPHAN = add("R26.orphan", ERROR, BUSINESS_RULE, "rules.md R26, R30 (inferred)");
    /** R27, R30: a 第7表/month-linked 利用者補足情報 row whose user and month have no 第6表 row in the unit. */
    public static final Rule R27_ORPHAN = add("R27.orphan", ERROR, BUSINESS_RULE, "rules.md R27, R30 (inferred)");
    /** R27, R51: a 第6表 user and month without 第7表 rows in a unit that carries a 第7表. */
    public static final Rule R27_NO_ANNEX = add("R27.noAnnex", WARNING, BUSINESS_RULE,
            "rules.md R27, R51 (inferred)");
    /** R29, R30: a 第1表 or 第6表 key without its 利用者補足情報 row in a unit that carries a UPHOSOKU. */
    public static final Rule R30_NO_SUPPLEMENT = add("R30.noSupplement", WARNING, BUSINESS_RULE,
            "rules.md R26, R27, R29, R30 (inferred)");
    /** R30: two 利用者補足情報 rows with the same key in one unit. */
    public static final Rule R30_DUPLICATE_SUPPLEMENT = add("R30.duplicateSupplement", WARNING, BUSINESS_RULE,
            "rules.md R30 (inferred)");
    /** P4: a 別表1/別表2 row without its 利用者基本情報 row, or a 別表 row without its 予防計画書 row. */
    public static final Rule P4_ORPHAN = add("P4.orphan", ERROR, BUSINESS_RULE, "notes-yobo.md P4 (inferred)");
    /** P6: UPKIHON No.62 names a 家族構成 image that is not in the unit. */
    public static final Rule P6_MISSING_IMAGE = add("P6.missingImage", WARNING, BUSINESS_RULE,
            "notes-yobo.md P5, P6; uncertain-yobo.md U9, U12");
    /** P6: a 家族構成 image of the unit that no UPKIHON No.62 names. */
    public static final Rule P6_UNNAMED_IMAGE = add("P6.unnamedImage", WARNING, BUSINESS_RULE,
            "notes-yobo.md P6 (inferred); uncertain-yobo.md U9");
    /** R31–R33, P8: a deletion of a key the receiver does not hold (only with a view of the receiver's data). */
    public static final Rule R31_NOTHING = add("R31.nothing", WARNING, BUSINESS_RULE,
            "rules.md R31, R32, R33, R34; notes-yobo.md P8 (inferred)");

    /** R29, R52: the 第7表 全合計 区分支給限度基準内単位数 exceeds UPHOSOKU No.19 区分支給限度基準額. */
    public static final Rule R29_LIMIT = add("R29.limit", WARNING, BUSINESS_RULE,
            "rules.md R29, R44, R52; 第7表 様式 (inferred)");
    /** R38, R29: a UPHOSOKU サービス種類 slot's 合計単位数 or 限度超単位数 differs from the 第7表's rows of the type. */
    public static final Rule R38_SLOT_SUM = add("R38.slotSum", WARNING, BUSINESS_RULE,
            "rules.md R29, R38, R52; 第7表 様式 (inferred)");

    /** R10, R51: a 第6表/第7表 サービスコード the vendor's サービスコード master does not know for the month. */
    public static final Rule R10_SERVICE_CODE_UNKNOWN = add("R10.serviceCodeUnknown", WARNING, CODE_INVALID,
            "rules.md R10, R51 (最新のサービスコード表; with a vendor's master)");
    /** R44: a 第7表 No.13 単位数 that differs from the vendor's サービスコード master. */
    public static final Rule R44_MASTER_UNITS = add("R44.masterUnits", WARNING, BUSINESS_RULE,
            "rules.md R44, R52 (with a vendor's master)");

    // ---- what receiving found (UnitProblem, one rule per UnitProblemCode) ----

    private static final Map<UnitProblemCode, Rule> UNIT_PROBLEMS = unitProblemRules();

    // ---- reading and naming rules (FileValidator: what the CSV reader finds, the file name) ----

    /** R2a: bytes that are not MS932 (reader CSV001). */
    public static final Rule R2_BYTES = add("R2.bytes", ERROR, ENCODING, "rules.md R2, R2a (reader CSV001)");
    /** R2: the whole file is UTF-8 (strict reading; reader CSV004). */
    public static final Rule R2_UTF8 = add("R2.utf8", ERROR, ENCODING, "rules.md R2 (reader CSV004)");
    /** R2: the whole file is UTF-8, read leniently (reader CSV004). */
    public static final Rule R2_UTF8_READ = add("R2.utf8Read", WARNING, ENCODING, "rules.md R2; lenient reading (reader CSV004)");
    /** R2: a UTF-8 BOM (strict reading; reader CSV005). */
    public static final Rule R2_BOM = add("R2.bom", ERROR, ENCODING, "rules.md R2 (reader CSV005)");
    /** R2: a UTF-8 BOM skipped leniently (reader CSV005). */
    public static final Rule R2_BOM_SKIPPED = add("R2.bomSkipped", WARNING, ENCODING, "rules.md R2; lenient reading (reader CSV005)");
    /** R3: a quoted item is not closed (reader CSV006). */
    public static final Rule R3_UNCLOSED = add("R3.unclosed", ERROR, STRUCTURE, "rules.md R3 (reader CSV006)");
    /** R3c: a double quote inside an unquoted item (strict reading; reader CSV007). */
    public static final Rule R3C_STRAY = add("R3c.stray", ERROR, STRUCTURE, "rules.md R3c (reader CSV007)");
    /** R3c: a double quote inside an unquoted item, kept leniently (reader CSV007). */
    public static final Rule R3C_STRAY_KEPT = add("R3c.strayKept", WARNING, STRUCTURE, "rules.md R3c; lenient reading (reader CSV007)");
    /** R3: characters after a closing quote (reader CSV008). */
    public static final Rule R3_AFTER_QUOTE = add("R3.afterQuote", ERROR, STRUCTURE, "rules.md R3 (reader CSV008)");
    /** R3a: free text written without quotes (reader CSV009). */
    public static final Rule R3A_UNQUOTED = add("R3a.unquoted", WARNING, STRUCTURE, "rules.md R3a; uncertain.md Q36 (reader CSV009)");
    /** R3a, Q14: empty free text written as nothing (reader CSV010). */
    public static final Rule R3A_EMPTY_UNQUOTED = add("R3a.emptyUnquoted", WARNING, STRUCTURE, "rules.md R3a; uncertain.md Q14 (reader CSV010)");
    /** R6: a header row (strict reading; reader CSV013). */
    public static final Rule R6_HEADER = add("R6.header", ERROR, STRUCTURE, "rules.md R6; uncertain.md Q13 (reader CSV013)");
    /** R6: a header row skipped leniently (reader CSV013). */
    public static final Rule R6_HEADER_SKIPPED = add("R6.headerSkipped", WARNING, STRUCTURE, "rules.md R6; uncertain.md Q13; lenient reading (reader CSV013)");
    /** R7: extra trailing empty items dropped leniently (reader CSV012). */
    public static final Rule R7_TRAILING = add("R7.trailingEmpty", WARNING, STRUCTURE, "rules.md R7; lenient reading (reader CSV012)");
    /** R7, R10: the record as a whole is inconsistent (reader CSV016). */
    public static final Rule R7_RECORD = add("R7.record", ERROR, STRUCTURE, "rules.md R7, R10 (a record invariant of the model; reader CSV016)");
    /** R7: a record longer than the reader's limit (reader CSV017). */
    public static final Rule R7_TOO_LONG = add("R7.tooLong", ERROR, STRUCTURE, "rules.md R7 (reader CSV017)");
    /** R7: a blank line (strict reading; reader CSV018). */
    public static final Rule R7_BLANK = add("R7.blank", ERROR, STRUCTURE, "rules.md R7 (reader CSV018)");
    /** R7: a blank line skipped leniently (reader CSV018). */
    public static final Rule R7_BLANK_SKIPPED = add("R7.blankSkipped", WARNING, STRUCTURE, "rules.md R7; lenient reading (reader CSV018)");
    /** R15–R18: a file name that does not follow the spec's pattern. */
    public static final Rule R15_NAME = add("R15.name", ERROR, STRUCTURE, "rules.md R15, R16, R17, R18; files.tsv");
    /** P6: a 家族構成 image file that is not a JPEG. */
    public static final Rule P6_JPEG = add("P6.jpeg", ERROR, VALUE, "notes-yobo.md P6");
    /** R21: an archive of units refused as hostile (path traversal, too many entries, a ZIP bomb…). */
    public static final Rule R21_ARCHIVE = add("R21.archive", ERROR, STRUCTURE,
            "rules.md R21 (an archive of transmission units; hostile-archive guard)");

    /** Renamed ids (old → current); see {@link #aliases()}. */
    private static final Map<String, String> ALIASES = Map.of("R15.UNIT002", P6_JPEG.id());

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
     * The rule that reports a problem found while receiving or checking a transmission unit ({@link UnitProblem}):
     * id {@code <cited rule>.<code id>}, e.g. {@code R21.UNIT003}; the archive guards, which are no rule of the
     * spec, cite R21 ({@code R21.UNIT014}). Severity: the code's usual severity.
     *
     * @param code the problem code
     * @return its rule
     */
    public static Rule ofUnitProblem(UnitProblemCode code) {
        // issue 17: a present image that is not a JPEG is one rule in every mode (P6.jpeg; alias R15.UNIT002)
        return code == UnitProblemCode.NOT_JPEG ? P6_JPEG : UNIT_PROBLEMS.get(code);
    }

    /**
     * Former rule ids that were renamed, old id → current id. A profile file and {@link #byId} accept them; reports
     * use the current id.
     *
     * @return the aliases
     */
    public static Map<String, String> aliases() {
        return ALIASES;
    }

    private static Map<UnitProblemCode, Rule> unitProblemRules() {
        Map<UnitProblemCode, Rule> m = new EnumMap<>(UnitProblemCode.class);
        for (UnitProblemCode c : UnitProblemCode.values()) {
            if (c == UnitProblemCode.NOT_JPEG) {
                continue; // P6.jpeg (alias R15.UNIT002)
            }
            boolean guard = "ZIP".equals(c.rule());
            String cited = guard ? "R21" : c.rule();
            String spec = (cited.startsWith("P") ? "notes-yobo.md " : "rules.md ") + cited
                    + (guard ? " (hostile-archive guard, " : " (") + "receiving " + c.id() + ")";
            m.put(c, add(cited + "." + c.id(), c.severity(), c.rule().equals("R15") || guard ? STRUCTURE : BUSINESS_RULE, spec));
        }
        return m;
    }

    /**
     * Finds a rule by id.
     *
     * @param id the rule id
     * @return the rule, if it exists
     */
    public static Optional<Rule> byId(String id) {
        Rule r = BY_ID.get(id);
        if (r == null && ALIASES.containsKey(id)) {
            r = BY_ID.get(ALIASES.get(id));
        }
        return Optional.ofNullable(r);
    }
}
