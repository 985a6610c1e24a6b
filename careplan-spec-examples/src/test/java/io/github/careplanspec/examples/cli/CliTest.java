package io.github.careplanspec.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.careplanspec.examples.sample.SampleUnits;
import io.github.careplanspec.model.catalog.FileKind;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as a user runs it: exit codes 0/1/2, report on stdout, logs on stderr. */
class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CarePlanSpecCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void sampleOutputValidatesWithNoIssueAtAll() throws Exception {
        Path units = dir.resolve("units");
        Run s = run("sample", "--out", units.toString());
        assertEquals(0, s.code(), s.err());
        Run v = run("validate", "--format", "json", units.toString());
        JsonNode report = new ObjectMapper().readTree(v.out());
        assertEquals(List.of(), report.get("issues").findValuesAsText("message"), v.out());
        assertEquals(0, v.code(), v.out());
        assertEquals(SampleUnits.all().size(), report.get("files").size());
        try (Stream<Path> files = Files.list(units)) {
            assertEquals(SampleUnits.all().size(), files.count());
        }
    }

    @Test
    void rulesTakesABuiltInProfileOrAFileAndABadFileIsAUsageErrorNamingTheLine() throws Exception {
        Path f = dir.resolve("UPPLAN_202505_0899999991_43_0899999992_11_20250415120100.CSV");
        String[] t = SampleUnits.texts(io.github.careplanspec.model.catalog.FileKind.UPPLAN, java.util.Map.of(10,
                "20250507", 13, "9999"));
        Files.write(f, (String.join(",", t) + "\r\n").getBytes("MS932"));
        Run strict = run("validate", "--format", "json", f.toString());
        assertEquals(1, strict.code(), strict.out());
        JsonNode sr = new ObjectMapper().readTree(strict.out());
        assertEquals("strict", sr.get("profile").asText());
        assertEquals(1, sr.get("summary").get("rules").get("R42.pair").asInt());
        Run receiver = run("validate", "--format", "json", "--rules", "receiver", f.toString());
        assertEquals(0, receiver.code(), receiver.out());
        JsonNode rr = new ObjectMapper().readTree(receiver.out());
        assertEquals("receiver", rr.get("profile").asText());
        assertEquals(List.of("warning"), rr.get("issues").findValuesAsText("severity").stream().distinct().toList());
        Path mine = dir.resolve("vendor.rules");
        Files.writeString(mine, "# our receiver\nR42.pair = off\n");
        Run user = run("validate", "--format", "json", "--rules", mine.toString(), f.toString());
        assertEquals(0, user.code(), user.out());
        JsonNode ur = new ObjectMapper().readTree(user.out());
        assertEquals("vendor", ur.get("profile").asText());
        assertTrue(!user.out().contains("R42.pair"), user.out());
        Path bad = dir.resolve("bad.rules");
        Files.writeString(bad, "R42.pair = off\nR42.pear = off\n");
        Run b = run("validate", "--rules", bad.toString(), f.toString());
        assertEquals(2, b.code());
        assertTrue(b.err().contains("bad.rules:2") && b.err().contains("R42.pear"), b.err());
        assertEquals("", b.out());
    }

    @Test
    void serviceCodesChecksTheSampleAgainstAGeneratedMaster() throws Exception {
        Path units = dir.resolve("units");
        assertEquals(0, run("sample", "--out", units.toString()).code());
        Path master = dir.resolve("master.csv");
        // a small generated master: the sample's 111111 with its 244 units, 区分支給限度対象
        Files.writeString(master, "サービスコード,適用開始年月,適用終了年月,名称,単位数,算定単位,区分支給限度対象\r\n"
                + "111111,202504,,身体介護１（例）,244,1回につき,1\r\n");
        Run ok = run("validate", "--format", "json", "--service-codes", master.toString(), units.toString());
        assertEquals(0, ok.code(), ok.out());
        assertEquals(List.of(), new ObjectMapper().readTree(ok.out()).get("issues").findValuesAsText("rule"));
        Files.writeString(master, "サービスコード,適用開始年月,適用終了年月,名称,単位数,算定単位,区分支給限度対象\r\n"
                + "111111,202504,,身体介護１（例）,245,1回につき,1\r\n");
        Run off = run("validate", "--format", "json", "--service-codes", master.toString(), units.toString());
        assertEquals(0, off.code(), "warnings only");
        assertEquals(List.of("R44.masterUnits"), new ObjectMapper().readTree(off.out()).get("issues")
                .findValuesAsText("rule"));
        Files.writeString(master, "サービスコード,適用開始年月\r\n111111,2025-04\r\n");
        Run bad = run("validate", "--service-codes", master.toString(), units.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("master.csv:2"), bad.err());
    }

    @Test
    void anErrorGivesOneAndJsonIsTheOnlyStdout() throws Exception {
        Path f = dir.resolve("UP1KYO_0899999991_43_0899999992_11_20250415120000.CSV");
        String[] t = SampleUnits.texts(io.github.careplanspec.model.catalog.FileKind.UP1KYO, java.util.Map.of(14,
                "20250231"));
        Files.write(f, (String.join(",", t) + "\r\n").getBytes("MS932"));
        Run v = run("validate", "--format", "json", "--lang", "en", f.toString());
        assertEquals(1, v.code());
        JsonNode report = new ObjectMapper().readTree(v.out());
        assertTrue(report.get("summary").get("errors").asInt() >= 1);
        assertEquals("", v.err());
    }

    @Test
    void badFileNameAndHostileArchiveAreErrors() throws Exception {
        Path bad = dir.resolve("plan.csv");
        Files.writeString(bad, "x");
        assertEquals(1, run("validate", bad.toString()).code());
        Path zip = dir.resolve("evil.zip");
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os)) {
            z.putNextEntry(new ZipEntry("../../etc/UP1KYO_0899999991_43_0899999992_11_20250415120000.CSV"));
            z.write("202407".getBytes(StandardCharsets.US_ASCII));
            z.closeEntry();
        }
        Run v = run("validate", "--lang", "en", zip.toString());
        assertEquals(1, v.code());
        assertTrue(v.out().contains("R21.UNIT010"), v.out()); // unsafe path: the archive guard of Units.open
    }

    @Test
    void usageAndUnreadablePathGiveTwo() {
        assertEquals(2, run("validate").code());
        assertEquals(2, run("validate", "--format", "xml", "x").code());
        assertEquals(2, run("validate", dir.resolve("missing").toString()).code());
        assertEquals(2, run("frobnicate").code());
        assertEquals(0, run("--version").code());
        Run help = run("validate", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Example"), help.out());
    }

    @Test
    void inspectSplitsNamesAndShowsUnknownServiceTypes() throws Exception {
        String a = "UPKIHON_SUB1_0899999993_11_0899999992_46_20250415151700.CSV";
        String b = "DLTJSK_202504_0899999992_16_0899999991_43_20250415142800.CSV";
        String c = "UPKIHON_IMAGE_0899999992_16_0899999991_43_20250415132400_0001.jpg";
        String d = "DLT1KYO_0899999991_43_0899999992_XX_20250415120000.CSV";
        for (String n : List.of(a, b, c, d)) {
            Files.write(dir.resolve(n), new byte[0]);
        }
        Run r = run("inspect", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("送信元 0899999993 11: 訪問介護"), r.out());
        assertTrue(r.out().contains("送信先 0899999992 46: 介護予防支援"), r.out());
        assertTrue(r.out().contains("対象年月 202504"), r.out());
        assertTrue(r.out().contains("連番 20250415132400\t枝番 0001"), r.out());
        assertTrue(r.out().contains("XX: 不明"), r.out());
        JsonNode j = new ObjectMapper().readTree(run("inspect", "--format", "json", dir.toString()).out());
        assertEquals(4, j.get("files").size());
        assertEquals("20250415120000", j.get("units").get(0).get("sequence").asText());
    }

    /** R22: inspect lists a unit's files in the kind table's one processing order, as a unit sorts them. */
    @Test
    void inspectListsAUnitInTheOneProcessingOrder() throws Exception {
        List<String> expected = new ArrayList<>();
        for (FileKind k : FileKind.processingOrder()) {
            String n = k.prefix() + (k.hasMonthSegment() ? "_202504" : "")
                    + "_0899999991_43_0899999992_11_20250415120000" + (k.isCsv() ? ".CSV" : "_0001.jpg");
            expected.add(n);
        }
        List<String> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        for (String n : shuffled) {
            Files.write(dir.resolve(n), new byte[0]);
        }
        JsonNode j = new ObjectMapper().readTree(run("inspect", "--format", "json", dir.toString()).out());
        assertEquals(1, j.get("units").size(), j.toString());
        List<String> listed = new ArrayList<>();
        for (JsonNode f : j.get("units").get(0).get("files")) {
            String t = f.asText();
            listed.add(t.substring(Math.max(t.lastIndexOf('/'), t.lastIndexOf('\\')) + 1));
        }
        assertEquals(expected, listed);
    }

    @Test
    void convertRoundTripsEverySampleFileByteForByte() throws Exception {
        Path units = dir.resolve("units");
        List<Path> files = SampleUnits.writeTo(units);
        Path json = dir.resolve("json");
        Path back = dir.resolve("back");
        for (Path f : files) {
            if (!f.toString().endsWith(".CSV")) {
                continue;
            }
            Run j = run("convert", "--to", "json", "--out", json.toString(), f.toString());
            assertEquals(0, j.code(), j.err());
            Path jf = json.resolve(f.getFileName() + ".json");
            Run c = run("convert", "--to", "csv", "--out", back.toString(), jf.toString());
            assertEquals(0, c.code(), c.err());
            assertEquals(-1L, Files.mismatch(f, back.resolve(f.getFileName())), f.toString());
        }
        JsonNode plan = new ObjectMapper().readTree(json.resolve(
                "UP1KYO_0899999991_43_0899999992_11_20250415120000.CSV.json").toFile());
        assertEquals("CSVバージョン", plan.get("items").get(0).get("name").asText());
        assertEquals("202407", plan.get("records").get(0).get(plan.get("items").get(0).get("key").asText()).asText());
    }

    @Test
    void convertToCsvReportsEveryBadRecordLocatedAndWritesNothing() throws Exception {
        Path plan = SampleUnits.writeTo(dir.resolve("units")).stream()
                .filter(f -> f.getFileName().toString().startsWith("UP1KYO_")).findFirst().orElseThrow();
        Path json = dir.resolve("json");
        assertEquals(0, run("convert", "--to", "json", "--out", json.toString(), plan.toString()).code());
        Path jf = json.resolve(plan.getFileName() + ".json");
        ObjectMapper mapper = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root =
                (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(jf.toFile());
        JsonNode items = root.get("items");
        com.fasterxml.jackson.databind.node.ArrayNode records = (com.fasterxml.jackson.databind.node.ArrayNode)
                root.get("records");
        com.fasterxml.jackson.databind.node.ObjectNode first =
                (com.fasterxml.jackson.databind.node.ObjectNode) records.get(0);
        // record 1: the first date item gets a day that does not exist; a copy as record 2 gets a bad CSVバージョン
        int dateNo = 0;
        String dateName = null;
        for (JsonNode item : items) {
            if (first.path(item.get("key").asText()).asText().matches("20\\d{6}")) {
                dateNo = item.get("no").asInt();
                dateName = item.get("name").asText();
                first.put(item.get("key").asText(), "20250231");
                break;
            }
        }
        assertTrue(dateNo > 0, "the sample plan has a date item");
        com.fasterxml.jackson.databind.node.ObjectNode second = first.deepCopy();
        second.put(items.get(0).get("key").asText(), "20X407");
        records.add(second);
        mapper.writeValue(jf.toFile(), root);
        Path back = dir.resolve("back");

        Run ja = run("convert", "--to", "csv", "--out", back.toString(), jf.toString());
        assertEquals(1, ja.code(), ja.err());
        assertTrue(ja.err().contains(jf + ": レコード 1, No." + dateNo + " " + dateName + ": 値「20250231」は"), ja.err());
        assertTrue(ja.err().contains(": レコード 2, No.1 CSVバージョン: 値「20X407」は"), ja.err());
        assertTrue(ja.err().contains("[CSV015 R10]"), ja.err());
        assertTrue(ja.err().contains("書き出していません"), ja.err());
        assertFalse(Files.exists(back.resolve(plan.getFileName())), "nothing written");
        assertFalse(Files.exists(back), "not even the folder");

        Run en = run("convert", "--lang", "en", "--to", "csv", "--out", back.toString(), jf.toString());
        assertEquals(1, en.code());
        assertTrue(en.err().contains(": record 1, No." + dateNo + " " + dateName + ": value '20250231' is not"), en.err());
        assertTrue(en.err().contains("was not written"), en.err());

        // sound records, but a name MS932 cannot carry (R2c): refused by the writer, located, and no half file left
        JsonNode fresh = mapper.readTree(run("convert", "--to", "json", plan.toString()).out());
        com.fasterxml.jackson.databind.node.ObjectNode rec =
                (com.fasterxml.jackson.databind.node.ObjectNode) fresh.get("records").get(0);
        String nameKey = null;
        for (JsonNode item : fresh.get("items")) {
            if (item.get("name").asText().endsWith("氏名")) {
                nameKey = item.get("key").asText();
                break;
            }
        }
        rec.put(nameKey, rec.path(nameKey).asText() + "\uD83D\uDE42");
        mapper.writeValue(jf.toFile(), fresh);
        Run emoji = run("convert", "--to", "csv", "--out", back.toString(), jf.toString());
        assertEquals(1, emoji.code(), emoji.err());
        assertTrue(emoji.err().contains("MS932 に変換できない文字があります（R2c）: レコード 1 No."), emoji.err());
        assertTrue(emoji.err().contains("(U+1F642)"), emoji.err());
        try (java.util.stream.Stream<Path> left = Files.list(back)) {
            assertEquals(List.of(), left.toList(), "no file, not even a part, is left");
        }
    }
}
