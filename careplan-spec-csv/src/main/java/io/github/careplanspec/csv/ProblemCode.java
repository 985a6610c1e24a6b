package io.github.careplanspec.csv;

import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Messages;
import java.util.Locale;

/**
 * Every problem a reader or writer reports, with a stable id and the rule it cites. Its messages, in Japanese and
 * English, are the id's keys in the one bundle pair ({@link Messages}); in them, {0} is the raw value, {1} what was
 * expected, {2} a detail.
 */
public enum ProblemCode implements IssueId {
    /** Bytes that are not MS932 (R2a). */
    MALFORMED_BYTES("CSV001", "R2a"),
    /** A 外字 (EUDC) character (R2b). */
    GAIJI("CSV002", "R2b"),
    /** A character outside MS932 in a file read as UTF-8 (R2; lenient mode only). */
    OUTSIDE_MS932("CSV003", "R2"),
    /** The whole file is UTF-8 (R2). */
    UTF8_FILE("CSV004", "R2"),
    /** The file starts with a UTF-8 byte order mark (R2). */
    UTF8_BOM("CSV005", "R2"),
    /** A quoted item is not closed (R3). */
    UNCLOSED_QUOTE("CSV006", "R3"),
    /** A double quote inside an unquoted item (R3c). */
    STRAY_QUOTE("CSV007", "R3c"),
    /** Characters between a closing quote and the next comma or line end (R3). */
    TEXT_AFTER_QUOTE("CSV008", "R3"),
    /** Free text written without quotes (R3a, Q36). */
    FREE_TEXT_UNQUOTED("CSV009", "R3a"),
    /** Empty free text written as nothing instead of {@code ""} (R3a, Q14). */
    EMPTY_FREE_TEXT_UNQUOTED("CSV010", "R3a"),
    /** The record does not have its layout's number of items (R7). */
    COLUMN_COUNT("CSV011", "R7"),
    /** Extra trailing empty items, dropped in lenient mode (R7). */
    TRAILING_EMPTY_COLUMNS("CSV012", "R7"),
    /** A header row (R6, Q13). */
    HEADER_ROW("CSV013", "R6"),
    /** A record whose CSVバージョン differs from the file's first record (R11). */
    MIXED_CSV_VERSION("CSV014", "R11"),
    /** An item whose text is not of its format (R8–R10). */
    FIELD_FORMAT("CSV015", "R10"),
    /** The record as a whole is inconsistent (a record invariant of the model). */
    RECORD_INVARIANT("CSV016", "R7"),
    /** A record longer than the reader's limit (memory guard). */
    RECORD_TOO_LONG("CSV017", "R7"),
    /** An empty line (R7). */
    BLANK_LINE("CSV018", "R7"),
    /** A character the writer's policy refused (R2c). */
    UNENCODABLE("CSV019", "R2c");

    private final String id;
    private final String rule;

    ProblemCode(String id, String rule) {
        this.id = id;
        this.rule = rule;
    }

    /** @return the stable id, e.g. {@code CSV011} */
    public String id() {
        return id;
    }

    /** @return the message key, the {@linkplain #id() id} */
    @Override
    public String key() {
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
        return Messages.text(this, locale, raw, expected, detail);
    }
}
