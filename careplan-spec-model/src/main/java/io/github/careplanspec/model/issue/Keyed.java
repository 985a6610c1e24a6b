package io.github.careplanspec.model.issue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A text for people stated as an issue id (the key of its template in the one bundle pair) and positional
 * parameters, rendered only when a reader asks, in the reader's language. The library's exceptions implement it:
 * their {@code getMessage()} is the English text (for logs), and the catcher renders {@link #message(Locale)}.
 */
public interface Keyed extends Localized {
    /** @return what is said (the message key), e.g. {@code model.value.negative} */
    IssueId id();

    /** @return the parameters {@code {0}}, {@code {1}}, … (a {@code null} renders as nothing) */
    List<Object> params();

    /**
     * The text in a language.
     *
     * @param locale Japanese, else English
     * @return the text
     */
    default String message(Locale locale) {
        return Messages.text(id(), locale, params().toArray());
    }

    /**
     * The text through {@link Localized}: the same as {@link #message(Locale)}.
     *
     * @param locale Japanese, else English
     * @return the text
     */
    @Override
    default String text(Locale locale) {
        return message(locale);
    }

    /**
     * Parameters as an unmodifiable copy that may hold {@code null}.
     *
     * @param params the parameters
     * @return the list
     */
    static List<Object> copyOf(Object... params) {
        return Collections.unmodifiableList(Arrays.asList(params.clone()));
    }
}
