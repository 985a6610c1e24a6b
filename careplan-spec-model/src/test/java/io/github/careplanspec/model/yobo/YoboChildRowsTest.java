package io.github.careplanspec.model.yobo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Parsed;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.code.AttendingPhysicianFlag;
import io.github.careplanspec.model.code.TreatmentProgress;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 別表 rows of both 予防 parents: UPKIHON_SUB1, UPKIHON_SUB2 and UPYOBO_SUB. */
class YoboChildRowsTest {

    private static <R extends Record> String[] roundTrip(Class<R> type, R r) {
        RecordLayout<R> layout = RecordLayout.of(type);
        String[] t = layout.format(r);
        Parsed<R> back = layout.parse(Arrays.asList(t));
        assertTrue(back.isOk(), back.toString());
        assertEquals(r, back.value());
        return t;
    }

    @Test
    void dailyScheduleEntryTakesItsParentsKeyAndKeepsTimeAsText() {
        UserBasicInfo parent = UserBasicInfoTest.sample();
        DailyScheduleEntry e = DailyScheduleEntry.builder().key(parent).time("6:00").userActivity("起床")
                .caregiverActivity("妻も実施").build();
        String[] t = roundTrip(DailyScheduleEntry.class, e);
        assertEquals(List.of("202407", "131016", "H123456789", "20241001", "6:00", "起床", "妻も実施"), List.of(t));
        assertEquals(FieldFormat.FREE_TEXT, Catalog.columns(FileKind.UPKIHON_SUB1).get(4).format(), "U22");
    }

    @Test
    void medicalHistoryEntryRoundTrips() {
        MedicalHistoryEntry e = MedicalHistoryEntry.builder().key(UserBasicInfoTest.sample()).date("H12年10月")
                .diseaseName("高血圧症").medicalInstitution("さくら医院 佐藤医師")
                .physicianFlag(AttendingPhysicianFlag.ATTENDING_PHYSICIAN).medicalInstitutionPhone("03-0000-0000")
                .progress(TreatmentProgress.UNDER_TREATMENT).treatmentDetails("服薬").build();
        String[] t = roundTrip(MedicalHistoryEntry.class, e);
        assertEquals("H12年10月", t[4], "年月日 is free text, not YYYYMMDD (U22)");
        assertEquals("1", t[7]);
        assertEquals("01", t[9]);
        assertThrows(IllegalStateException.class, () -> MedicalHistoryEntry.builder().diseaseName("x").build());
    }

    @Test
    void supportRowNumbersAreFreeTextOfLengthTwo() {
        PreventionPlan parent = PreventionPlanTest.sample();
        PreventionPlanSupportRow first = PreventionPlanSupportRow.builder().key(parent).numbers(1, 1, 1)
                .overallIssue("歩行が不安定").goal("近所のスーパーまで歩く").supportPoint("下肢筋力の向上")
                .serviceKind("介護予防通所介護").serviceProvider("〇〇センター").servicePeriod("6カ月間").build();
        PreventionPlanSupportRow continuation = PreventionPlanSupportRow.builder().key(parent).numbers(1, 1, 2)
                .serviceKind("宅老所利用").build(); // P7: 課題 and 支援計画 cells blank on a continuation row
        String[] t = roundTrip(PreventionPlanSupportRow.class, first);
        assertEquals("1", t[4]);
        assertEquals("20241001", t[3]);
        String[] c = roundTrip(PreventionPlanSupportRow.class, continuation);
        assertEquals("", c[5]);
        assertEquals("2", c[13]);
        for (int no : new int[] {5, 10, 14}) {
            var col = Catalog.columns(FileKind.UPYOBO_SUB).get(no - 1);
            assertEquals(FieldFormat.FREE_TEXT, col.format(), col + " (U7)");
            assertEquals(2, col.length());
        }
        assertThrows(IllegalArgumentException.class, () -> PreventionPlanSupportRow.builder().numbers(100, 1, 1));
        PreventionPlanSupportRow text = PreventionPlanSupportRow.builder().key(parent).issueNo("A").build();
        assertEquals("A", roundTrip(PreventionPlanSupportRow.class, text)[4], "a non-numeric NO is kept (U7)");
    }
}
