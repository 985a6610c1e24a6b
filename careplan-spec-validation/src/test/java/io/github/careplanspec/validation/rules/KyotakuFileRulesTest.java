package io.github.careplanspec.validation.rules;

import static io.github.careplanspec.validation.rules.KyotakuSamples.BACK;
import static io.github.careplanspec.validation.rules.KyotakuSamples.TAIL;
import static io.github.careplanspec.validation.rules.KyotakuSamples.ids;
import static io.github.careplanspec.validation.rules.KyotakuSamples.texts;
import static io.github.careplanspec.validation.rules.KyotakuSamples.validateFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.kyotaku.CarePlanTable2Row;
import io.github.careplanspec.model.kyotaku.ServiceTicketAnnexLine;
import io.github.careplanspec.model.kyotaku.ServiceTicketLine;
import io.github.careplanspec.validation.report.ValidationIssue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** File rules R16, R20, R25 (name), R40, R51 across rows: a failing and a passing case each. */
class KyotakuFileRulesTest {
    private static final String UPPLAN = "UPPLAN_202411" + TAIL;
    private static final String UPJSK = "UPJSK_202411" + BACK;
    private static final String UPSIKYU = "UPSIKYU_202411" + TAIL;

    @Test
    void validFilesFromTheBuildersRaiseNothing() {
        assertEquals(List.of(), validateFile("UPHOSOKU_000000" + TAIL,
                texts(List.of(KyotakuSamples.planSupplement()))));
        assertEquals(List.of(), validateFile("UPHOSOKU_202411" + TAIL,
                texts(List.of(KyotakuSamples.monthSupplement()))));
        assertEquals(List.of(), validateFile(UPPLAN,
                texts(List.of(KyotakuSamples.visit(), KyotakuSamples.rental()))));
        ServiceTicketLine result = KyotakuSamples.visit();
        assertEquals(List.of(), validateFile(UPJSK, texts(List.of(result))));
        assertEquals(List.of(), validateFile(UPSIKYU, texts(KyotakuSamples.annexSheet())));
        assertEquals(List.of(), validateFile("UP2KYO" + TAIL, texts(KyotakuSamples.table2())));
        assertEquals(List.of(), validateFile("DLTJSK_202411" + BACK,
                texts(List.of(KyotakuSamples.resultDeletion()))));
        assertEquals(List.of(), validateFile("UP1KYO" + TAIL, texts(List.of(Samples.table1()))));
    }

    @Test
    void r16MonthOfTheNameAgreesWithTheRecords() {
        List<ValidationIssue> i = validateFile("UPPLAN_202412" + TAIL,
                texts(List.of(KyotakuSamples.visit(), KyotakuSamples.rental())));
        assertEquals(List.of("R16.month"), ids(i), "reported once per value");
        assertEquals(5, i.get(0).column());
        assertEquals(1, i.get(0).record());
        assertTrue(i.get(0).messageJa().contains("202412"), i.get(0).messageJa());
        // UPHOSOKU: the plan's record in a 000000 file, the month's record in a month file
        assertEquals(List.of("R16.month"), ids(validateFile("UPHOSOKU_000000" + TAIL,
                texts(List.of(KyotakuSamples.monthSupplement())))));
        assertEquals(List.of("R16.month"), ids(validateFile("UPHOSOKU_202411" + TAIL,
                texts(List.of(KyotakuSamples.planSupplement())))));
        assertEquals(List.of("R16.month"), ids(validateFile("DLTJSK_202410" + BACK,
                texts(List.of(KyotakuSamples.resultDeletion())))));
    }

    @Test
    void r16SenderAndReceiverOfTheNameAgreeWithTheRecords() {
        // a 実績 file sent by the planner's office instead of the service office
        List<ValidationIssue> i = validateFile("UPJSK_202411" + TAIL, texts(List.of(KyotakuSamples.visit())));
        assertEquals(List.of("R16.sender", "R16.receiver"), ids(i));
        assertEquals(20, i.get(0).column());
        assertEquals(6, i.get(1).column());
        // a 予定 file whose sender is not the プラン担当業者
        assertEquals(List.of("R16.sender"), ids(validateFile("UPPLAN_202411" + BACK,
                texts(List.of(KyotakuSamples.visit())))));
    }

    @Test
    void r20OneServiceMonthPerFile() {
        ServiceTicketLine next = KyotakuSamples.visit().toBuilder()
                .targetMonth(KyotakuSamples.MONTH.plusMonths(1))
                .serviceDate(KyotakuSamples.MONTH.plusMonths(1).atDay(5)).build();
        List<ValidationIssue> i = validateFile(UPPLAN,
                texts(List.of(KyotakuSamples.visit(), next, next, KyotakuSamples.visit())));
        assertEquals(List.of("R16.month", "R20"), ids(i));
        assertEquals(2, i.get(1).record());
        assertEquals("202411", i.get(1).params().get("first"));
        assertEquals(List.of(), validateFile(UPPLAN, texts(List.of(KyotakuSamples.visit(), KyotakuSamples.visit()))));
    }

