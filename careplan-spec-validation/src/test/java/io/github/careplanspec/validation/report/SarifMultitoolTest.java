package io.github.careplanspec.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, item 5: our SARIF 2.1.0 passes Microsoft's SARIF Multitool {@code validate} with no error-level
 * result. {@code .ci/run} installs the tool with npm and sets {@code SARIF_MULTITOOL} to its binary; in CI
 * ({@code CI=true}) a missing tool fails the test, elsewhere the test is skipped.
 */
class SarifMultitoolTest {
    private static final String FILE = "UPJSK_202504_0300000005_11_0300000100_43_20250401120000.CSV";

    static ValidationReport severalIssues() {
        ValidationReport.Builder b = ValidationReport.builder();
        b.file(FILE, "UPJSK", 120);
        b.file("a.zip!/UPKIHON_0300000100_43_0300000005_11_20250401120000.CSV", "UPKIHON", 2);
        b.file("名前.CSV", "UP1KYO", 1);
        b.report(new ValidationIssue(Rules.R10_MONTH, FILE, 3, 3, 5, "対象年月", "202513", Map.of()));
        b.report(new ValidationIssue(Rules.R8, FILE, 9, 8, 21, "サービス事業所名", "<&\"名>", Map.of("max", "3",
                "length", "4")));
        b.report(ValidationIssue.ofFile(Rules.R18_SAME_OFFICE, FILE, Map.of("office", "0300000005",
                "serviceType", "11")));
        b.report(new ValidationIssue(Rules.P14, "a.zip!/UPKIHON_0300000100_43_0300000005_11_20250401120000.CSV", 2,
                1, 6, "委託の有無", "", Map.of()));
        b.report(new ValidationIssue(Rules.R39, "名前.CSV", 1, 1, 26, "その他理由", "", Map.of("code", "3")));
        b.report(new ValidationIssue(Rules.R12_202504, null, 0, 0, 0, null, null, Map.of()));
        return b.build();
    }

    @Test
    void multitoolValidateFindsNoError(@TempDir Path dir) throws IOException, InterruptedException {
        String tool = System.getenv("SARIF_MULTITOOL");
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (tool == null || tool.isBlank() || !Files.isExecutable(Path.of(tool))) {
            if (ci) {
                fail("CI=true but SARIF_MULTITOOL does not name an executable (" + tool
                        + "): .ci/run must install @microsoft/sarif-multitool");
            }
            Assumptions.abort("SARIF_MULTITOOL not set: the SARIF Multitool check runs in CI (.ci/run)");
        }
        Path sarif = dir.resolve("report.sarif");
        Path out = dir.resolve("validation.sarif");
        for (Locale l : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            try (OutputStream o = Files.newOutputStream(sarif)) {
                severalIssues().writeSarif(o, l);
            }
            Files.deleteIfExists(out);
            Process p = new ProcessBuilder(tool, "validate", sarif.toString(), "-o", out.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("multitool.log").toFile()).start();
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "SARIF Multitool timed out");
            String log = Files.readString(dir.resolve("multitool.log"), StandardCharsets.UTF_8);
            assertTrue(Files.exists(out), "no validation output; exit " + p.exitValue() + "\n" + log);
            List<String> errors = errorResults(out);
            assertEquals(List.of(), errors, log);
        }
    }

    /** The error-level results of the Multitool's own SARIF output, as "ruleId: message". */
    @SuppressWarnings("unchecked")
    static List<String> errorResults(Path validationSarif) throws IOException {
        Map<String, Object> root = (Map<String, Object>) ValidationReportTest.parse(Files.readAllBytes(validationSarif));
        List<String> errors = new ArrayList<>();
        for (Map<String, Object> run : (List<Map<String, Object>>) root.get("runs")) {
            Object results = run.get("results");
            if (results == null) {
                continue;
            }
            for (Map<String, Object> r : (List<Map<String, Object>>) results) {
                // SARIF: an absent level means "warning" unless the rule's configuration says otherwise; the
                // Multitool writes the level of its error-level rules explicitly.
                if ("error".equals(r.get("level"))) {
                    Object msg = r.get("message");
                    errors.add(r.get("ruleId") + ": " + (msg instanceof Map ? ((Map<String, Object>) msg).get("text")
                            : String.valueOf(msg)));
                }
            }
        }
        return errors;
    }
}
