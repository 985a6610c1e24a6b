package io.github.careplanspec.csv.envelope;

import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Messages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A PEM file holds no certificate or key we can read (鍵ファイルを読めない), see {@link PemKeys}. It carries an issue
 * id ({@code envelope.pem.…}) and parameters; {@link #getMessage()} is English (for logs), the catcher renders
 * {@link #message(Locale)} in its language. Never carries key material.
 */
public final class KeyFileException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient IssueId id;
    private final transient List<Object> params;

    KeyFileException(IssueId id, Throwable cause, Object... params) {
        super(Messages.text(Objects.requireNonNull(id, "id"), Locale.ENGLISH, params), cause);
        this.id = id;
        this.params = Collections.unmodifiableList(new ArrayList<>(Arrays.asList(params)));
    }

    /** @return what is wrong (the message key) */
    public IssueId id() {
        return id;
    }

    /** @return the message's parameters */
    public List<Object> params() {
        return params;
    }

    /**
     * The message for people.
     *
     * @param locale the language (Japanese, else English)
     * @return the message
     */
    public String message(Locale locale) {
        return Messages.text(id, locale, params.toArray());
    }
}
