package io.github.careplanspec.model.yobo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Parsed;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.catalog.Repeated;
import io.github.careplanspec.model.code.IssuePresence;
import io.github.careplanspec.model.code.PlanCategory;
import io.github.careplanspec.model.code.PreventionPlanType;
import io.github.careplanspec.model.code.ProgramNeed;
import io.github.careplanspec.model.code.SupportLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreventionPlanTest {
    static PreventionPlan sample() {
        return PreventionPlan.builder()
                .key(InsurerNumber.parse("131016"), InsuredNumber.parse("1234567890"), LocalDate.of(2024, 10, 1))
                .planType(PreventionPlanType.PREVENTIVE_CARE_MANAGEMENT)
                .userName("予防 花子")
                .planCategory(PlanCategory.INITIAL)
                .supportLevel(SupportLevel.SUPPORT_1)
                .assessment(AssessmentDomain.DAILY_LIFE,
                        AssessmentArea.of("買い物は長男が支援", "自分で買い物に行きたい", IssuePresence.YES, "膝の痛み"))
                .program(ChecklistProgram.EXERCISE, 3, ProgramNeed.NEEDED)
                .program(ChecklistProgram.DEPRESSION, 0, ProgramNeed.NOT_NEEDED)
                .overallPolicy("週1回の通所で、\"歩行\"を維持する。")
                .build();
    }

    @Test
    void formatsEveryItemInNoOrderAndParsesBack() {
        PreventionPlan p = sample();
        RecordLayout<PreventionPlan> layout = RecordLayout.of(PreventionPlan.class);
        String[] t = layout.format(p);
        assertEquals(57, t.length);
        assertEquals("2", t[4]);
        assertEquals("11", t[11], "No.12 計画書区分 is the 居宅 list (P16)");
        assertEquals("1", t[13], "No.14 要支援状態区分 is 1-digit (P16)");
        assertEquals("", t[23], "【運動・移動】 left empty");
        assertEquals("買い物は長男が支援", t[27], "No.28 【日常生活(家庭生活)】現在の状況");
        assertEquals("1", t[29]);
        assertEquals("", t[31 + 4], "【健康管理】 empty");
        assertEquals("3", t[42], "No.43 該当数(運動不足)");
        assertEquals("0", t[47], "No.48 該当数(うつ予防)");
        assertEquals("1", t[48], "No.49 要否(運動不足)");
        assertEquals("2", t[53], "No.54 要否(うつ予防)");
        assertEquals("", t[49]);
        Parsed<PreventionPlan> back = layout.parse(Arrays.asList(t));
        assertTrue(back.isOk(), back.toString());
        assertEquals(p, back.value());
        assertEquals(2, back.value().assessmentAreas().size(), "a leading empty domain stays; trailing ones do not");
        assertTrue(back.value().assessment(AssessmentDomain.MOBILITY).isEmpty());
        assertEquals("膝の痛み", back.value().assessment(AssessmentDomain.DAILY_LIFE).orElseThrow().issueBackground());
        assertEquals(3, back.value().checklistCount(ChecklistProgram.EXERCISE));
        assertNull(back.value().checklistCount(ChecklistProgram.NUTRITION));
        assertEquals(ProgramNeed.NOT_NEEDED,
                back.value().programNeed(ChecklistProgram.DEPRESSION).known().orElseThrow());
    }

    @Test
    void domainEnumsMatchTheLayout() throws NoSuchMethodException {
        List<ColumnSpec> cols = Catalog.columns(FileKind.UPYOBO);
        for (AssessmentDomain d : AssessmentDomain.values()) {
            assertEquals(d.prefix() + "現在の状況", cols.get(d.firstNo() - 1).name());
            assertEquals(d.prefix() + "領域における課題（背景・原因）", cols.get(d.firstNo() + 2).name());
        }
        Repeated r = PreventionPlan.class.getRecordComponents()[23].getAnnotation(Repeated.class);
        assertEquals(AssessmentDomain.values().length, r.prefixes().length);
        for (ChecklistProgram prog : ChecklistProgram.values()) {
            assertEquals("基本チェックリストの該当数(" + prog.labelJa() + ")", cols.get(prog.countNo() - 1).name());
            assertEquals("事業プログラムの要否(" + prog.labelJa() + ")", cols.get(prog.needNo() - 1).name());
        }
    }

    @Test
    void builderNamesEveryMissingRequiredItemAndAssessmentsCanBeCleared() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PreventionPlan.builder().build());
        for (String item : List.of("No.2 保険者番号", "No.3 被保険者番号", "No.4 計画作成(変更)日", "No.5 計画種類",
                "No.8 利用者名")) {
            assertTrue(e.getMessage().contains(item), item + " in " + e.getMessage());
        }
        assertFalse(e.getMessage().contains("No.1 "), "CSVバージョン is preset");
        PreventionPlan cleared = sample().toBuilder().assessment(AssessmentDomain.DAILY_LIFE, null).build();
        assertEquals(List.of(), cleared.assessmentAreas());
        assertThrows(IllegalArgumentException.class, () -> sample().toBuilder()
                .assessmentAreas(List.of(AssessmentArea.EMPTY, AssessmentArea.EMPTY, AssessmentArea.EMPTY,
                        AssessmentArea.EMPTY, AssessmentArea.of("x", null, null, null)))
                .build());
    }

    @Test
    void aCountThatIsNotANumberIsLocated() {
        List<String> texts = new ArrayList<>(Arrays.asList(RecordLayout.of(PreventionPlan.class).format(sample())));
        texts.set(43, "二");
        Parsed<PreventionPlan> p = RecordLayout.of(PreventionPlan.class).parse(texts);
        assertNull(p.value());
        assertEquals("基本チェックリストの該当数(栄養改善)", p.problems().get(0).column().name());
        texts.set(43, "");
        texts.set(29, "3");
        Parsed<PreventionPlan> q = RecordLayout.of(PreventionPlan.class).parse(texts);
        assertFalse(q.value().assessment(AssessmentDomain.DAILY_LIFE).orElseThrow().issuePresence().isKnown());
    }

    @Test
    void deletionCarriesTheKey() {
        PreventionPlanDeletion d = PreventionPlanDeletion.of(sample());
        String[] t = RecordLayout.of(PreventionPlanDeletion.class).format(d);
        assertEquals(List.of("202407", "131016", "1234567890", "20241001"), List.of(t));
        assertEquals(d, RecordLayout.of(PreventionPlanDeletion.class).parse(List.of(t)).value());
    }
}
