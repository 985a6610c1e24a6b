package io.github.careplanspec.examples.bench;

import io.github.careplanspec.validation.FileValidator;
import io.github.careplanspec.validation.report.ValidationReport;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

/**
 * Eight UPJSK files of {@code records} records validated end to end (strict reading + every rule) by one shared
 * {@link FileValidator}, on {@code threads} threads: records/s = 8 × records / time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class ParallelValidationBenchmark {
    private static final int FILES = 8;

    /** Records per file. */
    @Param("100000")
    public int records;

    /** Worker threads. */
    @Param({"1", "2"})
    public int threads;

    private final List<Path> files = new ArrayList<>();
    private final FileValidator validator = FileValidator.standard();
    private ExecutorService pool;

    /** Writes the eight files. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path dir = Files.createTempDirectory("validate-bench");
        for (int i = 0; i < FILES; i++) {
            files.add(Upjsk.write(dir.resolve(String.format(
                    "UPJSK_202504_1310100011_11_1310100001_43_202505010800%02d.CSV", i)), records));
        }
        pool = Executors.newFixedThreadPool(threads);
    }

    /** Deletes the files. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        pool.shutdownNow();
        for (Path p : files) {
            Files.deleteIfExists(p);
        }
    }

    /** Validates the eight files; returns the number of issues found (kept detail is capped per rule). */
    @Benchmark
    public long validateEightFiles() throws Exception {
        List<Future<Long>> done = new ArrayList<>();
        for (Path p : files) {
            done.add(pool.submit(() -> {
                ValidationReport.Builder b = ValidationReport.builder();
                try (InputStream in = new BufferedInputStream(Files.newInputStream(p), 1 << 16)) {
                    validator.validate(in, p.getFileName().toString(), b);
                }
                return (long) b.build().issues().size();
            }));
        }
        long issues = 0;
        for (Future<Long> f : done) {
            issues += f.get();
        }
        return issues;
    }
}
