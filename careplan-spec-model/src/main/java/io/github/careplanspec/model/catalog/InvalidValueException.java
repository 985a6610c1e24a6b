package io.github.careplanspec.model.catalog;

import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Keyed;
import io.github.careplanspec.model.issue.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A value the library refuses (不正な値): a record or its builder (a negative count, a number out of the item's
 * range, a tenth サービス種類 slot, …) or an API argument (a key, a certificate, a file name of an envelope). It carries
 * an issue id and parameters; {@link #getMessage()} is English (for logs), the catcher
 * renders {@link #message(Locale)} in its language.
 */
public final class InvalidValueException extends IllegalArgumentException implements Keyed {
    private static final long serialVersionUID = 1L;

    private final transient IssueId id;
    private final transient List<Object> params;

    /**
     * Creates the exception.
     *
     * @param id what is wrong (a key of the message bundle, e.g. {@code model.value.negative})
     * @param params the message's parameters
     */
    public InvalidValueException(IssueId id, Object... params) {
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
