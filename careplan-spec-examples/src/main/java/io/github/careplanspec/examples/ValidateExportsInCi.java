package io.github.careplanspec.examples;

import io.github.careplanspec.validation.FileValidator;
import io.github.careplanspec.validation.report.ValidationReport;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Example: a CI step that validates every export of a build, writes SARIF (code scanning) and JUnit XML (test
 * reports) and fails the build on any error. Run:
 * {@code java -cp careplan-spec.jar io.github.careplanspec.examples.ValidateExportsInCi build/exports target/}.
 */
public final class ValidateExportsInCi {
    private ValidateExportsInCi() {
    }

    /**
     * Validates.
     *
     * @param args the exports folder and the reports folder
     * @throws Exception on I/O failure
     */
    public static void main(String[] args) throws Exception {
        Path exports = Path.of(args[0]);
        Path reports = Path.of(args.length > 1 ? args[1] : ".");
        ValidationReport.Builder builder = ValidationReport.builder();
        List<Path> files;
        try (Stream<Path> s = Files.list(exports)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        // FileValidator is thread-safe and the builder too: validate the files in parallel
        files.parallelStream().forEach(f -> {
            try {
                FileValidator.standard().validate(f, builder);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ValidationReport report = builder.build();
        Files.createDirectories(reports);
        try (OutputStream out = Files.newOutputStream(reports.resolve("careplan-spec.sarif"))) {
            report.writeSarif(out, Locale.JAPANESE);
        }
        try (OutputStream out = Files.newOutputStream(reports.resolve("TEST-careplan-spec.xml"))) {
            report.writeJUnitXml(out, Locale.JAPANESE);
        }
        System.out.print(report.toText(Locale.JAPANESE));
        System.exit(report.isValid() ? 0 : 1);
    }
}
