package io.github.careplanspec.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.careplanspec.model.catalog.FileKind;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Arbitrary bytes into the reader of every kind, strict and lenient: no unchecked exception escapes and every
 * problem is located ({@link ReaderInvariants}). In the normal build these run in Jazzer's regression mode over the
 * committed inputs in {@code src/test/resources/io/github/careplanspec/csv/CsvReaderFuzzTestInputs/<method>/} (a few
 * valid files of the kind written by our writer, golden files, and broken ones) plus the empty input; with
 * {@code JAZZER_FUZZ=1} one of them fuzzes (README, "Fuzzing").
 */
class CsvReaderFuzzTest {
    @Test
    void everyCsvKindHasItsFuzzTest() {
        Set<String> expected = Arrays.stream(FileKind.values()).filter(FileKind::isCsv)
                .map(CsvReaderFuzzTest::methodName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> present = Arrays.stream(CsvReaderFuzzTest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(FuzzTest.class)).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, present);
    }

    /** The committed valid inputs still read to typed records, so that the fuzz tests start from deep paths. */
    @Test
    void validSeedsStillReadToRecords() throws IOException {
        for (FileKind kind : FileKind.values()) {
            if (!kind.isCsv()) {
                continue;
            }
            for (String seed : new String[] {"valid-plain.csv", "valid-arbitrary.csv"}) {
                String name = "CsvReaderFuzzTestInputs/" + methodName(kind) + "/" + seed;
                try (InputStream in = CsvReaderFuzzTest.class.getResourceAsStream(name)) {
                    assertNotNull(in, name);
                    try (CsvReader<? extends Record> r = CsvReader.open(kind, in, ReadOptions.strict())) {
                        var items = r.stream().toList();
                        assertFalse(items.isEmpty(), name);
                        assertTrue(items.stream().allMatch(CsvItem::isOk), () -> name + ": " + items);
                    }
                }
            }
        }
    }

    /** {@code UPKIHON_SUB1} → {@code upkihonSub1}: the fuzz test's method (and its inputs directory). */
    static String methodName(FileKind kind) {
        String[] parts = kind.prefix().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return b.toString();
    }

    @FuzzTest
    void uphosoku(byte[] data) throws IOException {
        ReaderInvariants.readBothModes(FileKind.UPHOSOKU, data);
    }

    @FuzzTest
    void up1kyo(byte[] data) throws IOException {
        ReaderInvariants.readBothModes(FileKind.UP1KYO, data);
    }

    @FuzzTest
    void dlt1kyo(byte[] data) throws IOException {
        ReaderInvariants.readBothModes(FileKind.DLT1KYO, data);
    }

    @FuzzTest
    void up2kyo(byte[] data) throws IOException {
        ReaderInvariants.readBothModes(FileKind.UP2KYO, data);
    }

    @FuzzTest
    void up3kyo(byte[] data) throws IOException {
        ReaderInvariants.readBothModes(FileKind.UP3KYO, data);
    }

    @FuzzTest
    void upplan(byte[] data) throws IOException {
        ReaderInvariants.readBothModes(FileKind.UPPLAN, data);
    }

    @FuzzTest
    void upjsk(byte[] data) throws IOException {
        ReaderInvariants.readBothModes(FileKind.UPJSK, data);
    }

    @FuzzTest
    void dltplan(byte[] data) throws IOException {
        ReaderInvariants.readBothModes(FileKind.DLTPLAN, data);
    }

    @FuzzTest
    void dltjsk(byte[] data) throws IOException {
        ReaderInvariants.readBothModes(FileKind.DLTJSK, data);
    }

    @FuzzTest
    void upsikyu(byte[] data) throws IOException {
        ReaderInvariants.readBothModes(FileKind.UPSIKYU, data);
    }

    @FuzzTest
    void upkihon(byte[] data) throws IOException {
        ReaderInvariants.readBothModes(FileKind.UPKIHON, data);
    }

    @FuzzTest
    void dltkihon(byte[] data) throws IOException {
        ReaderInvariants.readBothModes(FileKind.DLTKIHON, data);
    }

    @FuzzTest
    void upkihonSub1(byte[] data) throws IOException {
        ReaderInvariants.readBothModes(FileKind.UPKIHON_SUB1, data);
    }

    @FuzzTest
    void upkihonSub2(byte[] data) throws IOException {
        ReaderInvariants.readBothModes(FileKind.UPKIHON_SUB2, data);
    }

    @FuzzTest
    void upyobo(byte[] data) throws IOException {
        ReaderInvariants.readBothModes(FileKind.UPYOBO, data);
    }

    @FuzzTest
    void dltyobo(byte[] data) throws IOException {
        ReaderInvariants.readBothModes(FileKind.DLTYOBO, data);
    }

    @FuzzTest
    void upyoboSub(byte[] data) throws IOException {
        ReaderInvariants.readBothModes(FileKind.UPYOBO_SUB, data);
    }
}
