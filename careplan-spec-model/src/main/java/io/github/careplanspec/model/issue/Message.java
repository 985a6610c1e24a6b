package io.github.careplanspec.model.issue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A message not yet rendered: the id of its template in the bundle pair and its parameters. Rendered by
 * {@link #text(Locale)} in the language asked for; a {@code Message} given as a parameter of another message is
 * rendered in that message's language. Immutable when its parameters are.
 *
 * @param id the template's id (the message key)
 * @param params the parameters by name; a positional {@code {0}} is the name {@code "0"} (unmodifiable)
 */
public record Message(IssueId id, Map<String, Object> params) implements Localized {
    /**
     * Checks and copies.
     *
     * @param id the id
     * @param params the parameters
     */
    public Message {
        Objects.requireNonNull(id, "id");
        params = params == null || params.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /**
     * A message with positional parameters {@code {0}}, {@code {1}}, ….
     *
     * @param id the id
     * @param params the parameters in order; {@code null} renders as nothing
     * @return the message
     */
    public static Message of(IssueId id, Object... params) {
        return new Message(id, Messages.positional(params));
    }

    /**
     * A message with named parameters {@code {field}}, {@code {value}}, ….
     *
     * @param id the id
     * @param params the parameters by name
     * @return the message
     */
    public static Message named(IssueId id, Map<String, ?> params) {
        return new Message(id, params == null ? Map.of() : new LinkedHashMap<>(params));
    }

    @Override
    public String text(Locale locale) {
        return Messages.format(id, locale, params);
    }

    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }
}
