package io.github.careplanspec.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.careplanspec.csv.ms932.Conversion;
import io.github.careplanspec.csv.ms932.ConversionPolicy;
import io.github.careplanspec.csv.ms932.Ms932;
import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.code.CareLevel;
import io.github.careplanspec.model.code.PlanCategory;
import io.github.careplanspec.model.kyotaku.CarePlanTable1;
import io.github.careplanspec.model.kyotaku.CarePlanTable1Deletion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CsvWriterReaderTest {
    static CarePlanTable1 table1(String policy) {
        return CarePlanTable1.builder()
                .key(InsurerNumber.parse("131016"), InsuredNumber.parse("H123456789"), LocalDate.of(2024, 10, 1))
                .createdOn(LocalDate.of(2024, 10, 1))
                .plannerName("髙橋 ｹｱ子")
                .supportOfficeName("さくら居宅介護支援事業所①")
                .supportOfficeNumber(OfficeNumber.parse("1310100001"))
                .firstPlanDate(LocalDate.of(2023, 4, 1))
                .planCategory(PlanCategory.CONTINUATION)
                .careLevel(CareLevel.CARE_2)
                .overallPolicy(policy)
                .build();
    }

    static <R extends Record> byte[] write(Class<R> type, List<R> records, ConversionPolicy policy,
            List<ItemConversion> conversions) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter<R> w = CsvWriter.open(type, out, policy, conversions::add)) {
            for (R r : records) {
                w.write(r);
            }
        }
        return out.toByteArray();
    }

    static <R extends Record> List<CsvItem<R>> read(Class<R> type, byte[] bytes, ReadOptions o) throws IOException {
        try (CsvReader<R> r = CsvReader.open(type, new ByteArrayInputStream(bytes), o)) {
            return r.stream().toList();
        }
    }

    @Test
    void up1kyoIsWrittenInTheSpecsDialectAndReadBack() throws Exception {
        CarePlanTable1 t = table1("自宅での生活を続けられるよう、\r\n\"通所\"と訪問を組み合わせる。");
        byte[] bytes = write(CarePlanTable1.class, List.of(t, t), ConversionPolicy.refuse(), new ArrayList<>());
        String text = Ms932.decode(bytes);
        String line = "202407,131016,H123456789,20241001,,\"\",\"\",\"髙橋 ｹｱ子\",\"さくら居宅介護支援事業所①\",,\"\",\"\","
                + "1310100001,20241001,20230401,21,,,,,22,\"\",\"\",\"自宅での生活を続けられるよう、\r\n\"\"通所\"\"と訪問を組み合わせる。\","
                + ",\"\",,\r\n";
        assertEquals(line + line, text);
        // 髙 in Java's MS932 form FB FC (R2, Q36)
        assertTrue(indexOf(bytes, new byte[] {(byte) 0xFB, (byte) 0xFC}) > 0);
        List<CsvItem<CarePlanTable1>> items = read(CarePlanTable1.class, bytes, ReadOptions.strict());
        assertEquals(2, items.size());
        assertEquals(t, items.get(0).value());
        assertTrue(items.get(0).problems().isEmpty(), items.get(0).problems()::toString);
        assertEquals(3, items.get(1).line());
        assertEquals(2, items.get(1).recordIndex());
        assertEquals("自宅での生活を続けられるよう、\r\n\"通所\"と訪問を組み合わせる。", items.get(1).texts().get(23));
    }

    @Test
    void readersAndWritersAreFoundThroughTheCatalog() throws Exception {
        CarePlanTable1Deletion d = CarePlanTable1Deletion.of(InsurerNumber.parse("131016"),
                InsuredNumber.parse("0000012345"), LocalDate.of(2024, 10, 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter<? extends Record> w = CsvWriter.open(FileKind.DLT1KYO, out, ConversionPolicy.refuse(),
                c -> { })) {
            writeAny(w, d);
        }
        assertEquals("202407,131016,0000012345,20241001\r\n", Ms932.decode(out.toByteArray()));
        try (CsvReader<? extends Record> r = CsvReader.open(FileKind.DLT1KYO,
                new ByteArrayInputStream(out.toByteArray()), ReadOptions.strict())) {
            assertEquals(List.of(d), r.stream().map(CsvItem::value).toList());
        }
    }

    @SuppressWarnings("unchecked")
    private static <R extends Record> void writeAny(CsvWriter<R> w, Record r) throws IOException {
        w.write((R) r);
    }

    @Test
    void theWriterConvertsAndReportsOrRefusesWithLocation() throws Exception {
        List<ItemConversion> conv = new ArrayList<>();
        byte[] bytes = write(CarePlanTable1.class, List.of(table1("〜𠮷")), ConversionPolicy.replace(), conv);
        assertEquals("～〓", read(CarePlanTable1.class, bytes, ReadOptions.strict()).get(0).value().overallPolicy());
        assertEquals(2, conv.size());
        assertEquals(24, conv.get(0).column().no());
        assertEquals(1, conv.get(0).recordIndex());
        assertEquals(Conversion.Reason.JIS_MAPPING, conv.get(0).conversion().reason());
        assertEquals("𠮷", conv.get(1).conversion().original());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter<CarePlanTable1> w = CsvWriter.open(CarePlanTable1.class, out, ConversionPolicy.refuse(),
                c -> { })) {
            w.write(table1("ok"));
            CsvWriteException e = assertThrows(CsvWriteException.class, () -> w.write(table1("a〜")));
            assertEquals(1, e.refusals().size());
            assertEquals(2, e.refusals().get(0).recordIndex());
            assertEquals("総合的な援助の方針", e.refusals().get(0).column().name());
            assertEquals(1, e.refusals().get(0).conversion().offset());
            assertTrue(e.getMessage().contains("U+301C"), e.getMessage());
            assertEquals("csv.write.unencodable", e.id().key());
            assertEquals(List.of(e.refusals()), e.params());
            assertTrue(e.getMessage().startsWith("not convertible to MS932 (R2c): record 2 "), e.getMessage());
            assertTrue(e.message(Locale.JAPANESE).startsWith("MS932 に変換できない文字があります（R2c）: レコード 2 "),
                    e.message(Locale.JAPANESE));
            w.write(table1("next"));
            assertEquals(2, w.count());
        }
        List<CsvItem<CarePlanTable1>> back = read(CarePlanTable1.class, out.toByteArray(), ReadOptions.strict());
        assertEquals(List.of("ok", "next"), back.stream().map(i -> i.value().overallPolicy()).toList());
    }

    @Test
    void everyProblemIsLocatedWithLineRecordColumnNameRawAndExpectation() throws Exception {
        String ok = "202407,20240101,\"a\r\nb\"\r\n";
        byte[] bytes = DialectCasesTest.bytes(ok + "202407,20250231,\"x\"\r\n" + ok + "202407,20240101,\"{80}\"\r\n",
                Ms932.CHARSET);
        List<CsvItem<Mini>> items = read(Mini.class, bytes, ReadOptions.strict());
        CsvProblem date = items.get(1).problems().get(0);
        assertEquals(ProblemCode.FIELD_FORMAT, date.code());
        assertEquals(3, date.line());
        assertEquals(2, date.recordIndex());
        assertEquals(2, date.column().no());
        assertEquals("日付", date.column().name());
        assertEquals("20250231", date.raw());
        assertEquals("YYYYMMDD, a real date", date.expected());
        assertEquals("model.expected.date", date.expectation().id().key());
        assertEquals("行 3, レコード 2, No.2 日付: 値「20250231」は 実在する日付の YYYYMMDD ではありません [CSV015 R10]",
                date.message(Locale.JAPANESE));
        assertEquals("line 3, record 2, No.2 日付: value '20250231' is not YYYYMMDD, a real date [CSV015 R10]",
                date.message(Locale.ENGLISH));
        CsvProblem bad = items.get(3).problems().get(0);
        assertEquals(ProblemCode.MALFORMED_BYTES, bad.code());
        assertEquals(6, bad.line());
        assertEquals(3, bad.column().no());
        assertEquals(2 * ok.length() + "202407,20250231,\"x\"\r\n".length() + "202407,20240101,\"".length(),
                bad.byteOffset());
        assertEquals("80", bad.detail());
        for (CsvItem<Mini> i : items) {
            for (CsvProblem p : i.problems()) {
                assertTrue(p.line() >= 1 && p.recordIndex() >= 1, p::toString);
            }
        }
    }

    @Test
    void commonsCsvMisalignsAfterABadQuoteButThisReaderDoesNot() throws Exception {
        String text = "202407,20240101,\"a\"\r\n202407,\"bad\"z,y\r\n202407,20240102,\"c\"\r\n";
        List<CsvItem<Mini>> ours = read(Mini.class, text.getBytes(Ms932.CHARSET), ReadOptions.strict());
        assertEquals(List.of(1L, 2L, 3L), ours.stream().map(CsvItem::recordIndex).toList());
        assertEquals("c", ours.get(2).value().memo());
        assertFalse(ours.get(1).isOk());
    }

    /** Arbitrary MS932 text, weighted towards the characters the dialect cares about. */
    static Gen<String> ms932Text() {
        String specials = "\",\r\n ｱ髙①～－¥\\'\t";
        Gen<String> any = strings().betweenCodePoints(0x20, 0x9FFF).ofLengthBetween(0, 6);
        Gen<String> special = lists().of(integers().between(0, specials.length() - 1)).ofSizeBetween(0, 6)
                .map(l -> l.stream().map(i -> String.valueOf(specials.charAt(i))).reduce("", String::concat));
        return any.zip(special, (a, b) -> a + b).map(s -> ConversionPolicy.replace("?").convert(s).text());
    }

    @Test
    void writeThenReadRoundTripsArbitraryRecordsByteExactly() {
        Gen<Mini> minis = ms932Text().zip(integers().between(0, 3000), (memo, days) -> new Mini(CsvVersion.V4_1,
                days % 7 == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(days), memo.isEmpty() ? null : memo));
        qt().withExamples(300).forAll(lists().of(minis).ofSizeBetween(1, 8)).checkAssert(records -> {
            try {
                byte[] bytes = write(Mini.class, records, ConversionPolicy.refuse(), new ArrayList<>());
                List<CsvItem<Mini>> back = read(Mini.class, bytes, ReadOptions.strict());
                assertEquals(records, back.stream().map(CsvItem::value).toList());
                assertTrue(back.stream().allMatch(i -> i.problems().isEmpty()));
                assertArrayEquals(bytes, write(Mini.class, back.stream().map(CsvItem::value).toList(),
                        ConversionPolicy.refuse(), new ArrayList<>()));
                // Commons CSV reads our bytes to the same item texts: one dialect
                List<List<String>> commons = new ArrayList<>();
                try (CSVParser p = CSVParser.parse(new StringReader(Ms932.decode(bytes)), CSVFormat.RFC4180)) {
                    for (CSVRecord r : p) {
                        commons.add(r.toList());
                    }
                }
                assertEquals(commons, back.stream().map(CsvItem::texts).toList());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void arbitraryBytesNeverMakeTheReaderThrow() {
        qt().withExamples(500).forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 300),
                integers().between(0, 1)).checkAssert((ints, lenient) -> {
                    byte[] b = new byte[ints.size()];
                    for (int i = 0; i < b.length; i++) {
                        b[i] = (byte) (int) ints.get(i);
                    }
                    try {
                        List<CsvItem<CarePlanTable1>> items = read(CarePlanTable1.class, b,
                                lenient == 1 ? ReadOptions.lenient() : ReadOptions.strict());
                        for (CsvItem<CarePlanTable1> i : items) {
                            assertTrue(i.isOk() || !i.problems().isEmpty());
                        }
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    void streamsALargeFileInConstantMemory() throws Exception {
        long records = 200_000;
        byte[] one = "202407,20240101,\"髙橋　一行目\r\n二行目, \"\"引用\"\"\"\r\n".getBytes(Ms932.CHARSET);
        InputStream generated = new InputStream() {
            long pos;

            @Override
            public int read() {
                return pos < records * one.length ? one[(int) (pos++ % one.length)] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len && pos < records * one.length) {
                    b[off + n++] = one[(int) (pos++ % one.length)];
                }
                return n == 0 && len > 0 ? -1 : n;
            }
        };
        long ok = 0;
        long lastLine = 0;
        try (CsvReader<Mini> r = CsvReader.open(Mini.class, generated, ReadOptions.strict())) {
            while (r.hasNext()) {
                CsvItem<Mini> i = r.next();
                ok += i.isOk() ? 1 : 0;
                lastLine = i.line();
            }
        }
        assertEquals(records, ok);
        assertEquals(2 * records - 1, lastLine);
    }

    @Test
    void emptyInputHasNoItems() throws Exception {
        assertEquals(List.of(), read(Mini.class, new byte[0], ReadOptions.strict()));
    }

    @Test
    void tooLongRecordsAreSkippedToTheNextRecord() throws Exception {
        String huge = "202407,20240101,\"" + "あ".repeat(5000) + "\"\r\n";
        byte[] bytes = (huge + "202407,20240102,\"ok\"\r\n").getBytes(Ms932.CHARSET);
        List<CsvItem<Mini>> items = read(Mini.class, bytes, ReadOptions.strict().withMaxRecordChars(1024));
        assertEquals(ProblemCode.RECORD_TOO_LONG, items.get(0).problems().get(0).code());
        assertEquals("ok", items.get(1).value().memo());
        assertEquals(2, items.get(1).line());

        // longer than the decode buffer: skipped while streaming, lines still counted
        String longer = "202407,20240101,\"" + "い\r\n".repeat(100_000) + "\"\r\n";
        bytes = (longer + "202407,20240102,\"ok\"\r\n").getBytes(Ms932.CHARSET);
        items = read(Mini.class, bytes, ReadOptions.strict().withMaxRecordChars(4096));
        assertEquals(ProblemCode.RECORD_TOO_LONG, items.get(0).problems().get(0).code());
        assertEquals(2, items.size(), items::toString);
        assertEquals("ok", items.get(1).value().memo());
        assertEquals(100_002, items.get(1).line());
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
