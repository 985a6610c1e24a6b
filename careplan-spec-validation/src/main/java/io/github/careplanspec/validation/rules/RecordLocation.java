package io.github.careplanspec.validation.rules;

/**
 * Where a record is: file, physical line where it starts (1-based) and record index (1-based). Parts that do not
 * apply are {@code null} / 0 (a record validated in memory has no file and no line).
 *
 * @param file the file name, or {@code null}
 * @param line the physical line, or 0
 * @param record the record index, or 0
 */
public record RecordLocation(String file, long line, long record) {
    /** A record in memory, not read from a file. */
    public static final RecordLocation IN_MEMORY = new RecordLocation(null, 0, 0);

    /**
     * Checks.
     *
     * @param file the file
     * @param line the line
     * @param record the record index
     */
    public RecordLocation {
        if (line < 0 || record < 0) {
            throw new IllegalArgumentException("negative location");
        }
    }
}
