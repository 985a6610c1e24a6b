package io.github.careplanspec.validation.report;

import io.github.careplanspec.model.issue.Issue;
import io.github.careplanspec.model.issue.IssueLocation;
import io.github.careplanspec.model.issue.IssueType;
import io.github.careplanspec.model.issue.Severity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One problem found by the validator: an {@link Issue} whose id is its {@link Rule}, where it is and the values its
 * message needs. Immutable when its parameters are.
 *
 * <p>The message parameters are the location's ({@code file}, {@code line}, {@code record}, {@code column},
 * {@code field}, {@code value}, {@code offset}, when present) plus the rule's own. A parameter that is itself a
 * message (a unit problem's, a file-name problem's) is a {@link io.github.careplanspec.model.issue.Localized},
 * rendered in the language of the issue's message.
 *
 * @param rule the rule (the issue's id)
 * @param location where it is
 * @param params the rule's own message parameters (unmodifiable)
 */
public record ValidationIssue(Rule rule, IssueLocation location, Map<String, Object> params) implements Issue {

    /**
     * Checks and copies.
     *
     * @param rule the rule
     * @param location the location, {@code null} for {@link IssueLocation#NONE}
     * @param params the parameters
     */
    public ValidationIssue {
        Objects.requireNonNull(rule, "rule");
        location = location == null ? IssueLocation.NONE : location;
        params = params == null || params.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /**
     * An issue at an item (or a record, or a file: location parts that do not apply are {@code null} or 0).
     *
     * @param rule the rule
     * @param file the file name (an entry of a ZIP as {@code archive.zip!/NAME.CSV}), or {@code null}
     * @param line the 1-based physical line where the record starts, or 0
     * @param record the 1-based record index, or 0
     * @param column the item No. (項目番号), or 0
     * @param field the item's 日本語名称, or {@code null}
     * @param value the raw item text as read, or {@code null}
     * @param params the rule's own message parameters
     */
    public ValidationIssue(Rule rule, String file, long line, long record, int column, String field, String value,
            Map<String, ?> params) {
        this(rule, IssueLocation.ofItem(file, line, record, column, field, value),
                params == null ? null : new LinkedHashMap<>(params));
    }

    /** @return the rule, the issue's id */
    @Override
    public Rule id() {
        return rule;
    }

    /** @return the severity of the rule */
    @Override
    public Severity severity() {
        return rule.severity();
    }

    /** @return the type of the rule */
    @Override
    public IssueType type() {
        return rule.type();
    }

    /** @return the file name, or {@code null} */
    public String file() {
        return location.file();
    }

    /** @return the 1-based physical line, or 0 */
    public long line() {
        return location.line();
    }

    /** @return the 1-based record index, or 0 */
    public long record() {
        return location.record();
    }

    /** @return the item No., or 0 */
    public int column() {
        return location.column();
    }

    /** @return the item's 日本語名称, or {@code null} */
    public String field() {
        return location.field();
    }

    /** @return the raw item text, or {@code null} */
    public String value() {
        return location.value();
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
    public Map<String, Object> allParams() {
        Map<String, Object> m = location.params();
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
        return new ValidationIssue(rule, location.at(file, line, record), params);
    }

    /**
     * The same issue under another rule (a profile's severity), at the same place with the same parameters.
     *
     * @param other the rule
     * @return the issue
     */
    public ValidationIssue as(Rule other) {
        return new ValidationIssue(other, location, params);
    }

    /**
     * An issue about a whole file.
     *
     * @param rule the rule
     * @param file the file name
     * @param params the rule's parameters
     * @return the issue
     */
    public static ValidationIssue ofFile(Rule rule, String file, Map<String, ?> params) {
        return new ValidationIssue(rule, IssueLocation.ofFile(file), params == null ? null : new LinkedHashMap<>(params));
    }

    @Override
    public String toString() {
        return toText(Locale.ENGLISH);
    }
}
