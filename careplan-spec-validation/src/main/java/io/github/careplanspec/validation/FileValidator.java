package io.github.careplanspec.validation;

import io.github.careplanspec.csv.CsvItem;
import io.github.careplanspec.csv.CsvReader;
import io.github.careplanspec.csv.ReadOptions;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.name.FileNameProblem;
import io.github.careplanspec.model.name.FileNameResult;
import io.github.careplanspec.model.name.InterfaceFileName;
import io.github.careplanspec.validation.report.Rules;
import io.github.careplanspec.validation.report.ValidationIssue;
import io.github.careplanspec.validation.report.ValidationReport;
import io.github.careplanspec.validation.rules.FileContext;
import io.github.careplanspec.validation.rules.RecordContext;
import io.github.careplanspec.validation.text.Adapters;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Validates one interface file (インタフェースファイル) as it lies on disk or arrives in a stream: its name (R15), its
 * bytes and CSV structure (R2, R3, R6, R7, as {@link CsvReader} finds them) and its records (every rule of a
 * {@link CarePlanValidator}). Immutable and thread-safe: one instance may validate many files in parallel, each
 * call writing to a thread-safe {@link ValidationReport.Builder}.
 *
 * <pre>{@code
 * ValidationReport.Builder b = ValidationReport.builder();
 * FileValidator.standard().validate(Path.of("UP1KYO_1310100001_43_1310100002_11_20250415120000.CSV"), b);
 * ValidationReport report = b.build();
 * }</pre>
 *
 * <p>One pass: the reader decodes, tokenizes and converts each record once, and the validator consumes its items
 * (texts, converted record, problems, line, record index) as they come; nothing is read, converted or counted a
 * second time. Problems the reader finds become issues whose rule cites the same spec rule as the reader's code
 * (the reader's code, e.g. {@code CSV006}, is named in the rule's citation); conversion, item count and repertoire
 * problems are the field rules' issues, reported once.
 */
public final class FileValidator {
    private static final FileValidator STANDARD = new FileValidator(CarePlanValidator.standard(), ReadOptions.strict(),
            true);

    private final CarePlanValidator validator;
    private final ReadOptions options;
    private final boolean readAhead;

