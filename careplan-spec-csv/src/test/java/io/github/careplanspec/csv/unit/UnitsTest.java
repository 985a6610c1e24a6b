package io.github.careplanspec.csv.unit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.csv.CsvItem;
import io.github.careplanspec.csv.CsvReader;
import io.github.careplanspec.csv.ReadOptions;
import io.github.careplanspec.model.catalog.InvalidValueException;
import io.github.careplanspec.model.issue.Severity;
import io.github.careplanspec.csv.envelope.Envelope;
import io.github.careplanspec.csv.envelope.KeyEncryptionKey;
import io.github.careplanspec.csv.envelope.NamedContent;
import io.github.careplanspec.csv.envelope.Opener;
import io.github.careplanspec.csv.envelope.Recipient;
import io.github.careplanspec.csv.envelope.Sealer;
import io.github.careplanspec.csv.ms932.Ms932;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.name.FileSequence;
import io.github.careplanspec.model.name.NamePart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transmission units: sending (R21), receiving folders and ZIPs (R22 order, R21 checks, P3), hostile archives. */
class UnitsTest {
    static final OfficeNumber KYOTAKU = OfficeNumber.parse("1310100001");
    static final ServiceTypeCode T43 = ServiceTypeCode.parse("43");
    static final OfficeNumber HOMON = OfficeNumber.parse("1310100002");
    static final ServiceTypeCode T11 = ServiceTypeCode.parse("11");
    static final FileSequence SEQ = FileSequence.parse("20241001120000");
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0,
        (byte) 0xFF, (byte) 0xD9};

    @TempDir
    Path dir;

    static TransmissionUnit.Builder builder(FileSequence seq) {
        return TransmissionUnit.builder(KYOTAKU, T43, HOMON, T11, seq);
    }

    static TransmissionUnit ticketUnit(FileSequence seq, String month) throws IOException {
        return builder(seq)
                .add(FileKind.UPPLAN, List.of(Rows.record(FileKind.UPPLAN, Map.of(5, month)),
                        Rows.record(FileKind.UPPLAN, Map.of(5, month, 3, "1234567891"))))
                .add(FileKind.UPSIKYU, List.of(Rows.record(FileKind.UPSIKYU, Map.of(5, month))))
                .add(FileKind.UPHOSOKU, List.of(Rows.record(FileKind.UPHOSOKU, Map.of(4, "00000000", 63, month))))
                .build();
    }

    static TransmissionUnit planUnit(FileSequence seq) throws IOException {
        return builder(seq)
                .add(FileKind.UPHOSOKU, List.of(Rows.record(FileKind.UPHOSOKU, Map.of())))
                .add(FileKind.UP3KYO, List.of(Rows.record(FileKind.UP3KYO, Map.of())))
                .add(FileKind.UP2KYO, List.of(Rows.record(FileKind.UP2KYO, Map.of())))
                .add(FileKind.UP1KYO, List.of(Rows.record(FileKind.UP1KYO, Map.of())))
                .build();
    }

    static List<String> names(TransmissionUnit u) {
        return u.files().stream().map(UnitFile::fileName).toList();
    }

    static List<UnitProblemCode> codes(ReceivedUnits r) {
        return r.problems().stream().map(UnitProblem::code).toList();
    }

    // ------------------------------------------------------------------ sending

    @Test
    void theBuilderNamesEveryFileWithOneSequenceAndTheRecordsMonth() throws Exception {
        TransmissionUnit u = ticketUnit(SEQ, "202410");
        assertEquals(List.of("UPPLAN_202410_1310100001_43_1310100002_11_20241001120000.CSV",
                "UPSIKYU_202410_1310100001_43_1310100002_11_20241001120000.CSV",
                "UPHOSOKU_202410_1310100001_43_1310100002_11_20241001120000.CSV"), names(u));
        assertTrue(u.check().isEmpty(), u.check()::toString);
        // plan unit: UPHOSOKU plan-linked 000000 (R37), parents first (R22)
        TransmissionUnit p = planUnit(SEQ);
        assertEquals(List.of("UP1KYO_1310100001_43_1310100002_11_20241001120000.CSV",
                "UP2KYO_1310100001_43_1310100002_11_20241001120000.CSV",
                "UP3KYO_1310100001_43_1310100002_11_20241001120000.CSV",
                "UPHOSOKU_000000_1310100001_43_1310100002_11_20241001120000.CSV"), names(p));
        // bytes are the writer's: MS932, CRLF, 2 records
        String text = Ms932.decode(u.files().get(0).bytes());
        assertEquals(2, text.split("\r\n").length);
        assertTrue(text.endsWith("\r\n"));
    }

    @Test
    void theBuilderRefusesWhatIsNoUnitOfTheSpec() {
        IllegalStateException incomplete = assertThrows(IllegalStateException.class, () -> builder(SEQ)
                .add(FileKind.UPPLAN, List.of(Rows.record(FileKind.UPPLAN, Map.of(5, "202410")))).build());
        assertTrue(incomplete.getMessage().contains("UNIT003") && incomplete.getMessage().contains("UPSIKYU"),
                incomplete.getMessage());
        UnitBuildException notUnit = (UnitBuildException) incomplete;
        assertEquals("unit.notSpecUnit", notUnit.id().key());
        assertEquals(notUnit.problems(), notUnit.params());
        assertTrue(notUnit.getMessage().startsWith("not a transmission unit of the spec:"), notUnit.getMessage());
        assertFalse(notUnit.getMessage().contains("送信単位に必要"), "getMessage() is English: " + notUnit.getMessage());
        assertTrue(notUnit.message(Locale.JAPANESE).startsWith("仕様の送信単位ではありません:")
                && notUnit.message(Locale.JAPANESE).contains("送信単位に必要なファイルがありません"),
                notUnit.message(Locale.JAPANESE));
        IllegalArgumentException twoMonths = assertThrows(IllegalArgumentException.class, () -> builder(SEQ)
                .add(FileKind.UPPLAN, List.of(Rows.record(FileKind.UPPLAN, Map.of(5, "202410")),
                        Rows.record(FileKind.UPPLAN, Map.of(5, "202411")))).build());
        assertTrue(twoMonths.getMessage().contains("R20"), twoMonths.getMessage());
        InvalidValueException oneMonth = (InvalidValueException) twoMonths;
        assertEquals("unit.build.oneMonth", oneMonth.id().key());
        assertEquals(FileKind.UPPLAN, oneMonth.params().get(0));
        assertTrue(oneMonth.message(Locale.JAPANESE).contains("1ファイルは単月"), oneMonth.message(Locale.JAPANESE));
        IllegalStateException mixed = assertThrows(IllegalStateException.class, () -> builder(SEQ)
                .add(FileKind.DLT1KYO, List.of(Rows.record(FileKind.DLT1KYO, Map.of())))
                .add(FileKind.UPJSK, List.of(Rows.record(FileKind.UPJSK, Map.of()))).build());
        assertTrue(mixed.getMessage().contains("UNIT006"), mixed.getMessage());
        assertThrows(IllegalArgumentException.class, () -> builder(SEQ).image(1, "GIF89a".getBytes(
                StandardCharsets.US_ASCII)));
        assertThrows(IllegalArgumentException.class, () -> builder(SEQ)
                .add(FileKind.UP1KYO, List.of(Rows.record(FileKind.UP2KYO, Map.of()))));
        TransmissionUnit.Builder many = builder(SEQ)
                .add(FileKind.UPKIHON, List.of(Rows.record(FileKind.UPKIHON, Map.of())));
        for (int i = 1; i <= 100; i++) {
            many.image(i, JPEG);
        }
        IllegalStateException tooMany = assertThrows(IllegalStateException.class, many::build);
        assertTrue(tooMany.getMessage().contains("100"), tooMany.getMessage());
    }

    @Test
    void aBuiltUnitRoundTripsThroughZipToTheSameRecords() throws Exception {
        TransmissionUnit sent = ticketUnit(SEQ, "202410");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        sent.writeZip(zip);
        ReceivedUnits r = Units.openZip(new ByteArrayInputStream(zip.toByteArray()));
        assertEquals(List.of(), r.problems());
        assertEquals(1, r.units().size());
        TransmissionUnit got = r.units().get(0);
        assertEquals(sent.key(), got.key());
        assertEquals(names(sent), names(got));
        for (int i = 0; i < sent.files().size(); i++) {
            assertArrayEquals(sent.files().get(i).bytes(), got.files().get(i).bytes());
            assertEquals(records(sent.files().get(i)), records(got.files().get(i)));
        }
        assertEquals(List.of(Rows.record(FileKind.UPPLAN, Map.of(5, "202410")),
                Rows.record(FileKind.UPPLAN, Map.of(5, "202410", 3, "1234567891"))), records(got.files().get(0)));
    }

    static List<Record> records(UnitFile f) throws IOException {
        try (CsvReader<? extends Record> r = f.reader(ReadOptions.strict())) {
            List<Record> out = new ArrayList<>();
            r.forEachRemaining(it -> {
                assertTrue(it.problems().isEmpty(), it.problems()::toString);
                out.add(it.value());
            });
            return out;
        }
    }

    // ------------------------------------------------------------------ receiving

    @Test
    void aFolderIsGroupedIntoUnitsInProcessingOrderWithThePdfBeside() throws Exception {
        FileSequence early = FileSequence.parse("20241001090000");
        FileSequence late = FileSequence.parse("20241002090000");
        planUnit(late).writeTo(dir);
        ticketUnit(early, "202411").writeTo(dir);
        TransmissionUnit delete = builder(FileSequence.parse("20241001100000"))
                .add(FileKind.DLT1KYO, List.of(Rows.record(FileKind.DLT1KYO, Map.of()))).build();
        delete.writeTo(dir);
        // same sequence, another sender: after the first sender (order the spec leaves open, R22)
        TransmissionUnit other = TransmissionUnit.builder(OfficeNumber.parse("1310100000"), T43, HOMON, T11, late)
                .add(FileKind.DLTPLAN, List.of(Rows.record(FileKind.DLTPLAN, Map.of()))).build();
        other.writeTo(dir);
        Files.write(dir.resolve("Sample.pdf"), "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        Files.createDirectory(dir.resolve("old"));

        ReceivedUnits r = Units.open(dir);
        assertEquals(List.of(), codes(r), "an empty subfolder is walked (folders are read recursively)");
        assertFalse(r.hasErrors());
        assertEquals(List.of("20241001090000", "20241001100000", "20241002090000", "20241002090000"),
                r.units().stream().map(u -> u.key().sequence().text()).toList());
        assertEquals("1310100000", r.units().get(2).key().senderOffice().text());
        assertEquals(List.of(FileKind.UP1KYO, FileKind.UP2KYO, FileKind.UP3KYO, FileKind.UPHOSOKU),
                r.units().get(3).files().stream().map(UnitFile::kind).toList());
        assertEquals(List.of("Sample.pdf"), r.attachments().stream().map(Attachment::name).toList());
        assertEquals(8, r.attachments().get(0).size());
    }

    @Test
    void whatDoesNotFitIsReportedAsData() throws Exception {
        ticketUnit(SEQ, "202410").writeTo(dir);
        Files.delete(dir.resolve("UPSIKYU_202410_1310100001_43_1310100002_11_20241001120000.CSV"));
        String tail = "_1310100001_43_1310100002_11_";
        byte[] csv = "202407\r\n".getBytes(StandardCharsets.US_ASCII);
        Files.write(dir.resolve("UPYOBO" + tail + "20241001130000.CSV"), csv);
        Files.write(dir.resolve("UPYOBO_SUB" + tail + "20241001130001.CSV"), csv);   // tail differs (P3)
        Files.write(dir.resolve("UPKIHON" + tail + "20241001140000.CSV"), csv);
        Files.write(dir.resolve("UPKIHON_IMAGE" + tail + "20241001140000_0001.jpg"), "GIF89a".getBytes(
                StandardCharsets.US_ASCII));
        Files.write(dir.resolve("UPKIHON_IMAGE" + tail + "20241001140000_0002.JPG"), JPEG);
        Files.write(dir.resolve("UP1KYO_131010001_43_1310100002_11_20241001120000.CSV"), csv); // 9 digits (Q11)
        Files.write(dir.resolve("notes.csv"), csv);
        Files.write(dir.resolve("Sample.pdf"), csv);

        ReceivedUnits r = Units.open(dir);
        assertFalse(r.isRefused());
        List<UnitProblem> ps = r.problems();
        UnitProblem badName = find(ps, UnitProblemCode.INVALID_NAME, "UP1KYO_131010001");
        assertTrue(badName.detail(Locale.JAPANESE).contains(NamePart.SENDER_OFFICE.labelJa()), badName.detail());
        assertTrue(badName.detail().contains(NamePart.SENDER_OFFICE.labelEn()), badName.detail());
        find(ps, UnitProblemCode.INVALID_NAME, "notes.csv");
        find(ps, UnitProblemCode.NOT_JPEG, "_0001.jpg");
        UnitProblem sub = find(ps, UnitProblemCode.SUB_TAIL_MISMATCH, "UPYOBO_SUB");
        assertTrue(sub.detail().contains("UPYOBO" + tail + "20241001130000.CSV"), sub.detail());
        UnitProblem incomplete = find(ps, UnitProblemCode.INCOMPLETE_UNIT, "UPPLAN_202410");
        assertTrue(incomplete.detail().startsWith("UPSIKYU"), incomplete.detail());
        assertEquals(SEQ, incomplete.unit().sequence());
        assertTrue(incomplete.message(Locale.JAPANESE).contains("送信単位に必要なファイルがありません"));
        assertTrue(incomplete.message(Locale.ENGLISH).endsWith("[UNIT003 R21]"), incomplete.message(Locale.ENGLISH));
        assertEquals(5, ps.size(), ps::toString);
        assertFalse(sub.message(Locale.ENGLISH).contains("{0}"), sub.message(Locale.ENGLISH));
        // the PDF is beside, never an error; the JPEG stays with its UPKIHON
        assertEquals(List.of("Sample.pdf"), r.attachments().stream().map(Attachment::name).toList());
        TransmissionUnit kihon = r.units().stream().filter(u -> !u.files(FileKind.UPKIHON).isEmpty()).findFirst()
                .orElseThrow();
        assertEquals(List.of(FileKind.UPKIHON, FileKind.UPKIHON_IMAGE),
                kihon.files().stream().map(UnitFile::kind).toList());
        assertEquals(List.of(UnitProblemCode.NOT_JPEG), r.problems(kihon).stream().map(UnitProblem::code).toList());
    }

    static UnitProblem find(List<UnitProblem> ps, UnitProblemCode code, String inLocation) {
        return ps.stream().filter(p -> p.code() == code && p.location() != null && p.location().contains(inLocation))
                .findFirst().orElseThrow(() -> new AssertionError(code + " at " + inLocation + " not in " + ps));
    }

    @Test
    void monthSegmentsOfAUnitMustAgree() throws Exception {
        ticketUnit(SEQ, "202410").writeTo(dir);
        Path annex = dir.resolve("UPSIKYU_202410_1310100001_43_1310100002_11_20241001120000.CSV");
        Files.move(annex, dir.resolve("UPSIKYU_202409_1310100001_43_1310100002_11_20241001120000.CSV"));
        ReceivedUnits r = Units.open(dir);
        assertEquals(List.of(UnitProblemCode.MONTH_MISMATCH), codes(r));
        assertTrue(r.problems().get(0).location().startsWith("UPSIKYU_202409"));
    }

    // ------------------------------------------------------------------ hostile archives

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out, Ms932.CHARSET)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static Map<String, byte[]> ordered(Object... nameThenBytes) {
        Map<String, byte[]> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameThenBytes.length; i += 2) {
            m.put((String) nameThenBytes[i], (byte[]) nameThenBytes[i + 1]);
        }
        return m;
    }

    static ReceivedUnits open(byte[] zip, UnitLimits limits) throws IOException {
        return UnitReader.withLimits(limits).readZip(new ByteArrayInputStream(zip), "test.zip");
    }

    @Test
    void unsafePathsAreNotReadAndTheRestIs() throws Exception {
        byte[] d = "202407,131016,1234567890,20241001\r\n".getBytes(StandardCharsets.US_ASCII);
        String ok = "DLT1KYO_1310100001_43_1310100002_11_20241001120000.CSV";
        byte[] z = zip(ordered("../" + ok, d, "/etc/" + ok, d, "C:/x/" + ok, d, "a\\..\\" + ok, d, "d/../../" + ok,
                d, "in/sub/" + ok, d, "計画書.pdf", d));
        ReceivedUnits r = open(z, UnitLimits.defaults());
        assertEquals(List.of(UnitProblemCode.UNSAFE_PATH, UnitProblemCode.UNSAFE_PATH, UnitProblemCode.UNSAFE_PATH,
                UnitProblemCode.UNSAFE_PATH, UnitProblemCode.UNSAFE_PATH), codes(r));
        assertEquals(List.of("../" + ok, "/etc/" + ok, "C:/x/" + ok, "a\\..\\" + ok, "d/../../" + ok),
                r.problems().stream().map(UnitProblem::location).toList());
        assertEquals(1, r.units().size());
        assertEquals(ok, r.units().get(0).files().get(0).fileName());
        // an MS932 entry name (no UTF-8 flag, as Windows writes it) is read as MS932
        assertEquals(List.of("計画書.pdf"), r.attachments().stream().map(Attachment::name).toList());
    }

    @Test
    void aZipBombIsRefusedByRatioWhileInflating() throws Exception {
        byte[] zeros = new byte[4 << 20];
        ReceivedUnits r = open(zip(ordered("UP1KYO_1310100001_43_1310100002_11_20241001120000.CSV", zeros)),
                UnitLimits.defaults());
        assertTrue(r.isRefused());
        assertEquals(List.of(UnitProblemCode.COMPRESSION_RATIO), codes(r));
        assertTrue(r.units().isEmpty() && r.attachments().isEmpty());
    }

    @Test
    void entryAndTotalSizesAreCountedWhileInflatingNotTakenFromHeaders() throws Exception {
        // ZipOutputStream writes deflated entries with sizes 0 in the local header (data descriptor after the data)
        byte[] noise = new byte[5000];
        new java.util.Random(1).nextBytes(noise);
        ReceivedUnits big = open(zip(ordered("Sample.pdf", noise)), UnitLimits.defaults().withMaxBytes(4000, 1 << 20));
        assertEquals(List.of(UnitProblemCode.ENTRY_TOO_LARGE), codes(big));
        assertTrue(big.isRefused());
        assertEquals("Sample.pdf", big.problems().get(0).location());
        ReceivedUnits total = open(zip(ordered("a.pdf", noise, "b.pdf", noise, "c.pdf", noise)),
                UnitLimits.defaults().withMaxBytes(6000, 12000));
        assertEquals(List.of(UnitProblemCode.TOTAL_TOO_LARGE), codes(total));
        assertEquals("c.pdf", total.problems().get(0).location());
    }

    @Test
    void tooManyEntriesAndMoreThanOneHundredFilesAreRefused() throws Exception {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 101; i++) {
            files.put("f" + i + ".pdf", new byte[] {1});
        }
        ReceivedUnits r = open(zip(files), UnitLimits.defaults());
        assertTrue(r.isRefused());
        assertEquals(List.of(UnitProblemCode.TOO_MANY_FILES), codes(r));
        assertTrue(r.problems().get(0).message(Locale.JAPANESE).contains("100 ファイルまで"));
        files.remove("f100.pdf");
        assertFalse(open(zip(files), UnitLimits.defaults()).isRefused());
        assertEquals(100, open(zip(files), UnitLimits.defaults()).attachments().size());

        Map<String, byte[]> dirs = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            dirs.put("d" + i + "/", new byte[0]);
        }
        ReceivedUnits e = open(zip(dirs), UnitLimits.defaults().withMaxEntries(5));
        assertEquals(List.of(UnitProblemCode.TOO_MANY_ENTRIES), codes(e));

        // a folder is not a ZIP: the receiver's own disk has no count limit
        for (int i = 0; i < 101; i++) {
            Files.write(dir.resolve("f" + i + ".pdf"), new byte[] {1});
        }
        ReceivedUnits folder = Units.open(dir);
        assertEquals(List.of(), codes(folder));
        assertEquals(101, folder.attachments().size());
    }

    @Test
    void nestedArchivesAreListedNotOpenedAndBrokenArchivesAreProblems() throws Exception {
        byte[] inner = zip(ordered("DLT1KYO_1310100001_43_1310100002_11_20241001120000.CSV", new byte[] {'x'}));
        ReceivedUnits r = open(zip(ordered("inner.zip", inner)), UnitLimits.defaults());
        assertEquals(List.of(UnitProblemCode.NESTED_ARCHIVE), codes(r));
        assertEquals(Severity.WARNING, r.problems().get(0).severity());
        assertTrue(r.units().isEmpty());
        assertArrayEquals(inner, r.attachments().get(0).bytes());

        ReceivedUnits notZip = open("hello".getBytes(StandardCharsets.US_ASCII), UnitLimits.defaults());
        assertEquals(List.of(UnitProblemCode.ARCHIVE_MALFORMED), codes(notZip));
        byte[] whole = zip(ordered("Sample.pdf", new byte[3000]));
        ReceivedUnits cut = open(Arrays.copyOf(whole, 40), UnitLimits.defaults());
        assertEquals(List.of(UnitProblemCode.ARCHIVE_MALFORMED), codes(cut));
        assertTrue(cut.isRefused());
    }

    @Test
    void aZipFileOnDiskAndASingleFileAreOpenedByPath() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        planUnit(SEQ).writeZip(out);
        Path z = dir.resolve("received.bin");
        Files.write(z, out.toByteArray());
        ReceivedUnits r = Units.open(z);
        assertEquals(List.of(), r.problems());
        assertEquals(4, r.units().get(0).files().size());
        Path single = dir.resolve("DLT1KYO_1310100001_43_1310100002_11_20241001120000.CSV");
        Files.write(single, "202407,131016,1234567890,20241001\r\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(FileKind.DLT1KYO, Units.open(single).units().get(0).files().get(0).kind());
    }

    // ------------------------------------------------------------------ envelopes

    @Test
    void aUnitIsSealedAsOneEnvelopeAndOpensToTheSameFiles() throws Exception {
        KeyEncryptionKey kek = KeyEncryptionKey.aes256("unit-test", new byte[32]);
        Sealer sealer = Envelope.sealer().recipient(Recipient.kek(kek)).build();
        Opener opener = Envelope.opener().kek(kek).build();
        TransmissionUnit sent = builder(SEQ)
                .add(FileKind.UPKIHON, List.of(Rows.record(FileKind.UPKIHON, Map.of())))
                .add(FileKind.UPKIHON_SUB1, List.of(Rows.record(FileKind.UPKIHON_SUB1, Map.of())))
                .image(1, JPEG)
                .build();
        TransmissionUnit got = UnitEnvelopes.open(UnitEnvelopes.seal(sent, sealer), opener);
        assertEquals(names(sent), names(got));
        for (int i = 0; i < sent.files().size(); i++) {
            assertArrayEquals(sent.files().get(i).bytes(), got.files().get(i).bytes());
        }
        // names are checked on open
        byte[] odd = sealer.sealUnit(List.of(new NamedContent("UP1KYO_1.CSV", new byte[] {1}),
                new NamedContent("Sample.pdf", new byte[] {2})));
        InvalidUnitException e = assertThrows(InvalidUnitException.class, () -> UnitEnvelopes.open(odd, opener));
        assertEquals(List.of(UnitProblemCode.INVALID_NAME, UnitProblemCode.INVALID_NAME),
                e.problems().stream().map(UnitProblem::code).toList());
        assertEquals("unit.notOneUnit", e.id().key());
        assertEquals(List.copyOf(e.problems()), e.params());
        assertTrue(e.getMessage().startsWith("not one transmission unit:") && !e.getMessage().contains(" / "),
                e.getMessage());
        assertTrue(e.message(Locale.JAPANESE).startsWith("1つの送信単位ではありません:")
                && e.message(Locale.JAPANESE).contains("インタフェースファイルではない"), e.message(Locale.JAPANESE));
        assertEquals(List.of("Sample.pdf"), UnitEnvelopes.openAll(odd, opener).attachments().stream()
                .map(Attachment::name).toList());
    }

    @Test
    void readerItemsOfAReceivedFileAreTyped() throws Exception {
        TransmissionUnit u = planUnit(SEQ);
        try (CsvReader<? extends Record> r = u.files().get(0).reader(ReadOptions.strict())) {
            CsvItem<? extends Record> item = r.next();
            assertEquals(Rows.record(FileKind.UP1KYO, Map.of()), item.value());
        }
        assertThrows(IllegalStateException.class, () -> UnitFile.of(
                io.github.careplanspec.model.name.InterfaceFileName.image(KYOTAKU, T43, HOMON, T11, SEQ, 1), JPEG)
                .reader(ReadOptions.strict()));
    }
}
