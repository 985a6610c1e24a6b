package io.github.careplanspec.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.csv.unit.TransmissionUnit;
import io.github.careplanspec.csv.unit.UnitFile;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.kyotaku.ServiceTicketAnnexLine;
import io.github.careplanspec.model.kyotaku.ServiceTicketPlanDeletion;
import io.github.careplanspec.model.name.FileSequence;
import io.github.careplanspec.validation.UnitValidator;
import io.github.careplanspec.validation.report.ValidationReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code import} then {@code export}: conformant files that validate with no error; a unit with an error applies nothing. */
class ImportExportCommandTest {
    private static final AtomicInteger DB = new AtomicInteger();
    private static final FileSequence SEQ = FileSequence.parse("20241025120000");

    @TempDir
    Path dir;

    private static String newDb() {
        return "jdbc:h2:mem:importexport" + DB.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    }

    private static TransmissionUnit unit(List<ServiceTicketAnnexLine> annex) throws Exception {
        return TransmissionUnit.builder(ValidSamples.PLANNER, ServiceTypeCode.parse("43"), ValidSamples.HELPER,
                        ServiceTypeCode.parse("11"), SEQ)
                .add(FileKind.UPPLAN, List.of(ValidSamples.visit(), ValidSamples.rental()))
                .add(FileKind.UPSIKYU, annex)
                .add(FileKind.UPHOSOKU, List.of(ValidSamples.monthSupplement())).build();
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static long rows(String url, String table) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void importTakesTheRuleProfileSoItsVerdictMatchesValidate() throws Exception {
        // R42.pair: an error in strict, a warning in receiver
        TransmissionUnit sent = TransmissionUnit.builder(ValidSamples.PLANNER, ServiceTypeCode.parse("43"),
                        ValidSamples.HELPER, ServiceTypeCode.parse("11"), SEQ)
                .add(FileKind.UPPLAN, List.of(ValidSamples.visit().toBuilder().times(
                        io.github.careplanspec.model.ServiceTime.of(9, 30), io.github.careplanspec.model.ServiceTime.NONE)
                        .build(), ValidSamples.rental()))
                .add(FileKind.UPSIKYU, ValidSamples.annexSheet())
                .add(FileKind.UPHOSOKU, List.of(ValidSamples.monthSupplement())).build();
        Path inbox = dir.resolve("inbox");
        sent.writeTo(inbox);
        Run strict = run(new ImportCommand(), "--db", newDb(), inbox.toString());
        assertEquals(1, strict.exit(), strict::toString);
        assertTrue(strict.out().startsWith("rejected  " + sent.key()) && strict.out().contains("R42.pair"),
                strict::out);
        Run receiver = run(new ImportCommand(), "--db", newDb(), "--rules", "receiver", inbox.toString());
        assertEquals(0, receiver.exit(), receiver::toString);
        assertTrue(receiver.out().startsWith("applied   " + sent.key()), receiver::out);
        Path bad = dir.resolve("bad.rules");
        Files.writeString(bad, "R42.pair = sometimes\n");
        Run b = run(new ImportCommand(), "--db", newDb(), "--rules", bad.toString(), inbox.toString());
        assertEquals(2, b.exit());
        assertTrue(b.err().contains("bad.rules:1"), b::err);
    }

    @Test
    void importThenExportGivesConformantFilesThatValidateWithNoError() throws Exception {
        TransmissionUnit sent = unit(ValidSamples.annexSheet());
        Path inbox = dir.resolve("inbox");
        sent.writeTo(inbox);
        String db = newDb();
        Run imported = run(new ImportCommand(), "--db", db, inbox.toString());
        assertEquals(0, imported.exit(), imported::toString);
        assertTrue(imported.out().startsWith("applied   " + sent.key()), imported::out);
        // re-delivery: a duplicate, exit 0
        Run again = run(new ImportCommand(), "--db", db, inbox.toString());
        assertEquals(0, again.exit(), again::toString);
        assertTrue(again.out().startsWith("duplicate " + sent.key()), again::out);
        // the processor's note in the language asked for (Japanese by default), not the English of the library
        assertTrue(again.out().contains("— 送信単位は適用済みです（再送）"), again::out);
        Run againEn = run(new ImportCommand(), "--lang", "en", "--db", db, inbox.toString());
        assertTrue(againEn.out().contains("— unit already applied (re-delivery)"), againEn::out);

        Path outbox = dir.resolve("outbox");
        Run exported = run(new ExportCommand(), "--db", db, "--out", outbox.toString(), "--sequence",
                SEQ.text());
        assertEquals(0, exported.exit(), exported::toString);
        // one folder per partner pair: the planning office, then the service office
        Path pair = outbox.resolve(ValidSamples.PLANNER.text() + "_43_" + ValidSamples.HELPER.text() + "_11");
        try (var list = Files.list(outbox)) {
            assertEquals(List.of(pair), list.toList());
        }
        ValidationReport report = UnitValidator.standard().validate(pair);
        assertEquals(0, report.errors(), () -> report.toText(Locale.ENGLISH));
        assertEquals(3, report.files().size());
        // sender and receiver came from the rows' source unit, the sequence was given: the same unit, byte for byte
        for (UnitFile f : sent.files()) {
            assertArrayEquals(f.bytes(), Files.readAllBytes(pair.resolve(f.fileName())), f.fileName());
        }
    }

    @Test
    void aUnitWithAnErrorAppliesNothingAndExitsOne() throws Exception {
        List<ServiceTicketAnnexLine> otherUser = new ArrayList<>();
        for (ServiceTicketAnnexLine l : ValidSamples.annexSheet()) {
            otherUser.add(l.toBuilder().insuredNumber(InsuredNumber.parse("0000099999")).build());
        }
        TransmissionUnit bad = unit(otherUser);
        Path zip = dir.resolve("bad.zip");
        try (var out = Files.newOutputStream(zip)) {
            bad.writeZip(out);
        }
        String db = newDb();
        Run r = run(new ImportCommand(), "--db", db, zip.toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().startsWith("rejected  " + bad.key()) && r.out().contains("R27.orphan"), r::out);
        assertEquals(0, rows(db, "cp_upplan"));
        assertEquals(0, rows(db, "cp_upsikyu"));
        assertEquals(0, rows(db, "cp_uphosoku"));
        assertEquals(0, rows(db, "cp_applied_unit"));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void dltplanDeletesTheMonthsSupplementUnlessKeepSupplementIsGivenQ17() throws Exception {
        TransmissionUnit plan = unit(ValidSamples.annexSheet());
        TransmissionUnit deletion = TransmissionUnit.builder(ValidSamples.PLANNER, ServiceTypeCode.parse("43"),
                        ValidSamples.HELPER, ServiceTypeCode.parse("11"), FileSequence.parse("20241026120000"))
                .add(FileKind.DLTPLAN, List.of(ServiceTicketPlanDeletion.of(ValidSamples.INSURER,
                        ValidSamples.INSURED, ValidSamples.MONTH)))
                .build();
        plan.writeTo(dir.resolve("in1"));
        deletion.writeTo(dir.resolve("in2"));
        for (boolean keep : new boolean[] {false, true}) {
            String db = newDb();
            List<String> args = new ArrayList<>(List.of("--db", db));
            if (keep) {
                args.add("--keep-supplement");
            }
            args.addAll(List.of(dir.resolve("in1").toString(), dir.resolve("in2").toString()));
            Run r = run(new ImportCommand(), args.toArray(String[]::new));
            assertEquals(0, r.exit(), r::toString);
            assertEquals(0, rows(db, "cp_upplan"), "第6表 deleted either way");
            assertEquals(0, rows(db, "cp_upsikyu"), "第7表 deleted either way");
            assertEquals(keep ? 1 : 0, rows(db, "cp_uphosoku"), keep ? "kept (--keep-supplement)" : "deleted");
        }
    }

    @Test
    void aBatchPrintsOneLinePerUnitInProcessingOrderWhateverHappensToEach() throws Exception {
        TransmissionUnit good = unit(ValidSamples.annexSheet());
        List<ServiceTicketAnnexLine> otherUser = new ArrayList<>();
        for (ServiceTicketAnnexLine l : ValidSamples.annexSheet()) {
            otherUser.add(l.toBuilder().insuredNumber(InsuredNumber.parse("0000099999")).build());
        }
        TransmissionUnit bad = TransmissionUnit.builder(ValidSamples.PLANNER, ServiceTypeCode.parse("43"),
                        ValidSamples.HELPER, ServiceTypeCode.parse("11"), FileSequence.parse("20241026120000"))
                .add(FileKind.UPPLAN, List.of(ValidSamples.visit(), ValidSamples.rental()))
                .add(FileKind.UPSIKYU, otherUser)
                .add(FileKind.UPHOSOKU, List.of(ValidSamples.monthSupplement())).build();
        TransmissionUnit deletion = TransmissionUnit.builder(ValidSamples.PLANNER, ServiceTypeCode.parse("43"),
                        ValidSamples.HELPER, ServiceTypeCode.parse("11"), FileSequence.parse("20241027120000"))
                .add(FileKind.DLTPLAN, List.of(ServiceTicketPlanDeletion.of(ValidSamples.INSURER,
                        ValidSamples.INSURED, ValidSamples.MONTH)))
                .build();
        good.writeTo(dir.resolve("a"));
        good.writeTo(dir.resolve("b")); // the same unit twice: applied, then a duplicate
        bad.writeTo(dir.resolve("c"));
        deletion.writeTo(dir.resolve("d"));
        String db = newDb();
        Run r = run(new ImportCommand(), "--db", db, dir.resolve("d").toString(), dir.resolve("c").toString(),
                dir.resolve("b").toString(), dir.resolve("a").toString());
        assertEquals(1, r.exit(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r::out);
        assertTrue(lines.get(0).startsWith("applied   " + good.key()), r::out);
        assertTrue(lines.get(1).startsWith("duplicate " + good.key()), r::out);
        assertTrue(lines.get(2).startsWith("rejected  " + bad.key()) && lines.get(2).contains("R27.orphan"), r::out);
        assertTrue(lines.get(3).startsWith("applied   " + deletion.key()), r::out);
        assertEquals(0, rows(db, "cp_upplan"), "deleted by the last unit");
        assertEquals(2, rows(db, "cp_applied_unit"));
    }

    @Test
    void theSamplesRegistrationsExportOneFolderPerPartnerPairThatValidates() throws Exception {
        Path units = dir.resolve("units");
        assertEquals(0, run(new SampleCommand(), "--out", units.toString()).exit());
        Path reg = dir.resolve("reg");
        Files.createDirectories(reg);
        try (var list = Files.list(units)) {
            // the registrations, not the deletions (which delete what they registered)
            for (Path f : list.filter(f -> f.getFileName().toString().startsWith("UP")).toList()) {
                Files.copy(f, reg.resolve(f.getFileName()));
            }
        }
        String db = newDb();
        Run imported = run(new ImportCommand(), "--db", db, reg.toString());
        assertEquals(0, imported.exit(), imported::toString);
        Path outbox = dir.resolve("outbox");
        Run exported = run(new ExportCommand(), "--db", db, "--out", outbox.toString());
        assertEquals(0, exported.exit(), exported::toString);
        List<Path> pairs;
        try (var list = Files.list(outbox)) {
            pairs = list.sorted().toList();
        }
        assertEquals(2, pairs.size(), "the sample's two partner pairs (居宅, 予防): " + pairs);
        int files = 0;
        for (Path pair : pairs) {
            ValidationReport report = UnitValidator.standard().validate(pair);
            assertEquals(0, report.errors(), () -> pair + ": " + report.toText(Locale.ENGLISH));
            files += report.files().size();
        }
        long sent;
        try (var list = Files.list(reg)) {
            sent = list.count();
        }
        assertEquals(sent, files, "every registered file back, in the folder of its pair");
        // --sender selects: only the pairs of that planning office
        String planner = pairs.get(0).getFileName().toString().substring(0, 13);
        Path one = dir.resolve("one");
        assertEquals(0, run(new ExportCommand(), "--db", db, "--out", one.toString(), "--sender", planner).exit());
        try (var list = Files.list(one)) {
            assertEquals(List.of(one.resolve(pairs.get(0).getFileName())), list.toList());
        }
    }

    @Test
    void usageAndUnreadablePathsExitTwo() {
        assertEquals(2, run(new ImportCommand(), "--db", newDb(), dir.resolve("missing").toString()).exit());
        assertEquals(2, run(new ImportCommand()).exit());
        assertEquals(2, run(new ExportCommand(), "--db", newDb(), "--out", dir.resolve("o").toString(), "--sender",
                "not-a-party").exit());
        // a database without the schema's tables
        assertEquals(2, run(new ExportCommand(), "--db", newDb(), "--out", dir.resolve("o").toString()).exit());
    }
}
