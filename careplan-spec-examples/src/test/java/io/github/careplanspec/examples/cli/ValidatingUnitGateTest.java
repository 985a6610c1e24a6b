package io.github.careplanspec.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.csv.receive.ReceiveProcessor;
import io.github.careplanspec.csv.receive.ReceivedUnit;
import io.github.careplanspec.csv.unit.TransmissionUnit;
import io.github.careplanspec.examples.db.ImportResult;
import io.github.careplanspec.examples.db.JdbcExporter;
import io.github.careplanspec.examples.db.JdbcImporter;
import io.github.careplanspec.examples.db.UnitGate;
import io.github.careplanspec.examples.db.ValidatingUnitGate;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.name.FileSequence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validating gate in front of the JDBC importer: errors apply nothing, warnings do not stop a unit. */
class ValidatingUnitGateTest {
    private static ReceivedUnit unit(String seq, boolean withAnnexOfAnotherUser) throws Exception {
        TransmissionUnit.Builder b = TransmissionUnit.builder(ValidSamples.PLANNER, ServiceTypeCode.parse("43"),
                ValidSamples.HELPER, ServiceTypeCode.parse("11"), FileSequence.parse(seq))
                .add(FileKind.UPPLAN, List.of(ValidSamples.visit(), ValidSamples.rental()))
                .add(FileKind.UPHOSOKU, List.of(ValidSamples.monthSupplement()));
        b.add(FileKind.UPSIKYU, ValidSamples.annexSheet().stream()
                .map(l -> withAnnexOfAnotherUser ? l.toBuilder().insuredNumber(InsuredNumber.parse("0000099999"))
                        .build() : l).toList());
        return ReceivedUnit.from(b.build());
    }

    @Test
    void anErrorRejectsTheUnitAndAppliesNothing() throws Exception {
        UnitGate.Decision d = new ValidatingUnitGate().check(unit("20241025120000", true));
        assertFalse(d.accepted());
        assertTrue(d.reasons().stream().anyMatch(r -> r.startsWith("[R27.orphan] UPSIKYU_")), d.reasons()::toString);
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:gate1;DB_CLOSE_DELAY=-1")) {
            JdbcImporter importer = new JdbcImporter(c, new ReceiveProcessor(), new ValidatingUnitGate());
            ImportResult r = importer.importUnit(unit("20241025120000", true));
            assertEquals(ImportResult.Status.REJECTED_BY_GATE, r.status());
            assertTrue(new JdbcExporter(c).export().records(FileKind.UPPLAN).isEmpty());
        }
    }

    @Test
    void aValidUnitPassesAndIsApplied() throws Exception {
        UnitGate.Decision d = new ValidatingUnitGate().check(unit("20241025120000", false));
        assertTrue(d.accepted(), d.reasons()::toString);
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:gate2;DB_CLOSE_DELAY=-1")) {
            JdbcImporter importer = new JdbcImporter(c, new ReceiveProcessor(), new ValidatingUnitGate());
            assertEquals(ImportResult.Status.APPLIED, importer.importUnit(unit("20241025120000", false)).status());
            assertEquals(2, new JdbcExporter(c).export().records(FileKind.UPPLAN).size());
        }
    }

    @Test
    void warningsDoNotStopAUnit() throws Exception {
        // a second 利用者補足情報 of the same key: R30.duplicateSupplement, a warning
        TransmissionUnit t = TransmissionUnit.builder(ValidSamples.PLANNER, ServiceTypeCode.parse("43"),
                        ValidSamples.HELPER, ServiceTypeCode.parse("11"), FileSequence.parse("20241025120000"))
                .add(FileKind.UPPLAN, List.of(ValidSamples.visit()))
                .add(FileKind.UPSIKYU, ValidSamples.annexSheet())
                .add(FileKind.UPHOSOKU, List.of(ValidSamples.monthSupplement(), ValidSamples.monthSupplement()))
                .build();
        UnitGate.Decision d = new ValidatingUnitGate().check(ReceivedUnit.from(t));
        assertTrue(d.accepted(), d.reasons()::toString);
        assertTrue(d.reasons().stream().anyMatch(r -> r.startsWith("[R30.duplicateSupplement]")),
                d.reasons()::toString);
    }
}
