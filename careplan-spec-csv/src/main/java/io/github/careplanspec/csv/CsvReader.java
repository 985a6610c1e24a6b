package io.github.careplanspec.csv;

import io.github.careplanspec.model.catalog.Phrase;
import io.github.careplanspec.model.issue.Severity;

import io.github.careplanspec.csv.ms932.EncodingProbe;
import io.github.careplanspec.csv.ms932.MalformedInput;
import io.github.careplanspec.csv.ms932.Ms932;
import io.github.careplanspec.csv.ms932.StrictDecodingReader;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FieldProblem;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Parsed;
import io.github.careplanspec.model.catalog.RecordLayout;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads an interface file of any kind, one mechanism for all kinds, driven by the catalog's {@link RecordLayout}.
 * Streams in constant memory over files of any size; yields one {@link CsvItem} per record — the typed record, or
 * the located problems that stopped it — and goes on with the next record after any problem: wrong item counts,
 * unclosed quotes, bad bytes and bad values never hide or misalign the records after them. Content never makes it
 * throw; only I/O failures do ({@link UncheckedIOException} from {@link #next()}).
 *
 * <pre>{@code
 * try (CsvReader<CarePlanTable1> r = CsvReader.open(CarePlanTable1.class, in, ReadOptions.strict())) {
 *     r.stream().forEach(item -> { ... });
 * }
 * }</pre>
 *
 * <p>Strict by default; {@link ReadOptions#lenient()} accepts what real peers send, each deviation a warning
 * (table in {@link ReadOptions}). Tokenizing: a one-pass scanner of the Commons CSV dialect in {@link CsvDialect}
 * that owns the record boundaries (Commons CSV misaligns after a bad quote). Not thread-safe.
 *
 * @param <R> the record type
 */
public final class CsvReader<R extends Record> implements Iterator<CsvItem<R>>, Closeable {
    private static final int MAX_BYTE_PROBLEMS = 20;

    private final RecordLayout<R> layout;
    private final List<ColumnSpec> columns;
    private final boolean[] freeText;
    private final ReadOptions options;
    private final InputStream input;
    private final RecordScanner scanner;
    private final ArrayDeque<MalformedInput> malformed = new ArrayDeque<>();
    private final ArrayDeque<CsvItem<R>> pending = new ArrayDeque<>();
    private final boolean utf8;
    private long recordIndex;
    private boolean first = true;
    private String version;
    private boolean done;

    private CsvReader(RecordLayout<R> layout, InputStream in, ReadOptions options) throws IOException {
        this.layout = layout;
        this.columns = layout.columns();
        this.freeText = new boolean[columns.size()];
        for (int i = 0; i < freeText.length; i++) {
            freeText[i] = columns.get(i).format().isFreeText();
        }
        this.options = Objects.requireNonNull(options, "options");
        this.input = in;
        EncodingProbe probe = EncodingProbe.probe(in);
        boolean bom = probe.hasBom();
        this.utf8 = probe.isUtf8();
        Severity sev = options.isLenient() ? Severity.WARNING : Severity.ERROR;
        if (bom) {
            fileProblem(ProblemCode.UTF8_BOM, sev, options.isLenient() ? Phrase.of("csv.note.skipped") : null);
        }
        if (utf8) {
            fileProblem(ProblemCode.UTF8_FILE, sev, Phrase.of(options.isLenient() ? "csv.note.readAsUtf8"
                    : "csv.note.notRead"));
        }
        if (utf8 && !options.isLenient()) {
            this.scanner = null;
            this.done = true;
        } else {
            StrictDecodingReader decoder = new StrictDecodingReader(probe.stream(),
                    utf8 ? StandardCharsets.UTF_8 : Ms932.CHARSET, malformed::add, probe.bomLength());
            this.scanner = new RecordScanner(decoder, options.maxRecordChars());
        }
    }

    /**
     * Opens a reader for a record type.
     *
     * @param type the record type, e.g. {@code CarePlanTable1.class}
     * @param in the file's bytes; closed by {@link #close()}
     * @param options strict or lenient
     * @param <R> the record type
     * @return the reader
     * @throws IOException if the first bytes cannot be read
     */
    public static <R extends Record> CsvReader<R> open(Class<R> type, InputStream in, ReadOptions options)
            throws IOException {
        return new CsvReader<>(RecordLayout.of(type), Objects.requireNonNull(in, "in"), options);
    }

    /**
     * Opens a reader for a file kind; the record type comes from the {@link Catalog}.
     *
     * @param kind the kind, e.g. {@link FileKind#UP1KYO}
     * @param in the file's bytes; closed by {@link #close()}
     * @param options strict or lenient
     * @return the reader
     * @throws IOException if the first bytes cannot be read
     * @throws IllegalArgumentException if the kind has no CSV layout (yet)
     */
    public static CsvReader<? extends Record> open(FileKind kind, InputStream in, ReadOptions options)
            throws IOException {
        return open(Catalog.layout(kind).type(), in, options);
    }

    /**
     * Opens a reader on a file.
     *
     * @param type the record type
     * @param file the file
     * @param options strict or lenient
     * @param <R> the record type
     * @return the reader
     * @throws IOException if the file cannot be opened
     */
    public static <R extends Record> CsvReader<R> open(Class<R> type, Path file, ReadOptions options)
            throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return open(type, in, options);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** @return the layout read */
    public RecordLayout<R> layout() {
        return layout;
    }

    /** @return whether the file was detected as UTF-8 (and, in lenient mode, read as such) */
    public boolean isUtf8() {
        return utf8;
    }

    /**
     * The items as a sequential stream; closing the stream closes the reader.
     *
     * @return the stream
     */
    public Stream<CsvItem<R>> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(() -> {
                    try {
                        close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty() && !done) {
            try {
                if (!scanner.next()) {
                    done = true;
                } else {
                    build();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return !pending.isEmpty();
    }

    @Override
    public CsvItem<R> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.poll();
    }

    @Override
    public void close() throws IOException {
        done = true;
        input.close();
    }

    private void fileProblem(ProblemCode code, Severity sev, Phrase detail) {
        pending.add(new CsvItem<>(1, 0, List.of(), null,
                List.of(new CsvProblem(code, sev, 1, 0, null, null, null, detail, -1))));
    }

    private void build() {
        RecordScanner s = scanner;
        long line = s.startLine;
        List<CsvProblem> ps = new ArrayList<>(0);
        if (s.tooLong) {
            recordIndex++;
            while (!malformed.isEmpty() && malformed.peek().charIndex() < s.endAbs) {
                malformed.poll();
            }
            ps.add(problem(ProblemCode.RECORD_TOO_LONG, Severity.ERROR, line, null, null,
                    String.valueOf(options.maxRecordChars()), null));
            pending.add(new CsvItem<>(line, recordIndex, List.of(), null, ps));
            return;
        }
        int n = s.nFields;
        String[] texts = Arrays.copyOf(s.texts, n);
        List<String> textList = Collections.unmodifiableList(Arrays.asList(texts));
        if (s.blank && malformed.isEmpty()) {
            if (options.isLenient()) {
                pending.add(new CsvItem<>(line, 0, List.of(), null,
                        List.of(new CsvProblem(ProblemCode.BLANK_LINE, Severity.WARNING, line, 0, null, null, null,
                                null, -1))));
                return;
            }
            recordIndex++;
            ps.add(problem(ProblemCode.BLANK_LINE, Severity.ERROR, line, null, null, null, null));
            pending.add(new CsvItem<>(line, recordIndex, textList, null, ps));
            return;
        }
        if (first) {
            first = false;
            if (!isYearMonth(texts[0]) && (s.fFlags[0] & RecordScanner.UNCLOSED) == 0) {
                if (options.isLenient()) {
                    pending.add(new CsvItem<>(line, 0, textList, null, List.of(new CsvProblem(ProblemCode.HEADER_ROW,
                            Severity.WARNING, line, 0, null, texts[0], Phrase.literal("YYYYMM"), null, -1))));
                    drainMalformed(s, ps, line);
                    return;
                }
                recordIndex++;
                ps.add(problem(ProblemCode.HEADER_ROW, Severity.ERROR, line, n > 0 ? col(0) : null, texts[0],
                        "YYYYMM", null));
                drainMalformed(s, ps, line);
                pending.add(new CsvItem<>(line, recordIndex, textList, null, ps));
                return;
            }
        }
        recordIndex++;
        for (int i = 0; i < n; i++) {
            int f = s.fFlags[i];
            if ((f & (RecordScanner.UNCLOSED | RecordScanner.STRAY | RecordScanner.AFTER_QUOTE)) == 0) {
                continue;
            }
            if ((f & RecordScanner.UNCLOSED) != 0) {
                ps.add(problem(ProblemCode.UNCLOSED_QUOTE, Severity.ERROR, line, col(i), texts[i], null, null));
            }
            if ((f & RecordScanner.STRAY) != 0) {
                ps.add(problem(ProblemCode.STRAY_QUOTE, options.isLenient() ? Severity.WARNING : Severity.ERROR, line,
                        col(i), texts[i], null, null));
            }
            if ((f & RecordScanner.AFTER_QUOTE) != 0) {
                ps.add(problem(ProblemCode.TEXT_AFTER_QUOTE, Severity.ERROR, line, col(i), texts[i], null, null));
            }
        }
        drainMalformed(s, ps, line);
        int size = columns.size();
        int used = n;
        if (n > size) {
            boolean extrasEmpty = true;
            for (int i = size; i < n; i++) {
                if (!texts[i].isEmpty() || (s.fFlags[i] & RecordScanner.QUOTED) != 0) {
                    extrasEmpty = false;
                    break;
                }
            }
            if (extrasEmpty && options.isLenient()) {
                ps.add(problem(ProblemCode.TRAILING_EMPTY_COLUMNS, Severity.WARNING, line, null, null,
                        String.valueOf(size), String.valueOf(n - size)));
                used = size;
            } else {
                ps.add(problem(ProblemCode.COLUMN_COUNT, Severity.ERROR, line, null, null, String.valueOf(size),
                        String.valueOf(n)));
            }
        } else if (n < size) {
            ps.add(problem(ProblemCode.COLUMN_COUNT, Severity.ERROR, line, null, null, String.valueOf(size),
                    String.valueOf(n)));
        }
        R value = null;
        R converted = null;
        if (used == size) {
            checkItems(s, texts, size, line, ps);
            Parsed<R> parsed = layout.parse(used == n ? Arrays.asList(texts) : Arrays.asList(texts).subList(0, used));
            for (FieldProblem fp : parsed.problems()) {
                ps.add(new CsvProblem(ProblemCode.FIELD_FORMAT, Severity.ERROR, line, recordIndex, fp.column(), fp.raw(),
                        fp.expectation(), null, -1));
            }
            if (parsed.recordProblem() != null) {
                ps.add(new CsvProblem(ProblemCode.RECORD_INVARIANT, Severity.ERROR, line, recordIndex, null, null,
                        null, parsed.recordProblem(), -1));
            }
            converted = parsed.value();
            if (parsed.isOk() && !hasError(ps)) {
                value = converted;
            }
        }
        pending.add(new CsvItem<>(line, recordIndex, textList, value, converted,
                ps.isEmpty() ? List.of() : Collections.unmodifiableList(ps)));
    }

    private void checkItems(RecordScanner s, String[] texts, int size, long line, List<CsvProblem> ps) {
        if (version == null) {
            if (isYearMonth(texts[0])) {
                version = texts[0];
            }
        } else if (!version.equals(texts[0])) {
            ps.add(problem(ProblemCode.MIXED_CSV_VERSION, Severity.ERROR, line, col(0), texts[0], version, null));
        }
        for (int i = 0; i < size; i++) {
            String t = texts[i];
            if (freeText[i] && (s.fFlags[i] & RecordScanner.QUOTED) == 0) {
                ps.add(problem(t.isEmpty() ? ProblemCode.EMPTY_FREE_TEXT_UNQUOTED : ProblemCode.FREE_TEXT_UNQUOTED,
                        Severity.WARNING, line, col(i), t, null, null));
            }
            for (int k = 0, len = t.length(); k < len; k++) {
                char c = t.charAt(k);
                if (c < 0x80) {
                    continue;
                }
                if (Ms932.isGaiji(c)) {
                    ps.add(problem(ProblemCode.GAIJI, Severity.ERROR, line, col(i), t, null, codePoint(c, k)));
                    break;
                }
                if (utf8 && !Ms932.isEncodable(c)) {
                    int cp = t.codePointAt(k);
                    ps.add(problem(ProblemCode.OUTSIDE_MS932, Severity.WARNING, line, col(i), t, null,
                            codePoint(cp, k)));
                    break;
                }
            }
        }
    }

    private static String codePoint(int cp, int index) {
        return String.format(Locale.ROOT, "U+%04X (%s) at %d", cp, new String(Character.toChars(cp)), index);
    }

    private void drainMalformed(RecordScanner s, List<CsvProblem> ps, long line) {
        int reported = 0;
        while (!malformed.isEmpty() && malformed.peek().charIndex() < s.endAbs) {
            MalformedInput m = malformed.poll();
            if (reported++ >= MAX_BYTE_PROBLEMS) {
                continue;
            }
            ColumnSpec column = null;
            long rel = m.charIndex() - s.startAbs;
            for (int i = 0; i < s.nFields; i++) {
                if (rel >= s.fStart[i] && rel <= s.fEnd[i]) {
                    column = col(i);
                    break;
                }
            }
            ps.add(new CsvProblem(ProblemCode.MALFORMED_BYTES, Severity.ERROR, m.line(), recordIndex, column, null,
                    null, Phrase.literal(m.hex()), m.byteOffset()));
        }
        if (reported > MAX_BYTE_PROBLEMS) {
            ps.add(new CsvProblem(ProblemCode.MALFORMED_BYTES, Severity.ERROR, line, recordIndex, null, null, null,
                    Phrase.of("csv.note.moreBytes", reported - MAX_BYTE_PROBLEMS), -1));
        }
    }

    private ColumnSpec col(int i) {
        return i < columns.size() ? columns.get(i) : null;
    }

    private CsvProblem problem(ProblemCode code, Severity sev, long line, ColumnSpec column, String raw,
            String expected, String detail) {
        return new CsvProblem(code, sev, line, recordIndex, column, raw,
                expected == null ? null : Phrase.literal(expected), detail == null ? null : Phrase.literal(detail),
                -1);
    }

    private static boolean hasError(List<CsvProblem> ps) {
        for (CsvProblem p : ps) {
            if (p.isError()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isYearMonth(String t) {
        if (t.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
