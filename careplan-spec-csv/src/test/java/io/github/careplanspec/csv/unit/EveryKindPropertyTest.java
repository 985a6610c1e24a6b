package io.github.careplanspec.csv.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.careplanspec.csv.CsvItem;
import io.github.careplanspec.csv.CsvReader;
import io.github.careplanspec.csv.CsvWriter;
import io.github.careplanspec.csv.ReadOptions;
import io.github.careplanspec.csv.ms932.ConversionPolicy;
import io.github.careplanspec.csv.ms932.Ms932;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Parsed;
import io.github.careplanspec.model.catalog.RecordLayout;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For EVERY CSV kind of the catalog: an arbitrary valid record (generated item by item from the layout) → CsvWriter
 * → CsvReader (strict) → the equal record, the bytes strict MS932 (R2, R3, R7); and arbitrary bytes into the
 * kind's reader never throw an unchecked exception.
 */
class EveryKindPropertyTest {
    static List<FileKind> csvKinds() {
        return Arrays.stream(FileKind.values()).filter(FileKind::isCsv).toList();
    }

    @TestFactory
    List<DynamicTest> arbitraryValidRecordsRoundTrip() {
        return csvKinds().stream().map(kind -> DynamicTest.dynamicTest(kind.prefix(), () -> roundTrip(kind))).toList();
    }

    private static void roundTrip(FileKind kind) {
        RecordLayout<? extends Record> layout = Catalog.layout(kind);
        AtomicInteger checked = new AtomicInteger();
        qt().withExamples(150).withFixedSeed(kind.ordinal() * 7919L + 1)
                .forAll(Rows.arbitrary(kind).assuming(t -> layout.parse(Arrays.asList(t)).isOk()))
                .checkAssert(texts -> {
                    Parsed<? extends Record> parsed = layout.parse(Arrays.asList(texts));
                    Record record = parsed.value();
                    byte[] bytes = write(kind, record);
                    try {
                        Ms932.decode(bytes); // strict: throws on bytes outside MS932
                    } catch (IOException e) {
                        throw new AssertionError(kind + ": not strict MS932", e);
                    }
                    List<CsvItem<? extends Record>> items = read(kind, bytes);
                    assertEquals(1, items.size(), kind + " " + items);
                    assertTrue(items.get(0).problems().isEmpty(), () -> kind + " " + items.get(0).problems());
                    assertEquals(record, items.get(0).value(), kind::toString);
                    String[] all = format(layout, record);
                    for (int no = 1; no <= all.length; no++) {
                        int n = no;
                        assertEquals(all[no - 1], text(layout, record, no), () -> kind + " No." + n);
                    }
                    checked.incrementAndGet();
                });
        assertTrue(checked.get() >= 100, kind + ": only " + checked.get() + " records passed the layout");
    }

    @TestFactory
    List<DynamicTest> arbitraryBytesNeverThrowUnchecked() {
        return csvKinds().stream().map(kind -> DynamicTest.dynamicTest(kind.prefix(), () -> qt().withExamples(200)
                .withFixedSeed(kind.ordinal() + 11L)
                .forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 400))
                .checkAssert(ints -> {
                    byte[] b = new byte[ints.size()];
                    for (int i = 0; i < b.length; i++) {
                        // bias towards the dialect's own bytes
                        int v = ints.get(i);
                        b[i] = (byte) (v < 40 ? ",\"\r\n2024070"
                                .charAt(v % 11) : v);
                    }
                    List<CsvItem<? extends Record>> items = read(kind, b);
                    for (CsvItem<? extends Record> it : items) {
                        assertFalse(it.isOk() && it.hasErrors());
                    }
                }))).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String[] format(RecordLayout layout, Record record) {
        return layout.format(record);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String text(RecordLayout layout, Record record, int no) {
        return layout.text(record, no);
    }

    static byte[] write(FileKind kind, Record record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter<? extends Record> w = CsvWriter.open(kind, out, ConversionPolicy.refuse(), c -> { })) {
            writeAny(w, record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static <R extends Record> void writeAny(CsvWriter<R> w, Record r) throws IOException {
        w.write((R) r);
    }

    @SuppressWarnings("unchecked")
    static List<CsvItem<? extends Record>> read(FileKind kind, byte[] bytes) {
        try (CsvReader<? extends Record> r = CsvReader.open(kind, new ByteArrayInputStream(bytes),
                ReadOptions.strict())) {
            return (List<CsvItem<? extends Record>>) (List<?>) r.stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
