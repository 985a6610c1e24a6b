package io.github.careplanspec.validation;

import io.github.careplanspec.csv.CsvItem;
import io.github.careplanspec.csv.CsvProblem;
import io.github.careplanspec.csv.CsvReader;
import io.github.careplanspec.csv.ProblemCode;
import io.github.careplanspec.csv.ReadOptions;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.name.FileNameProblem;
import io.github.careplanspec.model.name.FileNameResult;
import io.github.careplanspec.model.name.InterfaceFileName;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import io.github.careplanspec.validation.report.ValidationIssue;
import io.github.careplanspec.validation.report.ValidationReport;
import io.github.careplanspec.validation.rules.FileContext;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 * <p>Problems the reader finds become issues whose rule cites the same spec rule as the reader's code (the reader's
 * code, e.g. {@code CSV006}, is named in the rule's citation). Reader problems that the validator's own field rules
 * also find (item count, formats, 外字, characters outside MS932, mixed CSV versions) are reported once, by the
 * validator.
 */
public final class FileValidator {
    private static final FileValidator STANDARD = new FileValidator(CarePlanValidator.standard(), ReadOptions.strict());

    private final CarePlanValidator validator;
    private final ReadOptions options;

    private FileValidator(CarePlanValidator validator, ReadOptions options) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.options = Objects.requireNonNull(options, "options");
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
        return new FileValidator(validator, options);
    }

    /**
     * The same validator reading leniently or strictly.
     *
     * @param lenient whether to read what real peers send (header rows, BOMs…) with warnings
     * @return the file validator
     */
    public FileValidator lenient(boolean lenient) {
        return new FileValidator(validator, lenient ? ReadOptions.lenient() : ReadOptions.strict());
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
            report.report(ValidationIssue.ofFile(Rules.R15_NAME, reportedName, Map.of("part", p.part().labelJa(),
                    "partEn", p.part().labelEn(), "detailJa", p.messageJa(), "detailEn", p.messageEn())));
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
        return validateCsv(in, reportedName, kind, context, report);
    }

    private long validateCsv(InputStream in, String reportedName, FileKind kind, FileContext context,
            ValidationReport.Builder report) throws IOException {
        RecordLayout<? extends Record> layout = Catalog.layout(kind);
        Relocating sink = new Relocating(report);
        CarePlanValidator.FileValidation fv = validator.startFile(context, layout, sink);
        long records = 0;
        try (CsvReader<? extends Record> reader = CsvReader.open(layout.type(), new BufferedInputStream(
                new NonClosing(in), 1 << 16), options)) {
            while (reader.hasNext()) {
                CsvItem<? extends Record> item = reader.next();
                boolean feed = !item.isFileLevel();
                boolean badBytes = false;
                for (CsvProblem p : item.problems()) {
                    if (p.code() == ProblemCode.MALFORMED_BYTES) {
                        badBytes = true;
                    }
                    if (blocksRecord(p)) {
                        feed = false;
                    }
                    Rule rule = ruleOf(p);
                    if (rule != null) {
                        report.report(issueOf(rule, p, reportedName, item));
                    }
                }
                if (!item.isFileLevel()) {
                    records = item.recordIndex();
                }
                if (feed) {
                    List<String> texts = item.texts();
                    int size = layout.size();
                    String[] arr = texts.size() > size && trailingEmptyDropped(item)
                            ? texts.subList(0, size).toArray(new String[0]) : texts.toArray(new String[0]);
                    sink.at(item.recordIndex(), badBytes);
                    fv.accept(item.line(), arr);
                }
            }
        }
        sink.at(0, false);
        fv.finish();
        report.file(reportedName, kind.prefix(), records);
        return records;
    }

    private static boolean trailingEmptyDropped(CsvItem<?> item) {
        for (CsvProblem p : item.problems()) {
            if (p.code() == ProblemCode.TRAILING_EMPTY_COLUMNS) {
                return true;
            }
        }
        return false;
    }

    /** A problem after which the record's texts are not worth validating item by item. */
    private static boolean blocksRecord(CsvProblem p) {
        switch (p.code()) {
            case HEADER_ROW:
            case BLANK_LINE:
            case RECORD_TOO_LONG:
            case UNCLOSED_QUOTE:
                return true;
            default:
                return false;
        }
    }

    /** The rule of a reader problem, or {@code null} when the validator's own rules report the same thing. */
    private static Rule ruleOf(CsvProblem p) {
        boolean warn = !p.isError();
        switch (p.code()) {
            case MALFORMED_BYTES:
                return Rules.R2_BYTES;
            case UTF8_FILE:
                return warn ? Rules.R2_UTF8_READ : Rules.R2_UTF8;
            case UTF8_BOM:
                return warn ? Rules.R2_BOM_SKIPPED : Rules.R2_BOM;
            case UNCLOSED_QUOTE:
                return Rules.R3_UNCLOSED;
            case STRAY_QUOTE:
                return warn ? Rules.R3C_STRAY_KEPT : Rules.R3C_STRAY;
            case TEXT_AFTER_QUOTE:
                return Rules.R3_AFTER_QUOTE;
            case FREE_TEXT_UNQUOTED:
                return Rules.R3A_UNQUOTED;
            case EMPTY_FREE_TEXT_UNQUOTED:
                return Rules.R3A_EMPTY_UNQUOTED;
            case TRAILING_EMPTY_COLUMNS:
                return Rules.R7_TRAILING;
            case HEADER_ROW:
                return warn ? Rules.R6_HEADER_SKIPPED : Rules.R6_HEADER;
            case RECORD_INVARIANT:
                return Rules.R7_RECORD;
            case RECORD_TOO_LONG:
                return Rules.R7_TOO_LONG;
            case BLANK_LINE:
                return warn ? Rules.R7_BLANK_SKIPPED : Rules.R7_BLANK;
            default:
                // COLUMN_COUNT (R7), FIELD_FORMAT (R8-R10), MIXED_CSV_VERSION (R11.mixed), GAIJI (R2.gaiji),
                // OUTSIDE_MS932 (R2.charset): reported by the validator's own rules
                return null;
        }
    }

    private static ValidationIssue issueOf(Rule rule, CsvProblem p, String file, CsvItem<?> item) {
        Map<String, String> params = new HashMap<>();
        if (p.expected() != null) {
            params.put("expected", p.expected());
        }
        if (p.detail() != null) {
            params.put("detail", p.detail());
        }
        if (p.byteOffset() >= 0) {
            params.put("offset", Long.toString(p.byteOffset()));
        }
        params.put("csvCode", p.code().id());
        long line = p.line() > 0 ? p.line() : item.line();
        if (p.recordIndex() == 0 && item.isFileLevel() && (rule == Rules.R2_UTF8 || rule == Rules.R2_UTF8_READ
                || rule == Rules.R2_BOM || rule == Rules.R2_BOM_SKIPPED)) {
            return ValidationIssue.ofFile(rule, file, params);
        }
        return new ValidationIssue(rule, file, line, p.recordIndex(), p.column() == null ? 0 : p.column().no(),
                p.column() == null ? null : p.column().name(), p.raw(), params);
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

    /**
     * Places the validator's record issues at the reader's record index (the reader counts records the validator is
     * not fed, such as a header row) and drops the {@code R2.charset} issue of the U+FFFD that stands for bytes
     * already reported as {@code R2.bytes}.
     */
    private static final class Relocating implements IssueSink {
        private final IssueSink target;
        private long record;
        private boolean badBytes;

        Relocating(IssueSink target) {
            this.target = target;
        }

        void at(long recordIndex, boolean hasBadBytes) {
            this.record = recordIndex;
            this.badBytes = hasBadBytes;
        }

        @Override
        public void report(ValidationIssue issue) {
            if (badBytes && issue.rule() == Rules.R2_CHARSET && "\uFFFD".equals(issue.params().get("char"))) {
                return;
            }
            if (record > 0 && issue.record() > 0 && issue.record() != record) {
                target.report(issue.at(issue.file(), issue.line(), record));
            } else {
                target.report(issue);
            }
        }
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
