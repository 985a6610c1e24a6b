package io.github.careplanspec.csv;

import java.util.List;
import java.util.Optional;

/**
 * One item of a reader: a typed record, or the located problems that stopped it; or a problem of the whole file
 * ({@link #isFileLevel()}: a BOM, a UTF-8 file, a skipped header row). The raw item texts are always kept.
 *
 * @param <R> the record type
 */
public final class CsvItem<R> {
    private final long line;
    private final long recordIndex;
    private final List<String> texts;
    private final R value;
    private final R converted;
    private final List<CsvProblem> problems;

    CsvItem(long line, long recordIndex, List<String> texts, R value, List<CsvProblem> problems) {
        this(line, recordIndex, texts, value, value, problems);
    }

    CsvItem(long line, long recordIndex, List<String> texts, R value, R converted, List<CsvProblem> problems) {
        this.line = line;
        this.recordIndex = recordIndex;
        this.texts = texts;
        this.value = value;
        this.converted = converted;
        this.problems = problems;
    }

    /** @return the physical line, 1-based, where the record starts */
    public long line() {
        return line;
    }

    /** @return the record's index in the file, 1-based (header rows and blank lines skipped leniently are not counted); 0 for a file-level item */
    public long recordIndex() {
        return recordIndex;
    }

    /** @return the record's item texts exactly as read (unquoted, {@code ""} unescaped, never trimmed); empty for a file-level item */
    public List<String> texts() {
        return texts;
    }

    /** @return the typed record, or {@code null} when an error stopped it */
    public R value() {
        return value;
    }

    /**
     * The typed record whenever every item converted, even when another error makes {@link #value()} {@code null}
     * (a 外字, bad bytes, a stray quote): what a validator's record rules look at, beside the errors it reports. The
     * record is converted once, by the reader; nobody needs to convert the texts again.
     *
     * @return the converted record, or {@code null} when the item count is wrong or an item did not convert
     */
    public R converted() {
        return converted;
    }

    /** @return the typed record, if no error stopped it */
    public Optional<R> record() {
        return Optional.ofNullable(value);
    }

    /** @return the errors and warnings, in the order found */
    public List<CsvProblem> problems() {
        return problems;
    }

    /** @return whether the item carries a typed record */
    public boolean isOk() {
        return value != null;
    }

    /** @return whether some problem is an error */
    public boolean hasErrors() {
        for (CsvProblem p : problems) {
            if (p.isError()) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the item is about the whole file rather than a record */
    public boolean isFileLevel() {
        return recordIndex == 0;
    }

    @Override
    public String toString() {
        return "CsvItem[line " + line + ", record " + recordIndex + ", " + (value != null ? value : texts)
                + (problems.isEmpty() ? "" : ", " + problems) + "]";
    }
}
