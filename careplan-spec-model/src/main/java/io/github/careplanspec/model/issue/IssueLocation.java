package io.github.careplanspec.model.issue;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where an issue is (問題の位置): the file, the physical line, the record, the item and its raw value, the byte
 * offset. Parts that do not apply are absent: {@code null} for texts, {@code 0} for line, record and item No.,
 * {@code -1} for the byte offset (a file-name problem has no line; a problem of a whole file has no record).
 * Immutable.
 *
 * @param file the file name (an entry of a ZIP as {@code archive.zip!/NAME.CSV}), or {@code null}
 * @param line the 1-based physical line where the record starts, or 0
 * @param record the 1-based record index, or 0
 * @param column the item No. (項目番号), or 0
 * @param field the item's 日本語名称, or {@code null}
 * @param value the raw item text as read, or {@code null}
 * @param byteOffset the byte offset in the file (bad bytes), or {@code -1}
 */
public record IssueLocation(String file, long line, long record, int column, String field, String value,
        long byteOffset) {
    /** No location: an issue of the whole input. */
    public static final IssueLocation NONE = new IssueLocation(null, 0, 0, 0, null, null, -1);

    /**
     * Checks.
     *
     * @param file the file
     * @param line the line
     * @param record the record index
     * @param column the item No.
     * @param field the 日本語名称
     * @param value the raw value
     * @param byteOffset the byte offset
     */
    public IssueLocation {
        if (line < 0 || record < 0 || column < 0) {
            throw new IllegalArgumentException("negative location");
        }
        if (byteOffset < -1) {
            throw new IllegalArgumentException("byte offset below -1");
        }
    }

    /**
     * A whole file.
     *
     * @param file the file name, or {@code null}
     * @return the location
     */
    public static IssueLocation ofFile(String file) {
        return new IssueLocation(file, 0, 0, 0, null, null, -1);
    }

    /**
     * A record of a file.
     *
     * @param file the file name, or {@code null}
     * @param line the physical line, or 0
     * @param record the record index, or 0
     * @return the location
     */
    public static IssueLocation ofRecord(String file, long line, long record) {
        return new IssueLocation(file, line, record, 0, null, null, -1);
    }

    /**
     * An item of a record.
     *
     * @param file the file name, or {@code null}
     * @param line the physical line, or 0
     * @param record the record index, or 0
     * @param column the item No.
     * @param field the item's 日本語名称, or {@code null}
     * @param value the raw text, or {@code null}
     * @return the location
     */
    public static IssueLocation ofItem(String file, long line, long record, int column, String field, String value) {
        return new IssueLocation(file, line, record, column, field, value, -1);
    }

    /**
     * This location in another file and record (the item, value and offset kept).
     *
     * @param file the file name, or {@code null}
     * @param line the physical line, or 0
     * @param record the record index, or 0
     * @return the moved location
     */
    public IssueLocation at(String file, long line, long record) {
        return new IssueLocation(file, line, record, column, field, value, byteOffset);
    }

    /**
     * This location with a byte offset.
     *
     * @param offset the byte offset, or {@code -1}
     * @return the location
     */
    public IssueLocation withByteOffset(long offset) {
        return new IssueLocation(file, line, record, column, field, value, offset);
    }

    /**
     * The location as messages name their parameters: {@code file}, {@code line}, {@code record}, {@code column},
     * {@code field}, {@code value}, {@code offset}, each only when present.
     *
     * @return the parameters, in that order (a new modifiable map)
     */
    public Map<String, Object> params() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (file != null) {
            m.put("file", file);
        }
        if (line > 0) {
            m.put("line", Long.toString(line));
        }
        if (record > 0) {
            m.put("record", Long.toString(record));
        }
        if (column > 0) {
            m.put("column", Integer.toString(column));
        }
        if (field != null) {
            m.put("field", field);
        }
        if (value != null) {
            m.put("value", value);
        }
        if (byteOffset >= 0) {
            m.put("offset", Long.toString(byteOffset));
        }
        return m;
    }

    /**
     * The location for people, e.g. {@code a.CSV 3行目 レコード2 No.5 対象年月} or {@code a.CSV line 3 record 2 No.5
     * 対象年月}: file, line, record, item No. and 日本語名称 (the byte offset is left to the message).
     *
     * @param locale the language: Japanese, else English
     * @return the text, empty when nothing is located
     */
    public String text(Locale locale) {
        StringBuilder loc = new StringBuilder();
        if (file != null) {
            loc.append(file);
        }
        if (line > 0) {
            loc.append(' ').append(Messages.text(Words.LINE, locale, line));
        }
        if (record > 0) {
            loc.append(' ').append(Messages.text(Words.RECORD, locale, record));
        }
        if (column > 0) {
            loc.append(" No.").append(column);
            if (field != null) {
                loc.append(' ').append(field);
            }
        }
        return loc.toString().trim();
    }

    /** The words of {@link #text(Locale)}, keys {@code issue.*} of the bundle pair. */
    enum Words implements IssueId {
        /** {@code issue.line}: line {0} / {0}行目. */
        LINE("issue.line"),
        /** {@code issue.record}: record {0} / レコード{0}. */
        RECORD("issue.record");

        private final String key;

        Words(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }
    }
}
