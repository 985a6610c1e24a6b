package io.github.careplanspec.model.issue;

import java.util.Objects;

/**
 * The stable id of a kind of issue (問題の識別子), e.g. {@code CSV011} or {@code UNIT003}: the key of its message in
 * the one bundle pair {@code Messages.properties} (English) and {@code Messages_ja.properties} (Japanese) of this
 * package. Every layer's problem codes implement it, so a message is rendered at the edge, in the language asked
 * for, by {@link Messages#text(IssueId, java.util.Locale, Object...)}.
 */
public interface IssueId {
    /** @return the stable id, also the message key, e.g. {@code CSV011} */
    String key();

    /**
     * An id that is no constant of a code enum (e.g. the severity labels).
     *
     * @param key the key
     * @return the id
     */
    static IssueId of(String key) {
        Objects.requireNonNull(key, "key");
        return new Key(key);
    }

    /** A plain key. */
    record Key(String key) implements IssueId {
        /**
         * @param key the key, not {@code null}
         */
        public Key {
            Objects.requireNonNull(key, "key");
        }
    }
}
