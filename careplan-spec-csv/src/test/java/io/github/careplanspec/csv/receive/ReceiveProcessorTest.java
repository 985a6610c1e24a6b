package io.github.careplanspec.csv.receive;

import static io.github.careplanspec.csv.receive.Fixtures.INSURER;
import static io.github.careplanspec.csv.receive.Fixtures.PLANNER;
import static io.github.careplanspec.csv.receive.Fixtures.PROVIDER;
import static io.github.careplanspec.csv.receive.Fixtures.annex;
import static io.github.careplanspec.csv.receive.Fixtures.delete;
import static io.github.careplanspec.csv.receive.Fixtures.insured;
import static io.github.careplanspec.csv.receive.Fixtures.kinds;
import static io.github.careplanspec.csv.receive.Fixtures.plan1;
import static io.github.careplanspec.csv.receive.Fixtures.plan2;
import static io.github.careplanspec.csv.receive.Fixtures.plan3;
import static io.github.careplanspec.csv.receive.Fixtures.supplement;
import static io.github.careplanspec.csv.receive.Fixtures.ticket;
import static io.github.careplanspec.csv.receive.Fixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.kyotaku.CarePlanTable1;
import io.github.careplanspec.model.name.FileSequence;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReceiveProcessorTest {
    private static final ChangeKey.PlanKey PLAN = new ChangeKey.PlanKey(InsurerNumber.parse(INSURER),
            InsuredNumber.parse(insured(1)), LocalDate.of(2024, 4, 1));
    private static final ChangeKey.UtilizationKey MAY = new ChangeKey.UtilizationKey(InsurerNumber.parse(INSURER),
            InsuredNumber.parse(insured(1)), YearMonth.of(2024, 5));

    private final InMemoryReceiptLedger ledger = new InMemoryReceiptLedger();
    private final InMemoryReceiveStore store = new InMemoryReceiveStore();

    private UnitOutcome apply(ReceiveProcessor p, ReceivedUnit u) {
        UnitOutcome o = p.process(u, ledger);
        ledger.record(o);
        store.apply(o);
        return o;
    }

    private UnitOutcome apply(ReceivedUnit u) {
        return apply(new ReceiveProcessor(), u);
    }

    private static ReceivedUnit planUnit(String seq, String payload, boolean withTable3) {
        Map<FileKind, List<Record>> m = kinds(FileKind.UP1KYO, plan1(1, "20240401", payload),
                FileKind.UP2KYO, plan2(1, "20240401", payload + "-a"), FileKind.UP2KYO, plan2(1, "20240401",
                        payload + "-b"), FileKind.UPHOSOKU, supplement(1, "20240401", "000000", payload));
        if (withTable3) {
            m.putAll(kinds(FileKind.UP3KYO, plan3(1, "20240401", payload)));
        }
        return unit(seq, PLANNER, m);
    }

    @Test
    void planUnitRegistersTheFamilyUnderItsKeyR26() {
        UnitOutcome o = apply(planUnit("20240401090000", "first", true));
        assertEquals(UnitOutcome.Status.APPLIED, o.status());
        assertEquals(1, o.events().size());
        ReceiveEvent.FamilyStored s = assertInstanceOf(ReceiveEvent.FamilyStored.class, o.events().get(0));
        assertEquals(PLAN, s.key());
        assertFalse(s.replacing());
        assertEquals(5, s.content().recordCount());
        assertEquals(2, s.content().rows(FileKind.UP2KYO).size());
        assertEquals(1, s.content().rows(FileKind.UP1KYO, CarePlanTable1.class).size());
        assertEquals(Map.of(PLAN, new KeyState(FileSequence.parse("20240401090000"), true)), o.keyStates());
    }

    @Test
    void reSentPlanReplacesTheWholeFamilyR35() {
        apply(planUnit("20240401090000", "first", true));
        UnitOutcome o = apply(planUnit("20240402090000", "second", false));
        ReceiveEvent.FamilyStored s = assertInstanceOf(ReceiveEvent.FamilyStored.class, o.events().get(0));
        assertTrue(s.replacing());
        Map<FileKind, List<Record>> held = store.rows(PLAN);
        assertFalse(held.containsKey(FileKind.UP3KYO), "第3表 not re-sent: replaced by nothing (replace-as-a-set)");
        assertEquals(List.of(plan1(1, "20240401", "second")), held.get(FileKind.UP1KYO));
    }

    @Test
    void reDeliveryHasNoSecondEffect() {
        ReceivedUnit u = planUnit("20240401090000", "first", true);
        apply(u);
        apply(planUnit("20240402090000", "second", true));
        UnitOutcome again = apply(u);
        assertEquals(UnitOutcome.Status.DUPLICATE, again.status());
        assertTrue(again.events().isEmpty());
        assertEquals(List.of(plan1(1, "20240401", "second")), store.rows(PLAN).get(FileKind.UP1KYO));
    }

    @Test
    void sameSequenceFromAnotherSenderIsAnotherUnit() {
        apply(planUnit("20240401090000", "first", true));
        ReceivedUnit other = ReceivedUnit.of(FileSequence.parse("20240401090000"), Party.parse("0300000200_43"),
                PROVIDER, kinds(FileKind.UP1KYO, plan1(1, "20240401", "other")), List.of());
        UnitOutcome o = apply(other);
        assertEquals(UnitOutcome.Status.APPLIED, o.status());
        assertTrue(o.superseded().isEmpty(), "an equal 連番 is not older (R22: order unspecified)");
    }

    @Test
    void dlt1kyoDeletesPlanWithTables2And3AndSupplementByDefaultR31Q17() {
        apply(planUnit("20240401090000", "first", true));
        UnitOutcome o = apply(unit("20240403090000", PLANNER, kinds(FileKind.DLT1KYO,
                delete(FileKind.DLT1KYO, 1, "20240401"))));
        ReceiveEvent.FamilyDeleted d = assertInstanceOf(ReceiveEvent.FamilyDeleted.class, o.events().get(0));
        assertEquals(PLAN, d.key());
        assertTrue(d.held());
        assertEquals(Set.of(FileKind.UP1KYO, FileKind.UP2KYO, FileKind.UP3KYO, FileKind.UPHOSOKU), d.cascade());
        assertTrue(store.rows(PLAN).isEmpty());
    }

    @Test
    void dlt1kyoKeepsTheSupplementWhenSoChosenQ17() {
        ReceiveProcessor keep = new ReceiveProcessor(ReceiveOptions.DEFAULT.withDeleteSupplementWithPlan(false));
        apply(keep, planUnit("20240401090000", "first", true));
        UnitOutcome o = apply(keep, unit("20240403090000", PLANNER, kinds(FileKind.DLT1KYO,
                delete(FileKind.DLT1KYO, 1, "20240401"))));
        ReceiveEvent.FamilyDeleted d = assertInstanceOf(ReceiveEvent.FamilyDeleted.class, o.events().get(0));
        assertFalse(d.cascade().contains(FileKind.UPHOSOKU));
        assertEquals(Set.of(FileKind.UPHOSOKU), store.rows(PLAN).keySet());
    }

    @Test
    void deletionOfAKeyNotHeldIsHarmlessAndNotedP8() {
        UnitOutcome o = apply(unit("20240403090000", PLANNER, kinds(FileKind.DLT1KYO,
                delete(FileKind.DLT1KYO, 1, "20240401"))));
        ReceiveEvent.FamilyDeleted d = assertInstanceOf(ReceiveEvent.FamilyDeleted.class, o.events().get(0));
        assertFalse(d.held());
        assertEquals(1, o.notes().size());
    }

    @Test
    void utilizationFamilyPerUserAndMonthAndDltplanCascadeR27R32() {
        ReceivedUnit u = unit("20240420090000", PLANNER, kinds(
                FileKind.UPPLAN, ticket(FileKind.UPPLAN, 1, "202405", "0300000005", "111111", "p"),
                FileKind.UPPLAN, ticket(FileKind.UPPLAN, 1, "202406", "0300000005", "111111", "june"),
                FileKind.UPSIKYU, annex(1, "202405", "a"),
                FileKind.UPHOSOKU, supplement(1, "00000000", "202405", "s"),
                FileKind.UPHOSOKU, supplement(1, "20240401", "000000", "plan-linked")));
        UnitOutcome o = apply(u);
        assertEquals(3, o.events().size(), "May, June and the plan-linked supplement's plan");
        assertEquals(Set.of(FileKind.UPPLAN, FileKind.UPSIKYU, FileKind.UPHOSOKU), store.rows(MAY).keySet());
        assertEquals(Set.of(FileKind.UPHOSOKU), store.rows(PLAN).keySet());
        apply(unit("20240425090000", PLANNER, kinds(FileKind.DLTPLAN, delete(FileKind.DLTPLAN, 1, "202405"))));
        assertTrue(store.rows(MAY).isEmpty());
        ChangeKey june = new ChangeKey.UtilizationKey(MAY.insurerNumber(), MAY.insuredNumber(), YearMonth.of(2024, 6));
        assertEquals(1, store.rows(june).get(FileKind.UPPLAN).size(), "another month is untouched");
    }

    @Test
    void resultsReplacedPerOfficeAndServiceTypeR36AndDeletedPerDltjskR33() {
        apply(unit("20240601090000", PROVIDER, kinds(
                FileKind.UPJSK, ticket(FileKind.UPJSK, 1, "202405", "0300000005", "111111", "visit-1"),
                FileKind.UPJSK, ticket(FileKind.UPJSK, 1, "202405", "0300000005", "111211", "visit-2"),
                FileKind.UPJSK, ticket(FileKind.UPJSK, 1, "202405", "0300000005", "131111", "nurse"),
                FileKind.UPJSK, ticket(FileKind.UPJSK, 1, "202405", "0300000006", "111111", "satellite"))));
        ChangeKey.ResultKey k11 = result("0300000005", "11");
        ChangeKey.ResultKey k13 = result("0300000005", "13");
        ChangeKey.ResultKey sat = result("0300000006", "11");
        assertEquals(2, store.rows(k11).get(FileKind.UPJSK).size());
        // a correction of type 11 at office 5 replaces only those rows
        apply(unit("20240602090000", PROVIDER, kinds(FileKind.UPJSK,
                ticket(FileKind.UPJSK, 1, "202405", "0300000005", "111111", "corrected"))));
        assertEquals(List.of(ticket(FileKind.UPJSK, 1, "202405", "0300000005", "111111", "corrected")),
                store.rows(k11).get(FileKind.UPJSK));
        assertEquals(1, store.rows(k13).get(FileKind.UPJSK).size());
        assertEquals(1, store.rows(sat).get(FileKind.UPJSK).size());
        apply(unit("20240603090000", PROVIDER, kinds(FileKind.DLTJSK,
                delete(FileKind.DLTJSK, 1, "202405", "0300000005", "13"))));
        assertTrue(store.rows(k13).isEmpty());
        assertEquals(1, store.rows(k11).get(FileKind.UPJSK).size());
    }

    private static ChangeKey.ResultKey result(String office, String type) {
        return new ChangeKey.ResultKey(MAY.insurerNumber(), MAY.insuredNumber(), YearMonth.of(2024, 5),
                OfficeNumber.parse(office), ServiceTypeCode.parse(type));
    }

    @Test
    void olderRegistrationAfterNewerDeletionIsSupersededR22() {
        ReceivedUnit older = planUnit("20240401090000", "first", true);
        apply(unit("20240403090000", PLANNER, kinds(FileKind.DLT1KYO, delete(FileKind.DLT1KYO, 1, "20240401"))));
        UnitOutcome o = apply(older);
        assertEquals(UnitOutcome.Status.APPLIED, o.status());
        assertTrue(o.changes().isEmpty());
        ReceiveEvent.ChangeSuperseded s = o.superseded().get(0);
        assertEquals(FileKind.Operation.REGISTER, s.operation());
        assertEquals(FileSequence.parse("20240403090000"), s.appliedSequence());
        assertTrue(store.rows(PLAN).isEmpty(), "as if processed in 連番 order");
    }

    @Test
    void olderDeletionAfterNewerRegistrationIsSuperseded() {
        apply(planUnit("20240405090000", "newer", true));
        UnitOutcome o = apply(unit("20240403090000", PLANNER, kinds(FileKind.DLT1KYO,
                delete(FileKind.DLT1KYO, 1, "20240401"))));
        assertEquals(FileKind.Operation.DELETE, o.superseded().get(0).operation());
        assertEquals(List.of(plan1(1, "20240401", "newer")), store.rows(PLAN).get(FileKind.UP1KYO));
    }

    @Test
    void unkeyableRecordRejectsTheWholeUnit() {
        ReceivedUnit u = unit("20240401090000", PLANNER, kinds(FileKind.UP1KYO, plan1(1, "20240401", "ok"),
                FileKind.UP2KYO, Fixtures.record(FileKind.UP2KYO, Fixtures.items(2, INSURER, 3, insured(1)))));
        UnitOutcome o = apply(u);
        assertEquals(UnitOutcome.Status.REJECTED, o.status());
        assertTrue(o.events().isEmpty());
        assertTrue(o.problems().get(0).contains("No.5"), o.problems().toString());
        assertTrue(store.rows(PLAN).isEmpty());
        assertFalse(ledger.isApplied(u.id()), "a rejected unit may be sent again, corrected");
    }

    /** R22: records are keyed in the kind table's one processing order (deletions first), so are the problems. */
    @Test
    void recordsAreKeyedInTheOneProcessingOrderR22() {
        ReceivedUnit u = unit("20240401090000", PLANNER, kinds(
                FileKind.UP1KYO, Fixtures.record(FileKind.UP1KYO, Fixtures.items(2, INSURER, 3, insured(1))),
                FileKind.DLT1KYO, Fixtures.record(FileKind.DLT1KYO, Fixtures.items(2, INSURER, 3, insured(1)))));
        UnitOutcome o = apply(u);
        assertEquals(UnitOutcome.Status.REJECTED, o.status());
        assertEquals(2, o.problems().size(), o.problems().toString());
        List<String> ja = o.problems(java.util.Locale.JAPANESE);
        assertTrue(ja.get(0).startsWith("DLT1KYO 1件目") && ja.get(0).contains("No.4 is empty"), ja.toString());
        assertTrue(ja.get(1).startsWith("UP1KYO 1件目") && ja.get(1).contains("No.14 is empty"), ja.toString());
        assertTrue(o.problems().get(0).startsWith("DLT1KYO record 1: cannot key it"), o.problems().toString());
    }

    /** The key items a key writes for each member kind are the kind table's, with R37's sentinels for UPHOSOKU. */
    @Test
    void keyItemsFollowTheKindTable() {
        ChangeKey.PlanKey plan = new ChangeKey.PlanKey(InsurerNumber.parse(INSURER),
                InsuredNumber.parse(insured(1)), LocalDate.of(2024, 4, 1));
        assertEquals(Map.of(2, INSURER, 3, insured(1), 14, "20240401"), plan.keyItems(FileKind.UP1KYO));
        assertEquals(Map.of(2, INSURER, 3, insured(1), 5, "20240401"), plan.keyItems(FileKind.UP3KYO));
        assertEquals(List.of(2, 3, 4, 63), List.copyOf(plan.keyItems(FileKind.UPHOSOKU).keySet()));
        assertEquals("000000", plan.keyItems(FileKind.UPHOSOKU).get(63));
        ChangeKey.UtilizationKey month = new ChangeKey.UtilizationKey(plan.insurerNumber(), plan.insuredNumber(),
                YearMonth.of(2024, 5));
        assertEquals(Map.of(2, INSURER, 3, insured(1), 4, "00000000", 63, "202405"),
                month.keyItems(FileKind.UPHOSOKU));
        assertThrows(IllegalArgumentException.class, () -> plan.keyItems(FileKind.DLT1KYO));
        assertThrows(IllegalArgumentException.class, () -> plan.keyItems(FileKind.UPSIKYU));
    }

    @Test
    void supplementWithBothOrNoSentinelIsRejectedR37() {
        UnitOutcome both = apply(unit("20240401090000", PLANNER, kinds(FileKind.UPHOSOKU,
                supplement(1, "00000000", "000000", "x"))));
        assertEquals(UnitOutcome.Status.REJECTED, both.status());
        UnitOutcome none = apply(unit("20240401090001", PLANNER, kinds(FileKind.UPHOSOKU,
                supplement(1, "20240401", "202405", "x"))));
        assertEquals(UnitOutcome.Status.REJECTED, none.status());
    }

    @Test
    void registerAndDeleteOfOneKeyInOneUnitIsRejected() {
        UnitOutcome o = apply(unit("20240401090000", PLANNER, kinds(FileKind.UP1KYO, plan1(1, "20240401", "x"),
                FileKind.DLT1KYO, delete(FileKind.DLT1KYO, 1, "20240401"))));
        assertEquals(UnitOutcome.Status.REJECTED, o.status());
    }

    @Test
    void processAllFollowsSequenceOrderR22() {
        ReceivedUnit reg = planUnit("20240401090000", "first", true);
        ReceivedUnit del = unit("20240403090000", PLANNER, kinds(FileKind.DLT1KYO,
                delete(FileKind.DLT1KYO, 1, "20240401")));
        ReceivedUnit again = planUnit("20240405090000", "again", false);
        List<UnitOutcome> out = new ReceiveProcessor().processAll(List.of(again, del, reg), ledger);
        assertEquals(List.of(reg.id(), del.id(), again.id()), out.stream().map(UnitOutcome::unit).toList());
        out.forEach(store::apply);
        assertEquals(List.of(plan1(1, "20240401", "again")), store.rows(PLAN).get(FileKind.UP1KYO));
        assertTrue(out.stream().allMatch(x -> x.superseded().isEmpty()));
    }

    @Test
    void unitRefusesRecordsOfTheWrongType() {
        assertThrows(IllegalArgumentException.class, () -> unit("20240401090000", PLANNER,
                kinds(FileKind.UP2KYO, plan1(1, "20240401", "x"))));
    }

    private static Record yobo(FileKind kind, String date, Object... more) {
        Map<Integer, String> m = Fixtures.items(2, INSURER, 3, insured(1), 4, date, Fixtures.payloadNo(kind), "p");
        for (int i = 0; i < more.length; i += 2) {
            m.put((Integer) more[i], (String) more[i + 1]);
        }
        return Fixtures.record(kind, m);
    }

    @Test
    void basicInfoFamilyWithImageAndDltkihonCascadeR36aP8() {
        String img = "UPKIHON_IMAGE_0300000100_46_0300000005_11_20241001120000_0001.jpg";
        ImageFile jpeg = new ImageFile(img, new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2});
        ImageFile stray = new ImageFile("UPKIHON_IMAGE_0300000100_46_0300000005_11_20241001120000_0002.jpg",
                new byte[] {3});
        ReceivedUnit u = ReceivedUnit.of(FileSequence.parse("20241001120000"), PLANNER, PROVIDER, kinds(
                FileKind.UPKIHON, yobo(FileKind.UPKIHON, "20240910", 62, img),
                FileKind.UPKIHON_SUB1, yobo(FileKind.UPKIHON_SUB1, "20240910"),
                FileKind.UPKIHON_SUB1, yobo(FileKind.UPKIHON_SUB1, "20240910"),
                FileKind.UPKIHON_SUB2, yobo(FileKind.UPKIHON_SUB2, "20240910")), List.of(jpeg, stray));
        UnitOutcome o = apply(u);
        ChangeKey.BasicInfoKey key = new ChangeKey.BasicInfoKey(PLAN.insurerNumber(), PLAN.insuredNumber(),
                LocalDate.of(2024, 9, 10));
        ReceiveEvent.FamilyStored s = assertInstanceOf(ReceiveEvent.FamilyStored.class, o.events().get(0));
        assertEquals(key, s.key());
        assertEquals(List.of(jpeg), s.content().images());
        assertEquals(1, o.notes().size(), "the stray image is noted: " + o.notes());
        assertEquals(2, store.rows(key).get(FileKind.UPKIHON_SUB1).size());
        assertEquals(List.of(jpeg), store.images(key));
        UnitOutcome d = apply(unit("20241002120000", PLANNER, kinds(FileKind.DLTKIHON,
                delete(FileKind.DLTKIHON, 1, "20240910"))));
        assertEquals(Set.of(FileKind.UPKIHON, FileKind.UPKIHON_SUB1, FileKind.UPKIHON_SUB2, FileKind.UPKIHON_IMAGE),
                ((ReceiveEvent.FamilyDeleted) d.events().get(0)).cascade());
        assertTrue(store.rows(key).isEmpty());
        assertTrue(store.images(key).isEmpty());
    }

    @Test
    void preventionPlanFamilyAndDltyoboCascadeR36aP8() {
        apply(unit("20241001120000", PLANNER, kinds(FileKind.UPYOBO, yobo(FileKind.UPYOBO, "20240915"),
                FileKind.UPYOBO_SUB, yobo(FileKind.UPYOBO_SUB, "20240915"),
                FileKind.UPYOBO_SUB, yobo(FileKind.UPYOBO_SUB, "20240915"))));
        ChangeKey.PreventionPlanKey key = new ChangeKey.PreventionPlanKey(PLAN.insurerNumber(),
                PLAN.insuredNumber(), LocalDate.of(2024, 9, 15));
        assertEquals(2, store.rows(key).get(FileKind.UPYOBO_SUB).size());
        // a 利用者基本情報 with another date is not touched by DLTYOBO
        apply(unit("20241001120001", PLANNER, kinds(FileKind.UPKIHON, yobo(FileKind.UPKIHON, "20240915"))));
        apply(unit("20241002120000", PLANNER, kinds(FileKind.DLTYOBO, delete(FileKind.DLTYOBO, 1, "20240915"))));
        assertTrue(store.rows(key).isEmpty());
        assertEquals(1, store.snapshot().get(FileKind.UPKIHON).size());
    }
}
