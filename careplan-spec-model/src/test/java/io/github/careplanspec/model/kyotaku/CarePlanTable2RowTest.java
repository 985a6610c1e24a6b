package io.github.careplanspec.model.kyotaku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Parsed;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.code.InsuranceCoverage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarePlanTable2RowTest {
    private static final RecordLayout<CarePlanTable2Row> LAYOUT = RecordLayout.of(CarePlanTable2Row.class);

    static CarePlanTable2Row sample() {
        return CarePlanTable2Row.builder()
                .key(InsurerNumber.parse("131016"), InsuredNumber.parse("0123456789"), LocalDate.of(2024, 10, 1))
                .createdOn(LocalDate.of(2024, 10, 1))
                .numbers(1, 1, 2)
                .issue("自宅で入浴したい")
                .longTermGoal("週2回、自宅の浴槽で\"安全に\"入浴できる")
                .shortTermGoal("介助を受けて入浴する,\r\n転倒しない")
                .longTermPeriod("R6.10.1～R7.3.31").shortTermPeriod("R6.10.1～R6.12.31")
                .serviceContent("入浴介助").insuranceCoverage(InsuranceCoverage.COVERED).serviceKind("訪問介護")
                .serviceProviderCode(OfficeNumber.parse("0300000005")).serviceOfficeName("さくら訪問介護")
                .frequency("週2回").period("R6.10.1～R6.12.31").updaterCode(OfficeNumber.parse("0300000100"))
                .build();
    }

    @Test
    void formatsEveryItemInNoOrderAndParsesBack() {
        CarePlanTable2Row r = sample();
        String[] texts = LAYOUT.format(r);
        assertEquals(22, texts.length);
        assertEquals("20241001", texts[4]);
        assertEquals("1", texts[5]);
        assertEquals("2", texts[12]);
        assertEquals("Y", texts[14]);
        assertEquals("0300000005", texts[16]);
        assertEquals("", texts[21]);
        Parsed<CarePlanTable2Row> back = LAYOUT.parse(Arrays.asList(texts));
        assertTrue(back.isOk(), back.toString());
        assertEquals(r, back.value());
        assertEquals(r, r.toBuilder().build());
    }

    @Test
    void continuationRowsMayLeaveTheIssueAndGoalsEmpty() {
        // R40: 帳票出力時のイメージ — a row continuing the same 課題/目標 leaves them blank
        CarePlanTable2Row next = sample().toBuilder().issue(null).longTermGoal("").shortTermGoal(null)
                .longTermPeriod(null).shortTermPeriod(null).contentNo(3).serviceContent("見守り")
                .insuranceCoverage(InsuranceCoverage.NOT_COVERED).serviceKind("家族").serviceProviderCode((String) null)
                .build();
        assertNull(next.longTermGoal());
        String[] texts = LAYOUT.format(next);
        assertEquals("", texts[6]);
        assertEquals("N", texts[14]);
        assertEquals("", texts[16]);
        assertEquals(next, LAYOUT.parse(Arrays.asList(texts)).value());
    }

    private static CarePlanTable2Row blankContinuation(CarePlanTable2Row r, int issueNo, int goalNo, int contentNo) {
        return r.toBuilder().numbers(issueNo, goalNo, contentNo).issue(null).longTermGoal(null).longTermPeriod(null)
                .shortTermGoal(null).shortTermPeriod(null).serviceContent("内容" + issueNo + goalNo + contentNo)
                .build();
    }

    @Test
    void carryForwardFillsContinuationRowsWithinTheSameNumbersR40() {
        CarePlanTable2Row first = sample().toBuilder().numbers(1, 1, 1).build();
        CarePlanTable2Row sameGoal = blankContinuation(first, 1, 1, 2);
        CarePlanTable2Row nextGoal = blankContinuation(first, 1, 2, 1).toBuilder().shortTermGoal("一人で湯船に入る")
                .build();
        CarePlanTable2Row nextGoalContinued = blankContinuation(first, 1, 2, 2);
        CarePlanTable2Row otherIssue = sample().toBuilder().numbers(2, 1, 1).issue("外出したい").longTermGoal("散歩")
                .shortTermGoal("近所を歩く").longTermPeriod("R6.10～").shortTermPeriod("R6.10～R6.12").build();
        CarePlanTable2Row otherIssueBlank = blankContinuation(first, 2, 1, 2);
        CarePlanTable2Row otherPlan = blankContinuation(first, 1, 1, 3).toBuilder()
                .key(first.insurerNumber(), first.insuredNumber(), LocalDate.of(2025, 4, 1)).build();
        List<CarePlanTable2Row> in = List.of(first, sameGoal, nextGoal, nextGoalContinued, otherIssue, otherIssueBlank,
                otherPlan);
        List<CarePlanTable2Row> out = CarePlanTable2Row.carryForward(in);
        assertEquals(in.size(), out.size());
        assertEquals(first, out.get(0));
        // same 課題ＮＯ and 援助目標ＮＯ: everything carried
        assertEquals(first.issue(), out.get(1).issue());
        assertEquals(first.longTermGoal(), out.get(1).longTermGoal());
        assertEquals(first.shortTermGoal(), out.get(1).shortTermGoal());
        assertEquals(first.shortTermPeriod(), out.get(1).shortTermPeriod());
        assertEquals("内容112", out.get(1).serviceContent(), "the row's own items stay");
        // next 援助目標ＮＯ: 課題 and 長期 carried, its own 短期目標 kept, 短期期間 not taken from the other goal
        assertEquals(first.issue(), out.get(2).issue());
        assertEquals(first.longTermGoal(), out.get(2).longTermGoal());
        assertEquals(first.longTermPeriod(), out.get(2).longTermPeriod());
        assertEquals("一人で湯船に入る", out.get(2).shortTermGoal());
        assertNull(out.get(2).shortTermPeriod());
        assertEquals("一人で湯船に入る", out.get(3).shortTermGoal(), "carried within 援助目標ＮＯ 2");
        // another 課題ＮＯ: from its own first row, never from 課題 1
        assertEquals("外出したい", out.get(5).issue());
        assertEquals("近所を歩く", out.get(5).shortTermGoal());
        // another plan (No.5): nothing carried across plans
        assertEquals(otherPlan, out.get(6));
        assertNull(out.get(6).issue());
        // idempotent, and a value present is never changed
        assertEquals(out, CarePlanTable2Row.carryForward(out));
        assertEquals(List.of(otherIssue), CarePlanTable2Row.carryForward(List.of(otherIssue)));
    }

    @Test
    void providerCodeIsPlainTextAndUnknownCoverageKept() {
        // Q6: No.17 has no printed format; it is TEXT, so what a peer sends is kept
        assertEquals(FieldFormat.TEXT, Catalog.columns(FileKind.UP2KYO).get(16).format());
        assertEquals(FieldFormat.INTEGER, Catalog.columns(FileKind.UP2KYO).get(5).format());
        assertEquals(FieldFormat.FREE_TEXT, Catalog.columns(FileKind.UP2KYO).get(19).format());
        List<String> texts = new ArrayList<>(Arrays.asList(LAYOUT.format(sample())));
        texts.set(14, "y");
        texts.set(16, "ABC");
        Parsed<CarePlanTable2Row> p = LAYOUT.parse(texts);
        assertTrue(p.isOk(), p.toString());
        assertFalse(p.value().insuranceCoverage().isKnown());
        assertEquals("ABC", p.value().serviceProviderCode());
    }

    @Test
    void numbersOutsideOneToNinetyNineAreRefusedByTheBuilderAndLocatedOnRead() {
        assertThrows(IllegalArgumentException.class, () -> CarePlanTable2Row.builder().issueNo(0));
        assertThrows(IllegalArgumentException.class, () -> CarePlanTable2Row.builder().goalNo(100));
        assertThrows(IllegalArgumentException.class, () -> CarePlanTable2Row.builder().numbers(1, 1, 100));
        List<String> texts = new ArrayList<>(Arrays.asList(LAYOUT.format(sample())));
        texts.set(7, "-1");
        Parsed<CarePlanTable2Row> p = LAYOUT.parse(texts);
        assertNull(p.value());
        assertEquals("援助目標ＮＯ", p.problems().get(0).column().name());
    }

    @Test
    void builderNamesEveryMissingRequiredItem() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CarePlanTable2Row.builder().issue("x").build());
        assertTrue(e.getMessage().contains("No.4 居宅計画書作成年月日"), e.getMessage());
        assertTrue(e.getMessage().contains("No.5 居宅サービス計画作成（変更）日"), e.getMessage());
    }

    @Test
    void arbitraryValidRecordsRoundTrip() {
        qt().forAll(UserPlanGens.TABLE2_ROWS).checkAssert(r -> {
            String[] texts = LAYOUT.format(r);
            assertEquals(22, texts.length);
            Parsed<CarePlanTable2Row> back = LAYOUT.parse(Arrays.asList(texts));
            assertTrue(back.isOk(), () -> back.toString());
            assertEquals(r, back.value());
            assertEquals(r, r.toBuilder().build());
        });
    }
}
