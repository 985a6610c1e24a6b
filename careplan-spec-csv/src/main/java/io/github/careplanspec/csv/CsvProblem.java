package io.github.careplanspec.csv;

import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.Phrase;
import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Messages;
import io.github.careplanspec.model.issue.Severity;
import java.util.Locale;
import java.util.Objects;

/**
 * One located problem of a file, a record or an item. Its message renders at the edge, in the language asked for
 * ({@link #message(Locale)}): the location words, the code's template and the expectation and note all come from the
 * one message bundle.
 *
 * @param code what is wrong (stable id, cited rule, messages)
 * @param severity error or warning
 * @param line the physical line, 1-based, where the record starts (for bad bytes: the line of the bytes); {@code 0}
 *     when the record has no line (a record of a JSON file, {@code convert --to csv})
 * @param recordIndex the record's index in the file, 1-based; {@code 0} for a problem of the whole file
 * @param column the item, or {@code null} when the problem is not of one item
 * @param raw the raw text of the item (or the bad characters), or {@code null}
 * @param expectation what was expected, or {@code null} (the template's {@code {1}})
 * @param note a detail (a count, the bytes in hex, a code point, how the reader went on), or {@code null} (the
 *     template's {@code {2}})
 * @param byteOffset the byte offset in the file for bad bytes, otherwise {@code -1}
 */
public record CsvProblem(ProblemCode code, Severity severity, long line, long recordIndex, ColumnSpec column,
        String raw, Phrase expectation, Phrase note, long byteOffset) {
    private static final IssueId AT_LINE = IssueId.of("csv.at.line");
    private static final IssueId AT_RECORD = IssueId.of("csv.at.record");
    private static final IssueId AT_BYTE = IssueId.of("csv.at.byte");
    private static final IssueId AT_RECORD_ALONE = IssueId.of("csv.at.recordAlone");

    /**
     * Checks.
     *
     * @param code the code
     * @param severity the severity
     * @param line the line
     * @param recordIndex the record index
     * @param column the item
     * @param raw the raw text
     * @param expectation the expectation
     * @param note the detail
     * @param byteOffset the byte offset
     */
    public CsvProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
    }

    /** @return whether this is an error */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** @return what was expected, in English, or {@code null} */
    public String expected() {
        return expectation == null ? null : expectation.text(Locale.ENGLISH);
    }

    /** @return the detail, in English, or {@code null} */
    public String detail() {
        return note == null ? null : note.text(Locale.ENGLISH);
    }

    /**
     * The message with its location, e.g. {@code 行 3, レコード 2, No.14 居宅サービス計画作成（変更）日: 値「20250231」は
     * 実在する日付の YYYYMMDD ではありません [CSV015 R10]}.
     *
     * @param locale {@link Locale#JAPANESE} or another locale for English
     * @return the message
     */
    public String message(Locale locale) {
        StringBuilder sb = new StringBuilder();
        if (line > 0) {
            sb.append(Messages.text(AT_LINE, locale, line));
        }
        if (recordIndex > 0) {
            sb.append(Messages.text(line > 0 ? AT_RECORD : AT_RECORD_ALONE, locale, recordIndex));
        }
        if (byteOffset >= 0) {
            sb.append(Messages.text(AT_BYTE, locale, byteOffset));
        }
        if (column != null) {
            sb.append(", ").append(column.label());
        }
        sb.append(": ").append(code.message(locale, raw, expectation == null ? null : expectation.text(locale),
                note == null ? null : note.text(locale)));
        sb.append(" [").append(code.id()).append(' ').append(code.rule()).append(']');
        return sb.toString();
    }

    @Override
    public String toString() {
        return severity + " " + message(Locale.ENGLISH);
    }
}
