package io.github.careplanspec.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 3: the CLI's messages come from the one bundle pair and are in the language the command was asked
 * for ({@code --lang}, Japanese by default), never a "日本語 / English" join.
 */
class MessagesLanguageTest {
    private static final AtomicInteger DB = new AtomicInteger();

    @TempDir
    Path dir;

    private static String db() {
        return "jdbc:h2:mem:messages" + DB.incrementAndGet();
    }

    @Test
    void inspectSpeaksTheLanguageAsked() throws Exception {
        String kihon = "UPKIHON_IMAGE_0899999992_16_0899999991_43_20250415132400_0001.jpg";
        String month = "DLTJSK_202504_0899999992_16_0899999991_43_20250415142800.CSV";
        for (String n : List.of(kihon, month, "note.pdf")) {
            Files.write(dir.resolve(n), new byte[0]);
        }
        CliTest.Run ja = CliTest.run("inspect", dir.toString());
        assertEquals(0, ja.code(), ja.err());
        assertTrue(ja.out().contains("\t種別 画像\t送信元 0899999992 16: 通所リハビリテーション\t送信先 0899999991 43: 居宅介護支援"
                + "\t対象年月 -\t連番 20250415132400\t枝番 0001\t0バイト"), ja.out());
        assertTrue(ja.out().contains("\t対象年月 202504\t連番 20250415142800\tCSVバージョン -\t0件"), ja.out());
        assertTrue(ja.out().contains("note.pdf\t添付ファイル（PDF等。インタフェースファイルではありません）"), ja.out());
        assertTrue(ja.out().contains("送信単位（処理順）:\n"), ja.out());
        assertTrue(ja.out().contains("  1ファイル\n"), ja.out());
        CliTest.Run en = CliTest.run("inspect", "--lang", "en", dir.toString());
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("\ttype image\tfrom 0899999992 16: 通所リハビリテーション\tto 0899999991 43: 居宅介護支援"
                + "\tmonth -\tsequence 20250415132400\tbranch 0001\t0 bytes"), en.out());
        assertTrue(en.out().contains("\tmonth 202504\tsequence 20250415142800\tCSV version -\t0 records"), en.out());
        assertTrue(en.out().contains("note.pdf\tattachment (PDF etc., not an interface file)"), en.out());
        assertTrue(en.out().contains("Transmission units (processing order):\n"), en.out());
        assertTrue(en.out().contains("  1 files\n"), en.out());
    }

    @Test
    void aMissingPathIsNamedInTheLanguageAsked() {
        Path missing = dir.resolve("missing");
        for (String command : List.of("validate", "inspect", "convert")) {
            String[] to = command.equals("convert") ? new String[] {"--to", "json"} : new String[0];
            CliTest.Run ja = CliTest.run(concat(List.of(command), to, missing.toString()));
            assertEquals(2, ja.code(), command);
            assertEquals("careplan-spec: ファイルまたはフォルダがありません: " + missing + "\n", ja.err(), command);
            CliTest.Run en = CliTest.run(concat(List.of(command, "--lang", "en"), to, missing.toString()));
            assertEquals(2, en.code(), command);
            assertEquals("careplan-spec: no such file or folder: " + missing + "\n", en.err(), command);
        }
        CliTest.Run ja = CliTest.run("import", "--db", db(), missing.toString());
        assertEquals(2, ja.code());
        assertEquals("careplan-spec: ファイルまたはフォルダがありません: " + missing + "\n", ja.err());
        CliTest.Run en = CliTest.run("import", "--lang", "en", "--db", db(), missing.toString());
        assertEquals("careplan-spec: no such file or folder: " + missing + "\n", en.err());
    }

    private static String[] concat(List<String> head, String[] middle, String last) {
        List<String> all = new java.util.ArrayList<>(head);
        all.addAll(List.of(middle));
        all.add(last);
        return all.toArray(new String[0]);
    }

    @Test
    void aUsageProblemIsInTheLanguageAsked() throws Exception {
        Path json = Files.writeString(dir.resolve("x.json"), "{}");
        CliTest.Run ja = CliTest.run("convert", "--to", "csv", json.toString());
        assertEquals(2, ja.code());
        assertEquals("careplan-spec: --to csv には --out DIR が必要です\n", ja.err());
        CliTest.Run en = CliTest.run("convert", "--lang", "en", "--to", "csv", json.toString());
        assertEquals(2, en.code());
        assertEquals("careplan-spec: --to csv needs --out DIR\n", en.err());
        CliTest.Run open = CliTest.run("open", "--lang", "en", "--out", dir.resolve("o").toString(), json.toString());
        assertEquals("careplan-spec: give --key and --cert, or --kek\n", open.err());
    }

    @Test
    void importWarnsOfAnInMemoryDatabaseInTheLanguageAsked() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        String ja = db();
        CliTest.Run j = CliTest.run("import", "--db", ja, empty.toString());
        assertEquals(0, j.code(), j.err());
        assertEquals("インメモリのデータベースです。プロセスが終われば取り込んだ内容は失われます（" + ja + "）\n", j.err());
        String en = db();
        CliTest.Run e = CliTest.run("import", "--lang", "en", "--db", en, empty.toString());
        assertEquals("an in-memory database: what is imported is lost when the process ends (" + en + ")\n", e.err());
    }

    @Test
    void exportOfNothingSaysSoInTheLanguageAsked() throws Exception {
        String url = db() + ";DB_CLOSE_DELAY=-1";
        // an import of nothing makes the schema
        assertEquals(0, CliTest.run("import", "--db", url, Files.createDirectories(dir.resolve("empty")).toString())
                .code());
        CliTest.Run ja = CliTest.run("export", "--db", url, "--out", dir.resolve("a").toString());
        assertEquals(0, ja.code(), ja.err());
        assertEquals("データベースに書き出すレコードがありません\n", ja.err());
        CliTest.Run en = CliTest.run("export", "--lang", "en", "--db", url, "--out", dir.resolve("b").toString());
        assertEquals("the database holds no records to export\n", en.err());
        CliTest.Run bad = CliTest.run("export", "--lang", "en", "--db", "jdbc:nosuchdriver:x", "--out",
                dir.resolve("c").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("database error: "), bad.err());
    }

    @Test
    void importNamesARefusedEntryInOneLanguage() throws Exception {
        Path zip = dir.resolve("evil.zip");
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os)) {
            z.putNextEntry(new ZipEntry("../evil.CSV"));
            z.write("202407".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            z.closeEntry();
        }
        String ja = CliTest.run("import", "--db", db(), zip.toString()).out();
        assertTrue(ja.startsWith("rejected  [エラー] R21.UNIT010 evil.zip!/../evil.CSV: "), ja);
        String en = CliTest.run("import", "--lang", "en", "--db", db(), zip.toString()).out();
        assertTrue(en.startsWith("rejected  [error] R21.UNIT010 evil.zip!/../evil.CSV: "), en);
        assertFalse(ja.contains(" / ") || en.contains(" / "), "no Japanese / English join: " + ja + en);
        assertFalse(en.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA), en);
    }

    @Test
    void anImportLineCountsTheReasonsItLeavesOut() {
        List<String> seven = List.of("a", "b", "c", "d", "e", "f", "g");
        assertEquals("rejected  U — a | b | c | d | e | …（他 2 件）", ImportCommand.line("rejected ", "U", seven, Lang.ja));
        assertEquals("rejected  U — a | b | c | d | e | … (2 more)", ImportCommand.line("rejected ", "U", seven, Lang.en));
    }

    @Test
    void whatTheCommandsSayTheyDidIsInTheLanguageAsked() throws Exception {
        Path units = dir.resolve("units");
        CliTest.Run ja = CliTest.run("sample", "--out", units.toString());
        assertEquals(0, ja.code(), ja.err());
        assertTrue(ja.err().matches("(?s)\\d+ 個のファイルを .*units に書き出しました\\R"), ja.err());
        CliTest.Run en = CliTest.run("sample", "--lang", "en", "--out", dir.resolve("units-en").toString());
        assertTrue(en.err().matches("(?s)\\d+ files written to .*units-en\\R"), en.err());

        CliTest.Run forms = CliTest.run("render", "--out", dir.resolve("forms").toString(), units.toString());
        assertEquals(0, forms.code(), forms.err());
        assertTrue(forms.err().contains("ページと index.html を "), forms.err());
    }

    @Test
    void convertToJsonLocatesAReadersProblemInTheLanguageAsked() throws Exception {
        // a bad day in the file name's own kind: the reader's CSV015, worded as validate words it
        Path bad = dir.resolve("DLTPLAN_202504_0899999991_43_0899999992_11_20250415120000.CSV");
        Files.write(bad, "202407,131016,H123456789,202413\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        CliTest.Run ja = CliTest.run("convert", "--to", "json", bad.toString());
        assertEquals(1, ja.code(), ja.err());
        assertTrue(ja.err().startsWith("careplan-spec: " + bad.getFileName() + ": 行 1, レコード 1, No.4 削除対象年月: 値「202413」は"),
                ja.err());
        CliTest.Run en = CliTest.run("convert", "--lang", "en", "--to", "json", bad.toString());
        assertTrue(en.err().startsWith("careplan-spec: " + bad.getFileName() + ": line 1, record 1, No.4 削除対象年月: value '202413' is not"),
                en.err());
    }

    @Test
    void aFileSystemFailureSaysWhatWentWrongNotOnlyThePath() throws Exception {
        // the JDK's messages of these are the bare path: "careplan-spec: /x/y" told a clerk nothing
        assertEquals("/x/y: ファイルまたはフォルダがありません",
                CarePlanSpecCommand.ioMessage(new java.nio.file.NoSuchFileException("/x/y"), Lang.ja));
        assertEquals("/x/y: permission denied",
                CarePlanSpecCommand.ioMessage(new java.nio.file.AccessDeniedException("/x/y"), Lang.en));
        assertEquals("/x/y: すでに存在します",
                CarePlanSpecCommand.ioMessage(new java.nio.file.FileAlreadyExistsException("/x/y"), Lang.ja));
        assertEquals("/x/y: not a folder",
                CarePlanSpecCommand.ioMessage(new java.nio.file.NotDirectoryException("/x/y"), Lang.en));
        assertEquals("/a → /b: 読み書きできません（Read-only file system）", CarePlanSpecCommand.ioMessage(
                new java.nio.file.FileSystemException("/a", "/b", "Read-only file system"), Lang.ja));
        assertEquals("stream closed", CarePlanSpecCommand.ioMessage(new java.io.IOException("stream closed"), Lang.en));

        // and through the command line: a report that cannot be written where it was asked for
        Path file = dir.resolve("UPJSK_202504_1310100000_11_1310100001_43_20250502120000.CSV");
        Files.write(file, new byte[0]);
        CliTest.Run r = CliTest.run("validate", "--lang", "en", "--output", dir.toString(), file.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("careplan-spec: " + dir + ": cannot be read or written (Is a directory)\n", r.err());
    }

    @Test
    void aJsonFileThatIsNotJsonIsLocated() throws Exception {
        Path json = Files.writeString(dir.resolve("plan.json"), "{\n  \"file\": \"x\",\n  oops\n}");
        CliTest.Run ja = CliTest.run("convert", "--to", "csv", "--out", dir.resolve("out").toString(), json.toString());
        assertEquals(1, ja.code(), ja.err());
        assertTrue(ja.err().startsWith("careplan-spec: " + json + ": JSON として読めません（3 行 3 列）: "), ja.err());
        CliTest.Run en = CliTest.run("convert", "--lang", "en", "--to", "csv", "--out", dir.resolve("out").toString(),
                json.toString());
        assertTrue(en.err().startsWith("careplan-spec: " + json + ": not readable as JSON (line 3, column 3): "),
                en.err());
        assertTrue(Files.notExists(dir.resolve("out")));
    }
}
