package io.github.careplanspec.examples.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;

/**
 * Runs the benchmarks (JMH options may be passed as usual, e.g. {@code -p records=100000}) and prints the ratios
 * against the raw baselines measured in the same run.
 */
public final class RunBenchmarks {
    private RunBenchmarks() {
    }

    /**
     * Entry point.
     *
     * @param args JMH command-line options
     * @throws RunnerException if JMH fails
     * @throws CommandLineOptionException on a bad option
     */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions cli = new CommandLineOptions(args);
        OptionsBuilder b = new OptionsBuilder();
        b.parent(cli);
        if (cli.getIncludes().isEmpty()) {
            b.include(CsvBenchmark.class.getSimpleName());
            b.include(ImportBenchmark.class.getSimpleName());
            b.include(EnvelopeBenchmark.class.getSimpleName());
            b.include(ParallelValidationBenchmark.class.getSimpleName());
            b.include(EnvelopeLargeBenchmark.class.getSimpleName());
        }
        Collection<RunResult> results = new Runner(b.build()).run();
        Map<String, Double> ms = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            ms.put(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.println("Ratios (throughput relative to the baseline of the same run; higher is better):");
        ratio(ms, "readTyped", "readRawCommonsCsv", "typed read / raw Commons CSV read (goal >= 0.8)");
        ratio(ms, "writeTyped", "writeRawPrinter", "typed write / raw CSVPrinter write (goal >= 0.8)");
        ratio(ms, "readTypedAndValidate", "readTyped", "read + full validation / read alone (goal >= 0.5)");
        ratio(ms, "importer", "plainBatchInsert", "importer / plain JDBC batch insert (goal >= 0.5)");
        ratio(ms, "seal", "rawEncrypt", "seal / raw SunJCE AES-256-GCM encrypt (goal >= 0.7)");
        ratio(ms, "openInMemory", "rawDecrypt", "in-memory open / raw SunJCE decrypt (goal >= 0.7)");
        ratio(ms, "openStreaming", "rawDecrypt", "streaming open / raw SunJCE decrypt");
    }

    private static void ratio(Map<String, Double> ms, String ours, String base, String label) {
        Double a = ms.get(ours);
        Double b = ms.get(base);
        if (a != null && b != null) {
            System.out.printf("  %-55s %.2fx  (%.0f ms vs %.0f ms per operation)%n", label, b / a, a, b);
        }
    }
}
