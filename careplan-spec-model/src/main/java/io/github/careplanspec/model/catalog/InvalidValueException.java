package io.github.careplanspec.model.catalog;

import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A value the library refuses (不正な値): a record or its builder (a negative count, a number out of the item's
 * range, a tenth サービス種類 slot, …) or an API argument (a key, a certificate, a file name of an envelope). It carries
 * an issue id and parameters; {@link #getMessage()} is English (for logs), the catcher
 * renders {@link #message(Locale)} in its language.
 */
public final class InvalidValueException extends IllegalArgumentException {
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
