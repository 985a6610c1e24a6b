package io.github.careplanspec.csv.ms932;

import java.nio.charset.CharacterCodingException;

/** Bytes that are not valid MS932 (R2a), with their location. */
public final class MalformedBytesException extends CharacterCodingException {
    private static final long serialVersionUID = 1L;

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

    @Override
    public String getMessage() {
        return "MS932 として不正なバイト列 / malformed MS932 bytes at " + where;
    }
}
