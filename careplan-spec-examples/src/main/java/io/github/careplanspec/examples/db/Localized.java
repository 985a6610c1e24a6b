package io.github.careplanspec.examples.db;

import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Keyed;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A message for people that its reader renders in their language (issue 14): an issue id, the key of its text in
 * the one bundle pair {@code io/github/careplanspec/model/issue/Messages(_ja).properties}, and its parameters. The
 * exceptions of this module implement it ({@link ImportException}, the CLI's), so the catcher (the CLI, an embedding
 * application) renders them in the language it was asked for; their {@code getMessage()} is the English text, for
 * logs.
 */
public interface Localized extends Keyed {
    /**
     * A message that is no exception (e.g. {@link Durability#warning()}).
     *
     * @param key the issue id's key
     * @param params its parameters
     * @return the message
     */
    static Localized of(String key, Object... params) {
        return new Text(IssueId.of(key), params(params));
    }

    /**
     * The parameters as an unmodifiable list that may hold {@code null}.
     *
     * @param params the parameters
     * @return the list
     */
    static List<Object> params(Object... params) {
        return Keyed.copyOf(params);
    }

    /**
     * A plain message.
     *
     * @param id the id
     * @param params the parameters
     */
    record Text(IssueId id, List<Object> params) implements Localized {
        /**
         * Checks and copies.
         *
         * @param id the id
         * @param params the parameters
         */
        public Text {
            Objects.requireNonNull(id, "id");
            params = Collections.unmodifiableList(Arrays.asList(params.toArray()));
        }

        @Override
        public String toString() {
            return message(Locale.ENGLISH);
        }
    }
}
