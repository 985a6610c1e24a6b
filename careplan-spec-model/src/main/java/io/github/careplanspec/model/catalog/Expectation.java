package io.github.careplanspec.model.catalog;

import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Messages;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What an item should look like (期待した形), as an id and parameters rendered in the language asked for, e.g.
 * {@code model.expected.date} → "YYYYMMDD, a real date" / 「実在する日付 YYYYMMDD」. Immutable.
 *
 * @param id the message key
 * @param params its parameters {@code {0}}, {@code {1}}, … (texts and numbers)
 * @serial exclude
 */
public record Expectation(IssueId id, List<Object> params) implements Serializable {
    private static final IssueId LITERAL = IssueId.of("model.expected.literal");

    /**
     * Checks and copies.
     *
     * @param id the message key
     * @param params its parameters
     */
    public Expectation {
        Objects.requireNonNull(id, "id");
        params = List.copyOf(params);
    }

    /**
     * An expectation of a key with parameters.
     *
     * @param key the message key, e.g. {@code model.expected.date}
     * @param params its parameters
     * @return the expectation
     */
    public static Expectation of(String key, Object... params) {
        return new Expectation(IssueId.of(key), List.of(params));
    }

    /**
     * An expectation that is the same in every language: a number or a spec form such as {@code YYYYMM}.
     *
     * @param text the text, not {@code null}
     * @return the expectation
     */
    public static Expectation literal(Object text) {
        return new Expectation(LITERAL, List.of(text));
    }

    /**
     * The expectation for people.
     *
     * @param locale the language (Japanese, else English)
     * @return the text
     */
    public String text(Locale locale) {
        return Messages.text(id, locale, params.toArray());
    }

    /** @return the English text */
    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }
}
