package io.github.careplanspec.validation.report;

import io.github.careplanspec.model.issue.Severity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One problem found: the rule, where it is and the values its message needs. Immutable.
 *
 * <p>Location parts that do not apply are absent: {@code null} for texts, {@code 0} for numbers (a file-name
 * problem has no line). The message parameters always include {@code file}, {@code line}, {@code record},
 * {@code column}, {@code field} and {@code value} when present, plus the rule's own parameters.
 *
 * @param rule the rule
 * @param file the file name (an entry of a ZIP as {@code archive.zip!/NAME.CSV}), or {@code null}
 * @param line the 1-based physical line where the record starts, or 0
 * @param record the 1-based record index, or 0
 * @param column the item No. (項目番号), or 0
 * @param field the item's 日本語名称, or {@code null}
 * @param value the raw item text as read, or {@code null}
 * @param params the rule's own message parameters (unmodifiable)
 */
public record ValidationIssue(Rule rule, String file, long line, long record, int column, String field, String value,
        Map<String, String> params) {

    /**
     * Checks and copies.
     *
     * @param rule the rule
     * @param file the file
     * @param line the line
     * @param record the record index
     * @param column the item No.
     * @param field the 日本語名称
     * @param value the raw value
     * @param params the parameters
     */
    public ValidationIssue {
        Objects.requireNonNull(rule, "rule");
        params = params == null || params.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(params));
        if (line < 0 || record < 0 || column < 0) {
            throw new IllegalArgumentException("negative location");
        }
    }

    /** @return the severity of the rule */
    public Severity severity() {
        return rule.severity();
    }

    /**
     * The message in a language.
     *
     * @param locale the language: Japanese, else English
     * @return the message
     */
    public String message(Locale locale) {
        return Messages.render(rule.id(), locale, allParams());
    }

    /**
     * The issue as one line of the text report, e.g. {@code [エラー] R21.UNIT010 a.zip!/../evil.CSV: …}: severity,
     * rule, location (file, line, record, No. and 日本語名称), message. Every command that shows an issue uses it.
     *
     * @param locale the language: Japanese, else English
     * @return the line, without a line end
     */
    public String toText(Locale locale) {
        boolean ja = Messages.isJapanese(locale);
        StringBuilder sb = new StringBuilder();
        sb.append('[').append(severity().label(locale)).append("] ").append(rule.id());
        StringBuilder loc = new StringBuilder();
        if (file != null) {
            loc.append(file);
        }
        if (line > 0) {
            loc.append(ja ? " " + line + "行目" : " line " + line);
        }
        if (record > 0) {
            loc.append(ja ? " レコード" + record : " record " + record);
        }
        if (column > 0) {
            loc.append(" No.").append(column);
            if (field != null) {
                loc.append(' ').append(field);
            }
        }
        if (loc.length() > 0) {
            sb.append(' ').append(loc.toString().trim());
        }
        return sb.append(": ").append(message(locale)).toString();
    }

    /** @return the Japanese message */
    public String messageJa() {
        return message(Locale.JAPANESE);
    }

    /** @return the English message */
    public String messageEn() {
        return message(Locale.ENGLISH);
    }

    /** @return the location and rule parameters used by messages */
    public Map<String, String> allParams() {
        Map<String, String> m = new LinkedHashMap<>();
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
        m.putAll(params);
        return m;
    }

    /**
     * A copy placed at another record location (the file validator re-locates issues of a record check).
     *
     * @param file the file name, or {@code null}
     * @param line the physical line, or 0
     * @param record the record index, or 0
     * @return the re-located issue
     */
    public ValidationIssue at(String file, long line, long record) {
        return new ValidationIssue(rule, file, line, record, column, field, value, params);
    }

    /**
     * An issue about a whole file.
     *
     * @param rule the rule
     * @param file the file name
     * @param params the rule's parameters
     * @return the issue
     */
    public static ValidationIssue ofFile(Rule rule, String file, Map<String, String> params) {
        return new ValidationIssue(rule, file, 0, 0, 0, null, null, params);
    }
}
