package io.github.careplanspec.model.issue;

import java.util.Locale;

/**
 * A text that is rendered in the language asked for, when it is shown (an issue's message, a nested message used as
 * a parameter of another one). {@link Messages} renders a parameter that is a {@code Localized} in the language of
 * the message it goes into, so a message of a lower layer (a unit problem inside a validation issue) is never
 * carried as text already rendered in one language.
 */
@FunctionalInterface
public interface Localized {
    /**
     * The text in a language.
     *
     * @param locale the language: Japanese, else English
     * @return the text
     */
    String text(Locale locale);
}
