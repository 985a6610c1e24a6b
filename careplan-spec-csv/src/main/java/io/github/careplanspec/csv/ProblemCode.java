package io.github.careplanspec.csv;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Every problem a reader or writer reports, with a stable id, the rule it cites and its messages in Japanese and
 * English. In the messages, {0} is the raw value, {1} what was expected, {2} a detail.
 */
public enum ProblemCode {
    /** Bytes that are not MS932 (R2a). */
    MALFORMED_BYTES("CSV001", "R2a", "MS932 として不正なバイト列です: {2}", "malformed MS932 bytes: {2}"),
    /** A 外字 (EUDC) character (R2b). */
    GAIJI("CSV002", "R2b", "外字は使用できません: {2}", "外字 (user-defined character) not allowed: {2}"),
    /** A character outside MS932 in a file read as UTF-8 (R2; lenient mode only). */
    OUTSIDE_MS932("CSV003", "R2", "MS932 の範囲外の文字です: {2}", "character outside MS932: {2}"),
    /** The whole file is UTF-8 (R2). */
    UTF8_FILE("CSV004", "R2", "ファイルが UTF-8 で書かれています（仕様は MS932）{2}",
            "the file is encoded in UTF-8, the spec requires MS932{2}"),
    /** The file starts with a UTF-8 byte order mark (R2). */
    UTF8_BOM("CSV005", "R2", "ファイル先頭に UTF-8 の BOM があります{2}", "the file starts with a UTF-8 BOM{2}"),
    /** A quoted item is not closed (R3). */
    UNCLOSED_QUOTE("CSV006", "R3", "\" で始まる項目が閉じられていません", "a quoted item is not closed"),
    /** A double quote inside an unquoted item (R3c). */
    STRAY_QUOTE("CSV007", "R3c", "\"\" で囲まれていない項目に \" があります", "a double quote inside an unquoted item"),
    /** Characters between a closing quote and the next comma or line end (R3). */
    TEXT_AFTER_QUOTE("CSV008", "R3", "閉じる \" の後に文字があります", "characters after the closing double quote"),
    /** Free text written without quotes (R3a, Q36). */
    FREE_TEXT_UNQUOTED("CSV009", "R3a", "フリーテキストが \"\" で囲まれていません", "free text is not enclosed in double quotes"),
    /** Empty free text written as nothing instead of {@code ""} (R3a, Q14). */
    EMPTY_FREE_TEXT_UNQUOTED("CSV010", "R3a", "空のフリーテキストが \"\" ではなく空で書かれています",
            "empty free text is written as nothing instead of \"\""),
    /** The record does not have its layout's number of items (R7). */
    COLUMN_COUNT("CSV011", "R7", "項目数が {1} ではなく {2} です", "{1} items expected, found {2}"),
    /** Extra trailing empty items, dropped in lenient mode (R7). */
    TRAILING_EMPTY_COLUMNS("CSV012", "R7", "末尾の余分な空項目が {2} 個あります", "{2} extra trailing empty items"),
    /** A header row (R6, Q13). */
    HEADER_ROW("CSV013", "R6", "見出し行です（No.1 が YYYYMM ではありません）", "a header row (No.1 is not YYYYMM)"),
    /** A record whose CSVバージョン differs from the file's first record (R11). */
    MIXED_CSV_VERSION("CSV014", "R11", "CSVバージョン {0} がファイル先頭のレコード（{1}）と異なります",
            "CSV version {0} differs from the file''s first record ({1})"),
    /** An item whose text is not of its format (R8–R10). */
    FIELD_FORMAT("CSV015", "R10", "値「{0}」は {1} ではありません", "value ''{0}'' is not {1}"),
    /** The record as a whole is inconsistent (a record invariant of the model). */
    RECORD_INVARIANT("CSV016", "R7", "レコードが不正です: {2}", "invalid record: {2}"),
    /** A record longer than the reader's limit (memory guard). */
    RECORD_TOO_LONG("CSV017", "R7", "レコードが {1} 文字を超えるため読み飛ばしました",
            "record longer than {1} characters, skipped"),
    /** An empty line (R7). */
    BLANK_LINE("CSV018", "R7", "空行です", "a blank line"),
    /** A character the writer's policy refused (R2c). */
    UNENCODABLE("CSV019", "R2c", "MS932 に変換できない文字です: {2}", "character not convertible to MS932: {2}");

    private final String id;
    private final String rule;
    private final String ja;
    private final String en;

    ProblemCode(String id, String rule, String ja, String en) {
        this.id = id;
        this.rule = rule;
        this.ja = ja;
        this.en = en;
    }

    /** @return the stable id, e.g. {@code CSV011} */
    public String id() {
        return id;
    }

    /** @return the rule cited, e.g. {@code R7} */
    public String rule() {
        return rule;
    }

    /**
     * The message, without location.
     *
     * @param locale {@link Locale#JAPANESE} for Japanese, anything else for English
     * @param raw the raw value ({0})
     * @param expected the expectation ({1})
     * @param detail the detail ({2})
     * @return the message
     */
    public String message(Locale locale, String raw, String expected, String detail) {
        String pattern = Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? ja : en;
        return new MessageFormat(pattern, Locale.ROOT).format(new Object[] {
            raw == null ? "" : raw, expected == null ? "" : expected, detail == null ? "" : detail});
    }
}
