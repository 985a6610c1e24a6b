package io.github.careplanspec.model.catalog;

import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Localized;
import io.github.careplanspec.model.issue.Messages;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text for people as an id and parameters, rendered in the language asked for: what an item should look like
 * (期待した形, e.g. {@code model.expected.date} → "YYYYMMDD, a real date" / 「実在する日付の YYYYMMDD」) or a note on a
 * problem (e.g. {@code csv.note.skipped}). Immutable.
 *
 * @param id the message key
 * @param params its parameters {@code {0}}, {@code {1}}, … (texts, numbers, or phrases rendered in the same language)
 * @serial exclude
 */
public record Phrase(IssueId id, List<Object> params) implements Serializable, Localized {
    /** The id of a text that is the same in every language (not a bundle key: rendered as its parameter). */
    private static final IssueId LITERAL = IssueId.of("model.literal");

    /**
     * Checks and copies.
     *
     * @param id the message key
     * @param params its parameters
     */
    public Phrase {
        Objects.requireNonNull(id, "id");
        params = Collections.unmodifiableList(new ArrayList<>(params));
    }

    /**
     * An expectation of a key with parameters.
     *
     * @param key the message key, e.g. {@code model.expected.date}
     * @param params its parameters
     * @return the expectation
     */
    public static Phrase of(String key, Object... params) {
        return new Phrase(IssueId.of(key), Arrays.asList(params));
    }

    /**
     * An expectation that is the same in every language: a number or a spec form such as {@code YYYYMM}.
     *
     * @param text the text, not {@code null}
     * @return the expectation
     */
    public static Phrase literal(Object text) {
        return new Phrase(LITERAL, Collections.singletonList(text));
    }

    /**
     * The expectation for people.
     *
     * @param locale the language (Japanese, else English)
     * @return the text
     */
    @Override
    public String text(Locale locale) {
        if (LITERAL.equals(id) && params.size() == 1) {
            return String.valueOf(params.get(0));
        }
        Object[] texts = params.toArray();
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] instanceof Phrase inner) {
                texts[i] = inner.text(locale);
            }
        }
        return Messages.text(id, locale, texts);
    }

    /** @return the English text */
    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }
}
