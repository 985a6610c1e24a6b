package io.github.careplanspec.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.careplanspec.examples.sample.SampleUnits;
import io.github.careplanspec.model.catalog.FileKind;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One walker, one verdict (issue 14): the issue's hostile ZIP — a valid UPJSK unit, an entry {@code ../evil.CSV} and
 * an entry with a control character in its name — gets the same two located findings from {@code validate},
 * {@code validate --lenient}, {@code inspect} (text and JSON), {@code import} (which still applies the valid unit)
 * and {@code convert}; and a folder is not a ZIP: an inbox of 10,000 unit folders validates and imports.
 */
class ArchiveFindingsCommandTest {
    private static final AtomicInteger DB = new AtomicInteger();
    private static final List<String> EXPECTED = List.of("R21.UNIT010 hostile.zip!/../evil.CSV",
            "R21.UNIT010 hostile.zip!/bad<U+0001>.CSV");
    /** A finding as {@code ValidationIssue.toText} shows it: {@code [エラー] R21.UNIT010 FILE: …}. */
    private static final Pattern LINE = Pattern.compile("\\[(?:エラー|error)\\] (R21\\.UNIT\\d{3}) (\\S+): ");

    @TempDir
    static Path dir;
    static Path zip;
    static SampleUnits.SampleFile jsk;

    @BeforeAll
    static void hostileZip() throws Exception {
        jsk = SampleUnits.all().stream().filter(f -> f.name().startsWith("UPJSK_")).findFirst().orElseThrow();
        zip = dir.resolve("hostile.zip");
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os)) {
            for (String name : List.of(jsk.name(), "../evil.CSV", "bad\u0001.CSV")) {
                z.putNextEntry(new ZipEntry(name));
                z.write(jsk.content());
                z.closeEntry();
            }
        }
    }

    static List<String> lines(String out) {
        List<String> found = new ArrayList<>();
        Matcher m = LINE.matcher(out);
        while (m.find()) {
            found.add(m.group(1) + " " + m.group(2));
        }
        return found;
    }

    static List<String> json(JsonNode issues) {
        List<String> found = new ArrayList<>();
        for (JsonNode i : issues) {
            if (i.get("rule").asText().startsWith("R21.UNIT")) {
                assertEquals("error", i.get("severity").asText(), i.toString());
                found.add(i.get("rule").asText() + " " + i.get("file").asText());
            }
        }
        return found;
    }

    @Test
    void validateStrict() throws Exception {
        CliTest.Run text = CliTest.run("validate", zip.toString());
        assertEquals(1, text.code(), text.out());
        assertEquals(EXPECTED, lines(text.out()));
        CliTest.Run j = CliTest.run("validate", "--format", "json", zip.toString());
        JsonNode report = new ObjectMapper().readTree(j.out());
        assertEquals(EXPECTED, json(report.get("issues")));
        assertEquals(2, report.get("summary").get("errors").asInt(), j.out());
        assertEquals("hostile.zip!/" + jsk.name(), report.get("files").get(0).get("file").asText());
    }

    @Test
    void validateLenient() throws Exception {
        CliTest.Run text = CliTest.run("validate", "--lenient", zip.toString());
        assertEquals(1, text.code(), text.out());
        assertEquals(EXPECTED, lines(text.out()));
        JsonNode report = new ObjectMapper().readTree(CliTest.run("validate", "--lenient", "--format", "json",
                zip.toString()).out());
        assertEquals(EXPECTED, json(report.get("issues")));
        assertEquals(2, report.get("summary").get("errors").asInt(), "file by file, the unit itself is valid");
        assertEquals(1, report.get("files").size());
    }

    @Test
    void inspectTextAndJson() throws Exception {
        CliTest.Run text = CliTest.run("inspect", zip.toString());
        assertEquals(1, text.code(), text.out());
        assertEquals(EXPECTED, lines(text.out()));
        assertTrue(text.out().contains("hostile.zip!/" + jsk.name() + "\tUPJSK"), text.out());
        CliTest.Run j = CliTest.run("inspect", "--format", "json", zip.toString());
        assertEquals(1, j.code());
        JsonNode root = new ObjectMapper().readTree(j.out());
        assertEquals(EXPECTED, json(root.get("problems")));
        assertEquals(1, root.get("files").size());
        assertEquals(1, root.get("units").size());
    }

    @Test
    void importAppliesTheValidUnitAndExitsOne() {
        CliTest.Run r = CliTest.run("import", "--db", "jdbc:h2:mem:findings" + DB.incrementAndGet(), zip.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertEquals(EXPECTED, lines(r.out()));
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("applied")), r.out());
    }

    @Test
    void convertNamesTheSameFindings() throws Exception {
        Path out = dir.resolve("json");
        CliTest.Run r = CliTest.run("convert", "--to", "json", "--out", out.toString(), zip.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(EXPECTED, lines(r.err()));
        assertTrue(Files.exists(out.resolve(jsk.name() + ".json")));
    }

    @Test
    void aFolderIsNotAZipTenThousandUnitFoldersValidateAndImport() throws Exception {
        Path inbox = dir.resolve("inbox");
        String stem = jsk.name().substring(0, jsk.name().length() - "20250601100000.CSV".length());
        LocalDateTime t = LocalDateTime.of(2025, 6, 1, 0, 0);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            Path unit = Files.createDirectories(inbox.resolve(String.format("unit-%05d", i)));
            Files.write(unit.resolve(stem + f.format(t.plusSeconds(7L * i)) + ".CSV"), jsk.content());
        }
        assertEquals(FileKind.UPJSK.prefix(), jsk.name().substring(0, 5));
        CliTest.Run v = CliTest.run("validate", "--format", "json", inbox.toString());
        assertEquals(0, v.code(), v.out().length() > 2000 ? v.out().substring(0, 2000) : v.out());
        JsonNode report = new ObjectMapper().readTree(v.out());
        assertEquals(n, report.get("files").size());
        assertEquals("unit-00000/" + stem + "20250601000000.CSV", report.get("files").get(0).get("file").asText());
        CliTest.Run lenient = CliTest.run("validate", "--lenient", inbox.toString());
        assertEquals(0, lenient.code());
        CliTest.Run r = CliTest.run("import", "--db", "jdbc:h2:mem:inbox" + DB.incrementAndGet(), inbox.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(n, r.out().lines().filter(l -> l.startsWith("applied")).count());
        // stderr holds only the in-memory database's durability warning (issue 16), no progress: it is no terminal
        assertEquals(java.util.List.of(), r.err().lines().filter(l -> !l.contains("jdbc:h2:mem:inbox")).toList(),
                "no progress when stderr is no terminal");
    }
}
