package io.github.careplanspec.model.issue;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One problem found (問題), in the one vocabulary of every layer: what it is ({@link #id()}, the stable id that is
 * also its message key), how serious ({@link #severity()}), what kind ({@link #type()}), where
 * ({@link #location()}) and the values its message needs ({@link #params()}). Its text is rendered at the edge, in
 * the language asked for, from the bundle pair of this package: nothing in an issue is text already rendered in one
 * language (a parameter that is itself a message is a {@link Localized}, rendered in the same language).
 *
 * <p>An interface, not a class, so that each layer's problem record (the validator's {@code ValidationIssue}, later
 * the reader's and the unit reader's problems) can be an {@code Issue} while keeping its own components; an issue
 * that is nothing more is a {@link BasicIssue} ({@link #of}). Implementations are immutable.
 */
public interface Issue {
    /** @return the stable id, also the message key (a rule id such as {@code R10.date}, a code such as {@code CSV015}) */
    IssueId id();

    /** @return how serious it is */
    Severity severity();

    /** @return what kind of problem it is */
    IssueType type();

    /** @return where it is; {@link IssueLocation#NONE} when nowhere in particular */
    IssueLocation location();

    /**
     * The message's own parameters by name (a positional {@code {0}} is the name {@code "0"}); values are texts,
     * numbers (rendered without grouping) or {@link Localized} texts.
     *
     * @return the parameters (unmodifiable)
     */
    Map<String, Object> params();

    /**
     * The message in a language: the template of {@link #id()}, with the location's parameters
     * ({@link IssueLocation#params()}: {@code {file}}, {@code {line}}, {@code {record}}, {@code {column}},
     * {@code {field}}, {@code {value}}, {@code {offset}}) and then {@link #params()}.
     *
     * @param locale the language: Japanese, else English
     * @return the message
     */
    default String message(Locale locale) {
        Map<String, Object> all = new LinkedHashMap<>(location().params());
        all.putAll(params());
        return Messages.format(id(), locale, all);
    }

    /**
     * The issue as one line for people, e.g. {@code [エラー] R21.UNIT010 a.zip!/../evil.CSV: …}: severity, id,
     * location ({@link IssueLocation#text(Locale)}), message. Every command that shows an issue uses it.
     *
     * @param locale the language: Japanese, else English
     * @return the line, without a line end
     */
    default String toText(Locale locale) {
        StringBuilder sb = new StringBuilder();
        sb.append('[').append(severity().label(locale)).append("] ").append(id().key());
        String loc = location().text(locale);
        if (!loc.isEmpty()) {
            sb.append(' ').append(loc);
        }
        return sb.append(": ").append(message(locale)).toString();
    }

    /**
     * An issue that is nothing more than its parts.
     *
     * @param id the id
     * @param severity the severity
     * @param type the type
     * @param location the location
     * @param params the parameters by name
     * @return the issue
     */
    static Issue of(IssueId id, Severity severity, IssueType type, IssueLocation location, Map<String, ?> params) {
        return new BasicIssue(id, severity, type, location, params == null ? Map.of() : new LinkedHashMap<>(params));
    }
}
