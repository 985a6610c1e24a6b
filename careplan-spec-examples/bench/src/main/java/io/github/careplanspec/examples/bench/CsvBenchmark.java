package io.github.careplanspec.examples.bench;

import io.github.careplanspec.csv.CsvItem;
import io.github.careplanspec.csv.CsvReader;
import io.github.careplanspec.csv.CsvWriter;
import io.github.careplanspec.csv.ReadOptions;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.kyotaku.ServiceTicketLine;
import io.github.careplanspec.validation.CarePlanValidator;
import io.github.careplanspec.validation.FileValidator;
import io.github.careplanspec.validation.report.ValidationReport;
import io.github.careplanspec.validation.rules.FileContext;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One pass over an MS932 UPJSK file of {@code records} records per operation: raw Commons CSV against our typed
 * reader (and reader + full validation); raw {@code CSVPrinter} against our typed writer. The ratios are what the
 * issues ask for (typed/raw ≥ 1.1; validated/read ≥ 0.8).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx64m"})
public class CsvBenchmark {
    private static final Charset MS932 = Charset.forName("windows-31j");
    private static final int POOL = 10_000;

    /** Number of records in the file. */
    @Param("1000000")
    public int records;

    private Path file;
    private ServiceTicketLine[] pool;
    private String[][] poolTexts;
    private final CarePlanValidator validator = CarePlanValidator.standard();

    /** Generates the file and the write pool. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        // a conforming interface file name, so that FileValidator reads it as UPJSK (R15)
        file = Upjsk.write(Files.createTempDirectory("upjsk-bench")
                .resolve("UPJSK_202504_1310100000_11_1310100001_43_20250502120000.CSV"), records);
        pool = new ServiceTicketLine[POOL];
        poolTexts = new String[POOL][];
        RecordLayout<ServiceTicketLine> layout = RecordLayout.of(ServiceTicketLine.class);
        for (int i = 0; i < POOL; i++) {
            pool[i] = Upjsk.record(i);
            poolTexts[i] = layout.format(pool[i]);
        }
    }

    /** Deletes the file. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.getParent());
    }

    private InputStream open() throws IOException {
        return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }

    /** Baseline (issue 14's stretch goal): FastCSV tokenizing the same decoded text (JDK decoder), every value touched. */
    @Benchmark
    public long readRawFastCsv(Blackhole bh) throws IOException {
        long n = 0;
        try (Reader r = new InputStreamReader(open(), MS932);
                de.siegmar.fastcsv.reader.CsvReader<de.siegmar.fastcsv.reader.CsvRecord> p =
                        de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(r)) {
            for (de.siegmar.fastcsv.reader.CsvRecord rec : p) {
                for (int i = 0; i < rec.getFieldCount(); i++) {
                    bh.consume(rec.getField(i));
                }
                n++;
            }
        }
        return n;
    }

    /** Baseline: Commons CSV tokenizing the MS932 bytes (JDK decoder), every value touched. */
    @Benchmark
    public long readRawCommonsCsv(Blackhole bh) throws IOException {
        long n = 0;
        try (Reader r = new InputStreamReader(open(), MS932); CSVParser p = CSVFormat.RFC4180.parse(r)) {
            for (CSVRecord rec : p) {
                for (int i = 0; i < rec.size(); i++) {
                    bh.consume(rec.get(i));
                }
                n++;
            }
        }
        return n;
    }

    /** Our reader: strict MS932 decoding, the spec's dialect, typed records. */
    @Benchmark
    public long readTyped(Blackhole bh) throws IOException {
        long n = 0;
        try (CsvReader<ServiceTicketLine> r = CsvReader.open(ServiceTicketLine.class, open(), ReadOptions.strict())) {
            Iterator<CsvItem<ServiceTicketLine>> it = r;
            while (it.hasNext()) {
                bh.consume(it.next().value());
                n++;
            }
        }
        return n;
    }

    /** Our reader plus every field, record and file rule of the validator, fed the reader's items (one pass). */
    @Benchmark
    public long readTypedAndValidate(Blackhole bh) throws IOException {
        ValidationReport.Builder sink = ValidationReport.builder();
        CarePlanValidator.FileValidation v = validator.startFile(FileContext.of("UPJSK_bench.CSV", FileKind.UPJSK), sink);
        try (CsvReader<ServiceTicketLine> r = CsvReader.open(ServiceTicketLine.class, open(), ReadOptions.strict())) {
            Iterator<CsvItem<ServiceTicketLine>> it = r;
            while (it.hasNext()) {
                CsvItem<ServiceTicketLine> item = it.next();
                bh.consume(item.value());
                v.accept(item);
            }
        }
        long n = v.finish();
        bh.consume(sink.build());
        return n;
    }

    /**
     * What {@code validate} runs on a file: {@link FileValidator} (name, reader and every rule, one pass), with
     * read-ahead (reading on a second thread while this one validates).
     */
    @Benchmark
    public long validateFileReadAhead(Blackhole bh) throws IOException {
        ValidationReport.Builder sink = ValidationReport.builder();
        long n;
        try (InputStream in = open()) {
            n = FileValidator.standard().validate(in, file.getFileName().toString(), sink);
        }
        bh.consume(sink.build());
        return n;
    }

    /** The same on one thread (no read-ahead). */
    @Benchmark
    public long validateFileOneThread(Blackhole bh) throws IOException {
        ValidationReport.Builder sink = ValidationReport.builder();
        long n;
        try (InputStream in = open()) {
            n = FileValidator.standard().readAhead(false).validate(in, file.getFileName().toString(), sink);
        }
        bh.consume(sink.build());
        return n;
    }

    /** Baseline: Commons CSV printing the item texts through the JDK's MS932 encoder. */
    @Benchmark
    public long writeRawPrinter() throws IOException {
        CountingOutputStream out = new CountingOutputStream();
        try (Writer w = new OutputStreamWriter(out, MS932);
                CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            for (int i = 0; i < records; i++) {
                p.printRecord((Object[]) poolTexts[i % POOL]);
            }
        }
        return out.count;
    }

    /** Our writer: typed records, catalog quoting, MS932 conversion policy, CRLF. */
    @Benchmark
    public long writeTyped() throws IOException {
        CountingOutputStream out = new CountingOutputStream();
        try (CsvWriter<ServiceTicketLine> w = CsvWriter.open(ServiceTicketLine.class, out)) {
            for (int i = 0; i < records; i++) {
                w.write(pool[i % POOL]);
            }
        }
        return out.count;
    }

    /** An output stream that only counts. */
    static final class CountingOutputStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
