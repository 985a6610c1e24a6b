package io.github.careplanspec.csv;

import io.github.careplanspec.model.issue.Severity;

import io.github.careplanspec.model.catalog.ColumnSpec;
import java.util.Locale;
import java.util.Objects;

/**
 * One located problem of a file, a record or an item.
 *
 * @param code what is wrong (stable id, cited rule, messages)
 * @param severity error or warning
 * @param line the physical line, 1-based, where the record starts (for bad bytes: the line of the bytes)
 * @param recordIndex the record's index in the file, 1-based; {@code 0} for a problem of the whole file
 * @param column the item, or {@code null} when the problem is not of one item
 * @param raw the raw text of the item (or the bad characters), or {@code null}
 * @param expected what was expected, or {@code null}
 * @param detail a detail (a count, the bytes in hex, a code point), or {@code null}
 * @param byteOffset the byte offset in the file for bad bytes, otherwise {@code -1}
 */
public record CsvProblem(ProblemCode code, Severity severity, long line, long recordIndex, ColumnSpec column,
        String raw, String expected, String detail, long byteOffset) {
    /**
     * Checks.
     *
     * @param code the code
     * @param severity the severity
     * @param line the line
     * @param recordIndex the record index
     * @param column the item
     * @param raw the raw text
     * @param expected the expectation
     * @param detail the detail
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

    /**
     * The message with its location, e.g. {@code 行 3, レコード 2, No.14 居宅サービス計画作成（変更）日: 値「20250231」は
     * YYYYMMDD, a real date ではありません [CSV015 R10]}.
     *
     * @param locale {@link Locale#JAPANESE} or another locale for English
     * @return the message
     */
    public String message(Locale locale) {
        boolean ja = Locale.JAPANESE.getLanguage().equals(locale.getLanguage());
        StringBuilder sb = new StringBuilder();
        sb.append(ja ? "行 " : "line ").append(line);
        if (recordIndex > 0) {
            sb.append(ja ? ", レコード " : ", record ").append(recordIndex);
        }
        if (byteOffset >= 0) {
            sb.append(ja ? ", バイト位置 " : ", byte offset ").append(byteOffset);
        }
        if (column != null) {
            sb.append(", ").append(column.label());
        }
        sb.append(": ").append(code.message(locale, raw, expected, detail));
        sb.append(" [").append(code.id()).append(' ').append(code.rule()).append(']');
        return sb.toString();
    }

    @Override
    public String toString() {
        return severity + " " + message(Locale.ENGLISH);
    }
}
