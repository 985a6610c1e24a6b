package io.github.careplanspec.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.csv.CsvItem;
import io.github.careplanspec.csv.receive.ReceivedUnit;
import io.github.careplanspec.csv.receive.UnreadableUnitException;
import io.github.careplanspec.csv.unit.ReceivedUnits;
import io.github.careplanspec.csv.unit.TransmissionUnit;
import io.github.careplanspec.csv.unit.UnitFile;
import io.github.careplanspec.csv.unit.Units;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.name.FileSequence;
import io.github.careplanspec.validation.UnitValidator;
import io.github.careplanspec.validation.report.ValidationReport;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 1, the {@code import} side: a unit's files are read, decoded, tokenized and typed once, by the
 * validation, whose reader items ({@link UnitValidator#validate(ReceivedUnits, TransmissionUnit, String,
 * ValidationReport.Builder, java.util.function.BiConsumer)}) become the {@link ReceivedUnit} the importer keys and
 * writes ({@link ReceivedUnit#reading}). Counted at the reader (each record handed over once, in order) and made
 * impossible to read twice: the files are deleted after the validation, and the unit is still complete — equal to
 * what {@link ReceivedUnit#from} read from them before.
 */
class ImportOnePassTest {
    private static final FileSequence SEQ = FileSequence.parse("20241025120000");

    @TempDir
    Path dir;

    private static TransmissionUnit ticketUnit() throws Exception {
        return TransmissionUnit.builder(KyotakuSamples.PLANNER, ServiceTypeCode.parse("43"), KyotakuSamples.HELPER,
                ServiceTypeCode.parse("11"), SEQ)
                .add(FileKind.UPPLAN, List.of(KyotakuSamples.visit(), KyotakuSamples.rental()))
                .add(FileKind.UPSIKYU, KyotakuSamples.annexSheet())
                .add(FileKind.UPHOSOKU, List.of(KyotakuSamples.monthSupplement())).build();
    }

    @Test
    void theRecordsValidatedAreTheRecordsImportedAndTheFilesAreNotReadAgain() throws Exception {
        Path folder = dir.resolve("inbox");
        ticketUnit().writeTo(folder);
        ReceivedUnits received = Units.open(folder);
        TransmissionUnit unit = received.units().get(0);
        ReceivedUnit expected = ReceivedUnit.from(unit);

        ReceivedUnit.Reading reading = ReceivedUnit.reading(unit);
        Map<String, Long> lastIndex = new HashMap<>();
        Map<String, Integer> items = new HashMap<>();
        ValidationReport.Builder b = ValidationReport.builder();
        UnitValidator.standard().validate(received, unit, "", b, (UnitFile f, CsvItem<? extends Record> item) -> {
            // each record once, in the file's order
            long before = lastIndex.getOrDefault(f.fileName(), 0L);
            assertTrue(item.recordIndex() > before, "record " + item.recordIndex() + " after " + before);
            lastIndex.put(f.fileName(), item.recordIndex());
            items.merge(f.fileName(), 1, Integer::sum);
            reading.accept(f, item);
        });
        ValidationReport report = b.build();
        assertEquals(0, report.errors(), report.issues()::toString);
        for (ValidationReport.FileSummary s : report.files()) {
            assertEquals(s.records(), (long) items.get(s.file()), s.file() + ": one item per record");
        }
        assertEquals(2 + 5 + 1, items.values().stream().mapToInt(Integer::intValue).sum());

        // a second pass is impossible: the files are gone
        for (UnitFile f : unit.files()) {
            Files.delete(folder.resolve(f.location()));
        }
        assertThrows(NoSuchFileException.class, () -> ReceivedUnit.from(unit));
        ReceivedUnit got = reading.finish();
        assertEquals(expected, got);
        assertEquals(2, got.records(FileKind.UPPLAN).size());
        assertEquals(5, got.records(FileKind.UPSIKYU).size());
        assertEquals(1, got.records(FileKind.UPHOSOKU).size());
    }

    @Test
    void aFileTheStrictReaderRefusesMakesTheUnitUnreadableAsBefore() throws Exception {
        TransmissionUnit full = ticketUnit();
        Path folder = dir.resolve("broken");
        full.writeTo(folder);
        Path plan = folder.resolve(full.files(FileKind.UPPLAN).get(0).fileName());
        // a stray quote before the first record (R3): the strict reader refuses the file
        byte[] bytes = Files.readAllBytes(plan);
        Files.write(plan, ByteBuffer.allocate(bytes.length + 1).put((byte) '"').put(bytes).array());
        ReceivedUnits received = Units.open(folder);
        TransmissionUnit unit = received.units().get(0);
        UnreadableUnitException before = assertThrows(UnreadableUnitException.class, () -> ReceivedUnit.from(unit));

        ReceivedUnit.Reading reading = ReceivedUnit.reading(unit);
        ValidationReport.Builder b = ValidationReport.builder();
        UnitValidator.standard().validate(received, unit, "", b, reading::accept);
        assertTrue(b.build().errors() > 0);
        UnreadableUnitException after = assertThrows(UnreadableUnitException.class, reading::finish);
        assertEquals(before.problems(), after.problems());
        assertEquals(before.getMessage(), after.getMessage());
        assertTrue(after.problems().get(0).startsWith(full.files(FileKind.UPPLAN).get(0).fileName() + ": "),
                after.problems()::toString);
    }

    @Test
    void readingItselfEqualsFrom() throws Exception {
        TransmissionUnit unit = ticketUnit();
        ReceivedUnit.Reading reading = ReceivedUnit.reading(unit);
        for (UnitFile f : unit.files()) {
            reading.read(f);
        }
        assertEquals(ReceivedUnit.from(unit), reading.finish());
    }
}
