package io.github.careplanspec.validation.rules;

import java.util.HashSet;
import java.util.Set;

/**
 * The values a file rule has reported already, so that a value repeated on a million records is reported once
 * (on its first record); bounded, so memory stays constant on any file.
 */
final class DistinctValues {
    private static final int MAX = 256;
    private final Set<String> seen = new HashSet<>();

    /**
     * Whether a value is seen for the first time (and remembers it while there is room).
     *
     * @param value the value
     * @return {@code true} the first time, and for every value once the bound is reached
     */
    boolean first(String value) {
        if (seen.size() >= MAX) {
            return !seen.contains(value);
        }
        return seen.add(value);
    }
}
