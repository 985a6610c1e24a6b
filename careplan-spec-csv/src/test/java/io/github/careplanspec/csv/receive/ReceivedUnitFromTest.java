package io.github.careplanspec.csv.receive;

import static io.github.careplanspec.csv.receive.Fixtures.INSURER;
import static io.github.careplanspec.csv.receive.Fixtures.PLANNER;
import static io.github.careplanspec.csv.receive.Fixtures.PROVIDER;
import static io.github.careplanspec.csv.receive.Fixtures.items;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.csv.CsvProblem;
import io.github.careplanspec.csv.ProblemCode;
import io.github.careplanspec.csv.unit.TransmissionUnit;
import io.github.careplanspec.csv.unit.UnitFile;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.name.FileSequence;
import io.github.careplanspec.model.name.InterfaceFileName;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The adapter TransmissionUnit → ReceivedUnit (strict reading, images as ImageFile). */
class ReceivedUnitFromTest {
    private static final FileSequence SEQ = FileSequence.parse("20241001120000");
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, (byte) 0xFF,
        (byte) 0xD9};

    /** A record with CSVバージョン 202407 (an empty No.1 reads as a header row, R6) and the given items. */
    private static Record r(FileKind kind, Object... noAndText) {
        java.util.Map<Integer, String> m = items(noAndText);
        m.put(1, "202407");
        return Fixtures.record(kind, m);
    }

    private static TransmissionUnit.Builder builder() {
        return TransmissionUnit.builder(PLANNER.office(), PLANNER.serviceType(), PROVIDER.office(),
                PROVIDER.serviceType(), SEQ);
    }

    @Test
    void aPlanUnitReadsToItsRecordsAndIdentityAndIsApplied() throws Exception {
        int free1 = Fixtures.payloadNo(FileKind.UP1KYO);
        List<Record> p1 = List.of(r(FileKind.UP1KYO, 2, INSURER, 3, "0000000001", 14, "20241001", free1,
                "方針、\"一\"\r\n二"), r(FileKind.UP1KYO, 2, INSURER, 3, "0000000002", 14, "20241001"));
        List<Record> p2 = List.of(r(FileKind.UP2KYO, 2, INSURER, 3, "0000000001", 5, "20241001"),
                r(FileKind.UP2KYO, 2, INSURER, 3, "0000000002", 5, "20241001"));
        List<Record> p3 = List.of(r(FileKind.UP3KYO, 2, INSURER, 3, "0000000001", 5, "20241001"));
        List<Record> s = List.of(r(FileKind.UPHOSOKU, 2, INSURER, 3, "0000000001", 4, "20241001", 63, "000000"),
                r(FileKind.UPHOSOKU, 2, INSURER, 3, "0000000002", 4, "20241001", 63, "000000", 6, "花子"));
        TransmissionUnit t = builder().add(FileKind.UP1KYO, p1).add(FileKind.UP2KYO, p2).add(FileKind.UP3KYO, p3)
                .add(FileKind.UPHOSOKU, s).build();
        ReceivedUnit u = ReceivedUnit.from(t);
        assertEquals(new UnitId(SEQ, PLANNER, PROVIDER), u.id());
        assertEquals(p1, u.records(FileKind.UP1KYO));
        assertEquals(p2, u.records(FileKind.UP2KYO));
        assertEquals(p3, u.records(FileKind.UP3KYO));
        assertEquals(s, u.records(FileKind.UPHOSOKU));
        assertTrue(u.images().isEmpty());
        UnitOutcome o = new ReceiveProcessor().process(u, new InMemoryReceiptLedger());
        assertEquals(UnitOutcome.Status.APPLIED, o.status(), o::toString);
    }

    @Test
    void imagesBecomeImageFilesUnderTheirNames() throws Exception {
        TransmissionUnit probe = builder().add(FileKind.UPKIHON, List.of(r(FileKind.UPKIHON,
                2, INSURER, 3, "0000000001", 4, "20241001"))).image(1, JPEG).build();
        String imageName = probe.files(FileKind.UPKIHON_IMAGE).get(0).fileName();
        Record basic = r(FileKind.UPKIHON, 2, INSURER, 3, "0000000001", 4, "20241001", 62, imageName);
        TransmissionUnit t = builder().add(FileKind.UPKIHON, List.of(basic)).image(1, JPEG).build();
        ReceivedUnit u = ReceivedUnit.from(t);
        assertEquals(List.of(basic), u.records(FileKind.UPKIHON));
        assertEquals(1, u.images().size());
        assertEquals(imageName, u.images().get(0).fileName());
        assertArrayEquals(JPEG, u.images().get(0).data());
    }

    @Test
    void aFileTheStrictReaderRejectsStopsTheWholeUnit() throws Exception {
        TransmissionUnit good = builder().add(FileKind.DLT1KYO,
                List.of(r(FileKind.DLT1KYO, 2, INSURER, 3, "0000000001", 4, "20241001"))).build();
        UnitFile f = good.files().get(0);
        // one item short: the strict reader reports the item count (R7)
        String text = new String(f.bytes(), StandardCharsets.US_ASCII).replace(",20241001", "");
        TransmissionUnit bad = TransmissionUnit.of(List.of(UnitFile.of(InterfaceFileName.parse(f.fileName()),
                text.getBytes(StandardCharsets.US_ASCII))));
        UnreadableUnitException e = assertThrows(UnreadableUnitException.class, () -> ReceivedUnit.from(bad));
        assertEquals(1, e.problems().size(), e.problems()::toString);
        assertTrue(e.problems().get(0).startsWith(f.fileName()), e.problems()::toString);
        assertEquals("receive.unreadable", e.id().key());
        assertEquals(2, e.params().size());
        assertEquals(ProblemCode.COLUMN_COUNT, ((CsvProblem) e.params().get(1)).code());
        assertTrue(e.getMessage().startsWith("unreadable transmission unit ") && !e.getMessage().contains("項目数"),
                e.getMessage());
        assertTrue(e.message(Locale.JAPANESE).startsWith("読めない送信単位 ")
                && e.message(Locale.JAPANESE).contains("項目数が"), e.message(Locale.JAPANESE));
        // and the good one reads
        assertEquals(new ArrayList<>(List.of(r(FileKind.DLT1KYO, 2, INSURER, 3, "0000000001", 4, "20241001"))),
                ReceivedUnit.from(good).records(FileKind.DLT1KYO));
    }
}
