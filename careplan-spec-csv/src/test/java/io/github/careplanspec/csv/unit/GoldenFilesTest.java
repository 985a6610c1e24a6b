package io.github.careplanspec.csv.unit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.csv.CsvItem;
import io.github.careplanspec.csv.CsvWriter;
import io.github.careplanspec.csv.ms932.ConversionPolicy;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Parsed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files per kind, written by hand (src/test/resources/golden/make-golden.py, Python's cp932 codec, not this
 * library): MS932 with quoted free text holding a line break and {@code ""}, half-width katakana, ①, 髙 (FB FC),
 * ～ (81 60). Each is read strictly to the known records of its {@code .expected} file and written back byte for
 * byte (R2–R7).
 */
class GoldenFilesTest {
    static final List<FileKind> KINDS = List.of(FileKind.UP1KYO, FileKind.UP2KYO, FileKind.UPPLAN, FileKind.UPSIKYU,
            FileKind.UPHOSOKU, FileKind.UPKIHON, FileKind.UPYOBO_SUB);

    @TestFactory
    List<DynamicTest> goldenFilesReadToKnownRecordsAndWriteBackByteForByte() {
        return KINDS.stream().map(k -> DynamicTest.dynamicTest(k.prefix(), () -> golden(k))).toList();
    }

    private static void golden(FileKind kind) throws IOException {
        byte[] bytes = resource(kind.prefix() + ".CSV");
        List<Record> known = expected(kind);
        List<CsvItem<? extends Record>> items = EveryKindPropertyTest.read(kind, bytes);
        assertEquals(known.size(), items.size(), kind::toString);
        for (int i = 0; i < known.size(); i++) {
            assertTrue(items.get(i).problems().isEmpty(), items.get(i).problems()::toString);
            assertEquals(known.get(i), items.get(i).value(), kind + " record " + (i + 1));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter<? extends Record> w = CsvWriter.open(kind, out, ConversionPolicy.refuse(), c -> { })) {
            for (Record r : known) {
                write(w, r);
            }
        }
        assertArrayEquals(bytes, out.toByteArray(), () -> kind + " written back differs");
        // the special characters really are in the file, in Java's MS932 forms
        assertTrue(indexOf(bytes, new byte[] {(byte) 0xFB, (byte) 0xFC}) >= 0, "髙 FB FC");
        assertTrue(indexOf(bytes, new byte[] {(byte) 0x87, (byte) 0x40}) >= 0
                || indexOf(bytes, new byte[] {(byte) 0x87, (byte) 0x41}) >= 0, "① or ②");
    }

    /** The known records: the layout's parse of the item texts listed in the .expected file (No. → text). */
    private static List<Record> expected(FileKind kind) throws IOException {
        List<ColumnSpec> cols = Catalog.columns(kind);
        List<String[]> rows = new ArrayList<>();
        String text = new String(resource(kind.prefix() + ".expected"), StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            int rec = Integer.parseInt(f[0]);
            while (rows.size() < rec) {
                String[] empty = new String[cols.size()];
                Arrays.fill(empty, "");
                rows.add(empty);
            }
            rows.get(rec - 1)[Integer.parseInt(f[1]) - 1] = unescape(f[2]);
        }
        List<Record> out = new ArrayList<>();
        for (String[] r : rows) {
            Parsed<? extends Record> p = Catalog.layout(kind).parse(Arrays.asList(r));
            assertTrue(p.isOk(), () -> kind + ": " + p.problems() + " " + p.recordProblem());
            out.add(p.value());
        }
        return out;
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            b.append(switch (n) {
                case 'r' -> '\r';
                case 'n' -> '\n';
                case 't' -> '\t';
                default -> n;
            });
        }
        return b.toString();
    }

    @SuppressWarnings("unchecked")
    private static <R extends Record> void write(CsvWriter<R> w, Record r) throws IOException {
        w.write((R) r);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource golden/" + name);
            }
            return in.readAllBytes();
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
