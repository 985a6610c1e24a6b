package io.github.careplanspec.csv.envelope;

import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Keyed;
import io.github.careplanspec.model.issue.Messages;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A PEM file holds no certificate or key we can read (鍵ファイルを読めない), see {@link PemKeys}. It carries an issue
 * id ({@code envelope.pem.…}) and parameters; {@link #getMessage()} is English (for logs), the catcher renders
 * {@link #message(Locale)} in its language. Never carries key material.
 */
public final class KeyFileException extends IOException implements Keyed {
    private static final long serialVersionUID = 1L;

    private final transient IssueId id;
    private final transient List<Object> params;

    KeyFileException(IssueId id, Throwable cause, Object... params) {
        super(Messages.text(Objects.requireNonNull(id, "id"), Locale.ENGLISH, params), cause);
        this.id = id;
        this.params = Keyed.copyOf(params);
    }

    @Override
    public IssueId id() {
        return id;
    }

    @Override
    public List<Object> params() {
        return params;
    }
}