    @Test
    void r25ServiceTypeOfTheFileName() {
        String name = "UPPLAN_202411_1310100001_43_1310200002_33_20241025120000.CSV";
        List<ValidationIssue> i = validateFile(name, texts(List.of(KyotakuSamples.visit())));
        assertEquals(List.of("R25.name"), ids(i));
        assertEquals(0, i.get(0).line());
        assertTrue(i.get(0).messageJa().contains("送信先サービス種類33"), i.get(0).messageJa());
        assertEquals(List.of(), validateFile(UPPLAN, texts(List.of(KyotakuSamples.visit()))));
    }

    @Test
    void r51EveryUserHasItsTotalRow() {
        List<ServiceTicketAnnexLine> sheet = new ArrayList<>(KyotakuSamples.annexSheet());
        ServiceTicketAnnexLine other = sheet.get(3).toBuilder().insuredNumber(InsuredNumber.parse("0000099999"))
                .build();
        sheet.add(other); // a second user without a total
        List<ValidationIssue> i = validateFile(UPSIKYU, texts(sheet));
        assertEquals(List.of("R51.total"), ids(i));
        assertEquals(6, i.get(0).record());
        assertEquals(9, i.get(0).column());
        assertTrue(i.get(0).messageEn().contains("0000099999"), i.get(0).messageEn());
        sheet.add(KyotakuSamples.annexSheet().get(4).toBuilder()
                .insuredNumber(InsuredNumber.parse("0000099999")).build());
        assertEquals(List.of(), validateFile(UPSIKYU, texts(sheet)));
    }

    @Test
    void r51SeveralDetailRowsNeedASubtotal() {
        List<ServiceTicketAnnexLine> sheet = new ArrayList<>(KyotakuSamples.annexSheet());
        sheet.remove(2);
        List<ValidationIssue> i = validateFile(UPSIKYU, texts(sheet));
        // issue 17 reading 3: two 区分支給限度 rows (No.18 given) need the {CD}AAAA row — an error
        assertEquals(List.of("R51.inLimitSubtotal"), ids(i));
        assertEquals(1, i.get(0).record());
        assertEquals(9, i.get(0).column());
        assertEquals("2", i.get(0).params().get("rows"));
        assertEquals("11", i.get(0).params().get("type"));
        // two detail rows without No.18 and no subtotal of any kind: R51.subtotal, an error too
        List<ServiceTicketAnnexLine> outside = new ArrayList<>(List.of(
                KyotakuSamples.annexDetail("111211", 395, null), KyotakuSamples.annexDetail("114000", 100, null),
                KyotakuSamples.annexSheet().get(4)));
        List<ValidationIssue> o = validateFile(UPSIKYU, texts(outside));
        assertEquals(List.of("R51.subtotal"), ids(o));
        assertEquals(io.github.careplanspec.model.issue.Severity.ERROR, o.get(0).severity());
        assertEquals(1, o.get(0).record());
        // an EEEE row satisfies it
        outside.add(2, KyotakuSamples.annex(ServiceTicketAnnexLine.subtotalOutsideLimit(KyotakuSamples.HELPER,
                io.github.careplanspec.model.ServiceTypeCode.parse("11"))).countOrDays(1).build());
        assertEquals(List.of(), validateFile(UPSIKYU, texts(outside)));
    }

    @Test
    void r51SubtotalAddsUpItsDetailRows() {
        List<ServiceTicketAnnexLine> sheet = new ArrayList<>(KyotakuSamples.annexSheet());
        sheet.set(2, sheet.get(2).toBuilder().benefitManagementUnits(4000).build());
        List<ValidationIssue> i = validateFile(UPSIKYU, texts(sheet));
        assertEquals(List.of("R51.sum"), ids(i));
        assertEquals(3, i.get(0).record());
        assertEquals(18, i.get(0).column());
        assertEquals("4000", i.get(0).value());
        assertEquals("3960", i.get(0).params().get("sum"));
        // Q35: amounts on the subtotal row only are fine
        sheet.set(0, sheet.get(0).toBuilder().benefitManagementUnits(null).build());
        sheet.set(1, sheet.get(1).toBuilder().benefitManagementUnits(null).build());
        assertEquals(List.of(), validateFile(UPSIKYU, texts(sheet)));
    }

    @Test
    void r40Table2RowsInNoOrderWithoutDuplicates() {
        List<CarePlanTable2Row> rows = KyotakuSamples.table2();
        List<ValidationIssue> i = validateFile("UP2KYO" + TAIL, texts(List.of(rows.get(2), rows.get(0), rows.get(1))));
        assertEquals(List.of("R40.order"), ids(i));
        assertEquals(2, i.get(0).record());
        assertEquals("2/1/1", i.get(0).params().get("previous"));
        assertEquals("1/1/1", i.get(0).params().get("current"));

        i = validateFile("UP2KYO" + TAIL, texts(List.of(rows.get(0), rows.get(1), rows.get(1))));
        assertEquals(List.of("R40.duplicate"), ids(i));
        assertEquals("2", i.get(0).params().get("first"));

        // another plan's rows do not interfere
        CarePlanTable2Row otherPlan = rows.get(0).toBuilder().insuredNumber(InsuredNumber.parse("0000099999")).build();
        assertEquals(List.of(), validateFile("UP2KYO" + TAIL, texts(List.of(rows.get(2), otherPlan))));
    }
}
