package io.github.careplanspec.model.catalog;

import java.util.Locale;
import java.util.Objects;

/**
 * Why one item's text could not become a typed value.
 *
 * @param column the item
 * @param raw the item text as read
 * @param expectation what the item should look like, rendered in the language asked for
 *                    ({@link Phrase#text(Locale)})
 */
public record FieldProblem(ColumnSpec column, String raw, Phrase expectation) {
    /**
     * Checks.
     *
     * @param column the item
     * @param raw the text
     * @param expectation the expectation
     */
    public FieldProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(expectation, "expectation");
    }

    /**
     * What the item should look like, in a language.
     *
     * @param locale the language (Japanese, else English)
     * @return e.g. {@code YYYYMMDD, a real date}
     */
    public String expected(Locale locale) {
        return expectation.text(locale);
    }

    /**
     * A thin forwarder kept for existing callers; prefer {@link #expected(Locale)} or {@link #expectation()}.
     *
     * @return what the item should look like, in English
     */
    public String expected() {
        return expected(Locale.ENGLISH);
    }
}
