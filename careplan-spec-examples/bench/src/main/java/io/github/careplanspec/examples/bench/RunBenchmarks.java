package io.github.careplanspec.examples.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
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
            b.include(EnvelopeHostileBenchmark.class.getSimpleName());
        }
        Collection<RunResult> results = new Runner(b.build()).run();
        double slowest = -1;
        String slowestAt = "";
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            if (name.contains(EnvelopeHostileBenchmark.class.getSimpleName())
                    && r.getPrimaryResult().getScore() > slowest) {
                slowest = r.getPrimaryResult().getScore();
                slowestAt = name.substring(name.lastIndexOf('.') + 1) + " " + r.getParams().getParam("input");
            }
        }
        // per parameter set (e.g. db=h2 and db=pg are separate rows): method name -> ms/op
        Map<String, Map<String, Double>> byParams = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            StringBuilder key = new StringBuilder();
            for (String p : new TreeSet<>(r.getParams().getParamsKeys())) {
                key.append(key.length() == 0 ? "" : ", ").append(p).append('=').append(r.getParams().getParam(p));
            }
            byParams.computeIfAbsent(key.toString(), k -> new HashMap<>())
                    .put(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.println("Ratios (throughput relative to the baseline of the same run; higher is better):");
        byParams.forEach((params, ms) -> {
            String at = params.isEmpty() ? "" : " [" + params + "]";
            ratio(ms, "readTyped", "readRawCommonsCsv", "typed read / raw Commons CSV read (goal >= 1.1)", at);
            ratio(ms, "writeTyped", "writeRawPrinter", "typed write / raw CSVPrinter write (goal >= 0.8)", at);
            ratio(ms, "readTypedAndValidate", "readTyped", "read + full validation / read alone (goal >= 0.8)", at);
            ratio(ms, "importer", "plainBatchInsert", "importer / plain JDBC batch insert (goal >= 0.5)", at);
            ratio(ms, "seal", "rawEncrypt", "seal / raw SunJCE AES-256-GCM encrypt (goal >= 0.7)", at);
            ratio(ms, "openInMemory", "rawDecrypt", "in-memory open / raw SunJCE decrypt (goal >= 0.7)", at);
            ratio(ms, "openStreaming", "rawDecrypt", "streaming open / raw SunJCE decrypt", at);
            ratio(ms, "openStreaming", "rawBcDecryptStreaming",
                    "streaming open / raw BouncyCastle GCM decrypt (goal >= 0.8)", at);
        });
        if (slowest >= 0) {
            System.out.printf("  %-55s %.3f ms  (%s)%n", "slowest hostile-envelope refusal (goal < 100 ms)", slowest,
                    slowestAt);
        }
    }

    private static void ratio(Map<String, Double> ms, String ours, String base, String label, String at) {
        Double a = ms.get(ours);
        Double b = ms.get(base);
        if (a != null && b != null) {
            System.out.printf("  %-55s %.2fx  (%.0f ms vs %.0f ms per operation)%s%n", label, b / a, a, b, at);
        }
    }
}