    private FileValidator(CarePlanValidator validator, ReadOptions options, boolean readAhead) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.options = Objects.requireNonNull(options, "options");
        this.readAhead = readAhead;
    }

    /** @return strict reading (what the spec says) with {@link CarePlanValidator#standard()} */
    public static FileValidator standard() {
        return STANDARD;
    }

    /**
     * A file validator with a validator and reading options of one's choice.
     *
     * @param validator the record and file rules
     * @param options strict or lenient reading
     * @return the file validator
     */
    public static FileValidator of(CarePlanValidator validator, ReadOptions options) {
        return new FileValidator(validator, options, true);
    }

    /**
     * The same validator reading leniently or strictly.
     *
     * @param lenient whether to read what real peers send (header rows, BOMs…) with warnings
     * @return the file validator
     */
    public FileValidator lenient(boolean lenient) {
        return new FileValidator(validator, lenient ? ReadOptions.lenient() : ReadOptions.strict(), readAhead);
    }

    /**
     * The same validator with or without read-ahead. With it (the default), a file of more than a few thousand
     * records is read (decoded, tokenized, converted) on a pooled daemon thread while the calling thread validates
     * the records already read, so on two cores validation costs little more than reading. The report is the same
     * either way: the order of records and issues is kept, and each record is still read once. Without it, all
     * work happens on the calling thread (e.g. when one thread per file is already running on every core).
     *
     * @param readAhead whether to read ahead on another thread
     * @return the file validator
     */
    public FileValidator readAhead(boolean readAhead) {
        return new FileValidator(validator, options, readAhead);
    }

    /** @return whether reading is lenient */
    public boolean isLenient() {
        return options.isLenient();
    }

    /**
     * Validates a file on disk, reported under its file name.
     *
     * @param file the file
     * @param report receives the file summary and the issues
     * @return the number of records read
     * @throws IOException if the file cannot be read
     */
    public long validate(Path file, ValidationReport.Builder report) throws IOException {
        Path name = file.getFileName();
        try (InputStream in = Files.newInputStream(file)) {
            return validate(in, name == null ? file.toString() : name.toString(), report);
        }
    }

    /**
     * Validates a file given as a stream.
     *
     * @param in the file's bytes; read to the end, not closed
     * @param reportedName the name to report, whose last segment (after {@code /} or {@code !/}) is the file name
     *     checked against the naming rule, e.g. {@code archive.zip!/UP1KYO_….CSV}
     * @param report receives the file summary and the issues
     * @return the number of records read
     * @throws IOException if the stream cannot be read
     */
    public long validate(InputStream in, String reportedName, ValidationReport.Builder report) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(reportedName, "reportedName");
        Objects.requireNonNull(report, "report");
        String base = baseName(reportedName);
        FileNameResult parsed = InterfaceFileName.parseOrProblem(base);
        FileContext context;
        FileKind kind;
        if (parsed.isValid()) {
            InterfaceFileName n = parsed.name().orElseThrow();
            kind = n.kind();
            context = FileContext.of(reportedName, n);
        } else {
            FileNameProblem p = parsed.problem().orElseThrow();
            report.report(ValidationIssue.ofFile(Rules.R15_NAME, reportedName, Map.of("part", Adapters.label(p.part()),
                    "detail", Adapters.detail(p))));
            kind = guessKind(base);
            context = FileContext.of(reportedName, kind);
        }
        if (kind == null) {
            report.file(reportedName, null, 0);
            return 0;
        }
        if (!kind.isCsv()) {
            byte[] head = in.readNBytes(3);
            if (head.length < 3 || (head[0] & 0xFF) != 0xFF || (head[1] & 0xFF) != 0xD8 || (head[2] & 0xFF) != 0xFF) {
                report.report(ValidationIssue.ofFile(Rules.P6_JPEG, reportedName, Map.of()));
            }
            report.file(reportedName, kind.prefix(), 0);
            return 0;
        }
        return validateCsv(in, context, Catalog.layout(kind), report, null);
    }

    /**
     * Validates a file whose name is already known — parsed once by whoever found it, e.g. a unit reader — and
     * whose records have a given layout (a catalog layout, or a vendor's own): reading and record rules only, no
     * naming rule.
     *
     * @param in the file's bytes; read to the end, not closed
     * @param context the file as reported and what its name says
     * @param layout the layout of its records
     * @param report receives the file summary and the issues
     * @return the number of records read
     * @throws IOException if the stream cannot be read
     */
    public long validate(InputStream in, FileContext context, RecordLayout<? extends Record> layout,
            ValidationReport.Builder report) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(report, "report");
        return validateCsv(in, context, layout, report, null);
    }

    /**
     * One pass: each record is decoded, tokenized and converted once, by the reader; the validation consumes the
     * reader's items as they come ({@link CarePlanValidator.FileValidation#accept(CsvItem)}) and hands each record
     * context to {@code records} (the unit rules' sink), if any.
     */
    long validateCsv(InputStream in, FileContext context, RecordLayout<? extends Record> layout,
            ValidationReport.Builder report, Consumer<RecordContext<?>> records) throws IOException {
        return validateCsv(in, context, layout, report, records, null);
    }

    /** As above, and hands every item the reader yields, file-level ones too, to {@code items} (if any) first. */
    long validateCsv(InputStream in, FileContext context, RecordLayout<? extends Record> layout,
            ValidationReport.Builder report, Consumer<RecordContext<?>> records,
            Consumer<CsvItem<? extends Record>> items) throws IOException {
        CarePlanValidator.FileValidation fv = validator.startFile(context, layout, report, records);
        long read = 0;
        try (CsvReader<? extends Record> reader = CsvReader.open(layout.type(), new BufferedInputStream(
                new NonClosing(in), 1 << 16), options);
                ReadAhead<CsvItem<? extends Record>> ahead = new ReadAhead<>(reader, readAhead)) {
            while (ahead.hasNext()) {
                CsvItem<? extends Record> item = ahead.next();
                if (!item.isFileLevel()) {
                    read = item.recordIndex();
                }
                if (items != null) {
                    items.accept(item);
                }
                fv.accept(item);
            }
        }
        fv.finish();
        FileKind kind = context.kind();
        report.file(context.file(), kind == null ? layout.id() : kind.prefix(), read);
        return read;
    }

    private static String baseName(String reported) {
        int i = Math.max(reported.lastIndexOf('/'), reported.lastIndexOf('\\'));
        return i < 0 ? reported : reported.substring(i + 1);
    }

    /** The kind whose prefix (followed by {@code _}) starts a name that does not follow the pattern, if any. */
    private static FileKind guessKind(String base) {
        FileKind best = null;
        for (FileKind k : FileKind.values()) {
            if (base.startsWith(k.prefix() + "_") && (best == null || k.prefix().length() > best.prefix().length())) {
                best = k;
            }
        }
        return best;
    }

    /** Keeps the caller's stream open when the reader closes. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }
}
