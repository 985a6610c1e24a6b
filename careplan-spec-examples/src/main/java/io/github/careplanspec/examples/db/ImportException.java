package io.github.careplanspec.examples.db;

import io.github.careplanspec.csv.receive.UnitId;
import io.github.careplanspec.model.issue.IssueId;
import java.util.List;
import java.util.Locale;

/**
 * A unit could not be applied because the database failed; the unit's transaction was rolled back. Its text
 * ({@code db.import.failed}: the unit, then the failure) is rendered by the catcher in its language
 * ({@link #message(Locale)}); {@link #getMessage()} is the English text.
 */
public final class ImportException extends Exception implements Localized {
    private static final long serialVersionUID = 1L;
    private static final IssueId ID = IssueId.of("db.import.failed");

    /** The unit. */
    private final transient UnitId unit;

    /**
     * Creates.
     *
     * @param unit the unit
     * @param cause the database failure
     */
    public ImportException(UnitId unit, Throwable cause) {
        super(text(unit, cause, Locale.ENGLISH), cause);
        this.unit = unit;
    }

    /** @return the unit, if still known after deserialisation */
    public UnitId unit() {
        return unit;
    }

    @Override
    public IssueId id() {
        return ID;
    }

    /** @return the unit and the failure's English text */
    @Override
    public List<Object> params() {
        return Localized.params(unit, failure(getCause(), Locale.ENGLISH));
    }

    /** The text in a language, the failure too when it is one of ours ({@link Localized}). */
    @Override
    public String message(Locale locale) {
        return text(unit, getCause(), locale);
    }

    private static String text(UnitId unit, Throwable cause, Locale locale) {
        return io.github.careplanspec.model.issue.Messages.text(ID, locale, unit, failure(cause, locale));
    }

    private static String failure(Throwable cause, Locale locale) {
        return cause instanceof Localized l ? l.message(locale) : String.valueOf(cause.getMessage());
    }
}
