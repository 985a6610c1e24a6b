package io.github.careplanspec.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.csv.unit.TransmissionUnit;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.kyotaku.ServiceTicketAnnexLine;
import io.github.careplanspec.model.name.FileSequence;
import io.github.careplanspec.validation.UnitValidator;
import io.github.careplanspec.validation.report.ValidationIssue;
import io.github.careplanspec.validation.report.ValidationReport;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point for units: per-file rules, then unit rules, one report; folders and ZIPs; parallel use. */
class UnitValidatorTest {
    private static final FileSequence SEQ = FileSequence.parse("20241025120000");

    @TempDir
    Path dir;

    private static TransmissionUnit.Builder builder() {
        return TransmissionUnit.builder(KyotakuSamples.PLANNER, ServiceTypeCode.parse("43"), KyotakuSamples.HELPER,
                ServiceTypeCode.parse("11"), SEQ);
    }

    private static TransmissionUnit ticketUnit(List<ServiceTicketAnnexLine> annex) throws Exception {
        return builder().add(FileKind.UPPLAN, List.of(KyotakuSamples.visit(), KyotakuSamples.rental()))
                .add(FileKind.UPSIKYU, annex)
                .add(FileKind.UPHOSOKU, List.of(KyotakuSamples.monthSupplement())).build();
    }

    private static List<String> errors(ValidationReport r) {
        return r.issues().stream().filter(i -> i.severity().id().equals("error"))
                .map(i -> i.rule().id() + " " + i.messageEn()).toList();
    }

    @Test
    void aValidUnitHasNoErrorAndEveryFileIsSummarised() throws Exception {
        ValidationReport r = UnitValidator.standard().validate(ticketUnit(KyotakuSamples.annexSheet()));
        assertEquals(List.of(), errors(r));
        assertEquals(3, r.files().size());
        assertEquals(2 + 5 + 1, r.records());
    }

    @Test
    void unitRulesRunAfterTheFileRules() throws Exception {
        // the 第7表 of another user: R27.orphan on UPSIKYU, R27.noAnnex on UPPLAN
        List<ServiceTicketAnnexLine> other = new ArrayList<>();
        for (ServiceTicketAnnexLine l : KyotakuSamples.annexSheet()) {
            other.add(l.toBuilder().insuredNumber(io.github.careplanspec.model.InsuredNumber.parse("0000099999"))
                    .build());
        }
        ValidationReport r = UnitValidator.standard().validate(ticketUnit(other));
        List<String> ids = r.issues().stream().map(i -> i.rule().id()).toList();
        assertTrue(ids.contains("R27.orphan") && ids.contains("R27.noAnnex"), ids::toString);
        ValidationIssue orphan = r.issues().stream().filter(i -> i.rule().id().equals("R27.orphan")).findFirst()
                .orElseThrow();
        assertTrue(orphan.file().startsWith("UPSIKYU_"), orphan::toString);
        assertEquals(1, orphan.record());
        assertEquals(5, orphan.column());
        assertTrue(orphan.messageJa().contains("0000099999") || orphan.messageJa().contains("第6表"),
                orphan::messageJa);
    }

    @Test
    void aZipIsReportedAsArchiveEntriesWithTheReceivingProblems() throws Exception {
        TransmissionUnit full = ticketUnit(KyotakuSamples.annexSheet());
        // a ZIP holding only the 第6表: R21 UNIT003 (第7表 and 補足 missing), named inside the archive
        TransmissionUnit lone = TransmissionUnit.of(List.of(full.files(FileKind.UPPLAN).get(0)));
        Path zip = dir.resolve("units.zip");
        try (OutputStream out = Files.newOutputStream(zip)) {
            lone.writeZip(out);
        }
        ValidationReport r = UnitValidator.standard().validate(zip);
        List<ValidationIssue> unit = r.issues().stream().filter(i -> i.rule().id().equals("R21.UNIT003")).toList();
        assertEquals(2, unit.size(), r.issues()::toString);
        assertEquals("units.zip!/" + full.files(FileKind.UPPLAN).get(0).fileName(), unit.get(0).file());
        assertTrue(unit.get(0).messageJa().contains("送信単位に必要なファイルがありません"), unit.get(0)::messageJa);
        assertTrue(unit.get(0).messageEn().contains("a file the transmission unit needs is missing"));
        assertEquals("units.zip!/" + full.files(FileKind.UPPLAN).get(0).fileName(), r.files().get(0).file());
        // the folder of the complete unit validates with no error
        Path folder = dir.resolve("inbox");
        full.writeTo(folder);
        assertEquals(List.of(), errors(UnitValidator.standard().validate(folder)));
    }

    @Test
    void aBrokenFileIsReportedByTheFileValidatorsReadingRules() throws Exception {
        TransmissionUnit full = ticketUnit(KyotakuSamples.annexSheet());
        Path folder = dir.resolve("broken");
        full.writeTo(folder);
        Path plan = folder.resolve(full.files(FileKind.UPPLAN).get(0).fileName());
        byte[] b = Files.readAllBytes(plan);
        byte[] withQuote = new byte[b.length + 1];
        withQuote[0] = '"';
        System.arraycopy(b, 0, withQuote, 1, b.length);
        Files.write(plan, withQuote);
        ValidationReport r = UnitValidator.standard().validate(folder);
        assertTrue(r.issues().stream().anyMatch(i -> i.rule().id().startsWith("R3.") && i.file().startsWith("UPPLAN_")),
                () -> r.toText(Locale.ENGLISH));
        assertTrue(r.errors() > 0);
    }

    @Test
    void oneInstanceValidatesInParallel() throws Exception {
        TransmissionUnit good = ticketUnit(KyotakuSamples.annexSheet());
        UnitValidator v = UnitValidator.standard();
        String expected = v.validate(good).toText(Locale.ENGLISH);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> fs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                fs.add(pool.submit(() -> v.validate(good).toText(Locale.ENGLISH)));
            }
            for (Future<String> f : fs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
