package io.github.careplanspec.model.catalog;

import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Keyed;
import io.github.careplanspec.model.issue.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A record or unit a builder cannot build (未完成のレコード): a 必須 item left empty, a link (R37) not made, a unit
 * without files. It carries an
 * issue id and parameters; {@link #getMessage()} is English (for logs), the catcher renders
 * {@link #message(Locale)} in its language.
 */
public final class IncompleteRecordException extends IllegalStateException implements Keyed {
    private static final long serialVersionUID = 1L;

    private final transient IssueId id;
    private final transient List<Object> params;

    /**
     * Creates the exception.
     *
     * @param id what is wrong (a key of the message bundle, e.g. {@code layout.required})
     * @param params the message's parameters
     */
    public IncompleteRecordException(IssueId id, Object... params) {
        super(Messages.text(Objects.requireNonNull(id, "id"), Locale.ENGLISH, params));
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
