package io.github.careplanspec.csv.ms932;

import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Keyed;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Locale;

/**
 * Bytes that are not valid MS932 (R2a), with their location. Its id is {@code ms932.malformed}, its parameters the
 * line, the byte offset and the bytes in hex; {@link #getMessage()} is English, the catcher renders
 * {@link #message(Locale)} in its language.
 */
public final class MalformedBytesException extends CharacterCodingException implements Keyed {
    private static final long serialVersionUID = 1L;

    private static final IssueId ID = IssueId.of("ms932.malformed");

    private final transient MalformedInput where;

    /**
     * Creates the exception.
     *
     * @param where the bad bytes and their location
     */
    public MalformedBytesException(MalformedInput where) {
        this.where = where;
    }

    /** @return the bad bytes and their location */
    public MalformedInput where() {
        return where;
    }

    /** @return the issue id, {@code ms932.malformed} */
    @Override
    public IssueId id() {
        return ID;
    }

    /** @return the line, the byte offset and the bytes in hex */
    @Override
    public List<Object> params() {
        return where == null ? List.of() : List.of(where.line(), where.byteOffset(), where.hex());
    }

    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }
}
