package io.github.careplanspec.csv.ms932;

import java.util.Objects;

/**
 * A byte sequence that is not a valid character of the input's encoding (R2a), where it was found.
 *
 * @param byteOffset offset of the first bad byte from the start of the input, 0-based
 * @param line the physical line of the bad bytes, 1-based (CR, LF and CRLF each end a line)
 * @param charIndex the index, in the decoded text, of the U+FFFD that stands for the bad bytes
 * @param hex the bad bytes in hexadecimal, e.g. {@code "85 40"}
 */
public record MalformedInput(long byteOffset, long line, long charIndex, String hex) {
    /**
     * Checks.
     *
     * @param byteOffset byte offset
     * @param line line
     * @param charIndex char index
     * @param hex the bytes
     */
    public MalformedInput {
        Objects.requireNonNull(hex, "hex");
    }

    /** @return e.g. {@code "line 3, byte offset 120: 85 40"} */
    @Override
    public String toString() {
        return "line " + line + ", byte offset " + byteOffset + ": " + hex;
    }
}
