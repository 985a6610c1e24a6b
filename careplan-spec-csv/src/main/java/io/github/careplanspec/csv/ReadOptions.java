package io.github.careplanspec.csv;

/**
 * How a reader treats what the spec does not allow but real peers send (the table of the CSV issue; Q12–Q14, Q36).
 *
 * <table>
 *   <caption>strict and lenient reading</caption>
 *   <tr><th>input</th><th>strict (default)</th><th>lenient</th></tr>
 *   <tr><td>CRLF, LF or CR line ends; no line end after the last record</td><td>accepted</td><td>accepted</td></tr>
 *   <tr><td>free text not in quotes; empty free text as nothing</td><td>warning</td><td>warning</td></tr>
 *   <tr><td>a header row</td><td>error (the record is not valid)</td><td>skipped, warning</td></tr>
 *   <tr><td>UTF-8 BOM</td><td>error</td><td>skipped, warning</td></tr>
 *   <tr><td>a whole UTF-8 file</td><td>error naming UTF-8, nothing read</td><td>read as UTF-8, warning</td></tr>
 *   <tr><td>extra trailing empty columns</td><td>error (R7)</td><td>dropped, warning</td></tr>
 *   <tr><td>a {@code "} inside an unquoted item</td><td>error (R3c)</td><td>kept as data, warning</td></tr>
 *   <tr><td>a blank line</td><td>error (R7)</td><td>skipped, warning</td></tr>
 *   <tr><td>any cell, quoted or not</td><td>never trimmed or altered</td><td>never trimmed or altered</td></tr>
 * </table>
 *
 * <p>Immutable.
 */
public final class ReadOptions {
    /** The default limit of a record: 4 Mi characters. */
    public static final int DEFAULT_MAX_RECORD_CHARS = 1 << 22;

    private final boolean lenient;
    private final int maxRecordChars;

    private ReadOptions(boolean lenient, int maxRecordChars) {
        if (maxRecordChars < 1024) {
            throw new IllegalArgumentException("maxRecordChars must be at least 1024: " + maxRecordChars);
        }
        this.lenient = lenient;
        this.maxRecordChars = maxRecordChars;
    }

    /** @return whether to read leniently */
    public boolean isLenient() {
        return lenient;
    }

    /** @return the longest record kept in memory; a longer one is reported and skipped */
    public int maxRecordChars() {
        return maxRecordChars;
    }

    @Override
    public String toString() {
        return (lenient ? "lenient" : "strict") + ", max " + maxRecordChars + " chars per record";
    }

    /** @return strict reading, the default: what the spec says */
    public static ReadOptions strict() {
        return new ReadOptions(false, DEFAULT_MAX_RECORD_CHARS);
    }

    /** @return lenient reading: what real peers send, each deviation a warning */
    public static ReadOptions lenient() {
        return new ReadOptions(true, DEFAULT_MAX_RECORD_CHARS);
    }

    /**
     * The same options with another record limit.
     *
     * @param chars the limit, at least 1024
     * @return the options
     */
    public ReadOptions withMaxRecordChars(int chars) {
        return new ReadOptions(lenient, chars);
    }
}
