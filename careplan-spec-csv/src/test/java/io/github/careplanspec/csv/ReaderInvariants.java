package io.github.careplanspec.csv;

import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FileKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What every reader must guarantee for ANY input, checked by the fuzz tests: no exception escapes (the bytes are in
 * memory, so not even an {@link IOException}); records are numbered 1, 2, 3… in order; an item either carries a
 * typed record or an error says why not; and every problem is located (line, record, item of this layout, byte
 * offset for bad bytes) and renders its message in Japanese and English.
 */
public final class ReaderInvariants {
    /** Problems that are always about one item of the layout. */
    private static final Set<ProblemCode> ITEM_PROBLEMS = EnumSet.of(ProblemCode.FIELD_FORMAT, ProblemCode.GAIJI,
            ProblemCode.OUTSIDE_MS932, ProblemCode.FREE_TEXT_UNQUOTED, ProblemCode.EMPTY_FREE_TEXT_UNQUOTED,
            ProblemCode.MIXED_CSV_VERSION);

    private ReaderInvariants() {
    }

    /**
     * Reads the bytes as a kind, strictly and leniently, to the end, and checks the invariants.
     *
     * @param kind the kind
     * @param data any bytes
     * @throws IOException never expected: a finding
     */
    public static void readBothModes(FileKind kind, byte[] data) throws IOException {
        read(kind, new ByteArrayInputStream(data), ReadOptions.strict(), data.length);
        read(kind, new ByteArrayInputStream(data), ReadOptions.lenient(), data.length);
    }

    /**
     * Reads a stream as a kind to the end and checks the invariants.
     *
     * @param kind the kind
     * @param in the bytes (closed)
     * @param options strict or lenient
     * @param size the number of bytes, for the bounds
     * @return the number of items
     * @throws IOException if the stream fails
     */
    public static int read(FileKind kind, InputStream in, ReadOptions options, long size) throws IOException {
        int count = 0;
        try (CsvReader<? extends Record> r = CsvReader.open(kind, in, options)) {
            Set<ColumnSpec> columns = new HashSet<>(r.layout().columns());
            long lastIndex = 0;
            long lastLine = 1;
            while (r.hasNext()) {
                CsvItem<? extends Record> item = r.next();
                count++;
                check(count <= size + 3, "more items than bytes", item);
                check(item.line() >= lastLine && item.line() <= size + 1, "line out of order or range", item);
                lastLine = item.line();
                check(item.texts() != null && item.texts().stream().allMatch(t -> t != null), "texts", item);
                check(item.problems() != null, "problems", item);
                if (item.isFileLevel()) {
                    check(!item.problems().isEmpty() && item.value() == null, "a file-level item without problem",
                            item);
                } else {
                    check(item.recordIndex() == lastIndex + 1, "record index not consecutive", item);
                    lastIndex = item.recordIndex();
                    check(item.isOk() != item.hasErrors(), "a record must be typed exactly when no error stops it",
                            item);
                }
                for (CsvProblem p : item.problems()) {
                    located(p, item, columns, size);
                }
            }
            if (r.isUtf8() && !options.isLenient()) {
                check(count == 1, "strict reading of a UTF-8 file yields only the file problem", null);
            }
        }
        return count;
    }

    private static void located(CsvProblem p, CsvItem<?> item, Set<ColumnSpec> columns, long size) {
        check(p.recordIndex() == item.recordIndex(), "problem of another record: " + p, item);
        check(p.line() >= item.line() && p.line() <= size + 1, "problem line out of range: " + p, item);
        check(p.column() == null || columns.contains(p.column()), "column of another layout: " + p, item);
        if (ITEM_PROBLEMS.contains(p.code())) {
            check(p.column() != null, "item problem without its item: " + p, item);
        }
        if (p.code() == ProblemCode.MALFORMED_BYTES && p.byteOffset() >= 0) {
            check(p.byteOffset() < size && p.detail() != null, "bad bytes not located: " + p, item);
        } else if (p.code() == ProblemCode.MALFORMED_BYTES) {
            check(p.detail() != null && p.detail().startsWith("…"), "bad bytes without offset: " + p, item);
        } else {
            check(p.byteOffset() == -1, "byte offset on a problem that is not about bytes: " + p, item);
        }
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            String m = p.message(locale);
            check(m != null && m.contains(p.code().id()), "message", item);
        }
    }

    private static void check(boolean ok, String what, CsvItem<?> item) {
        if (!ok) {
            throw new AssertionError(what + (item == null ? "" : " in " + item));
        }
    }
}
