package io.github.careplanspec.model.yobo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.code.IssuePresence;
import io.github.careplanspec.model.code.PreventionPlanType;
import io.github.careplanspec.model.code.ProgramNeed;
import io.github.careplanspec.model.code.SupportLevel;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The README's 予防 quick start, verbatim, so that the README cannot drift from the API. */
class ReadmeQuickStartTest {
    @Test
    void preventionPlanQuickStart() {
        PreventionPlan yobo = PreventionPlan.builder()
                .key(InsurerNumber.parse("131016"), InsuredNumber.parse("1234567890"), LocalDate.of(2024, 10, 1))
                .planType(PreventionPlanType.PREVENTIVE_CARE_SUPPORT)                // 計画種類 1 介護予防支援
                .userName("予防 花子")
                .supportLevel(SupportLevel.SUPPORT_1)                                // 要支援状態区分 1 要支援１
                .assessment(AssessmentDomain.MOBILITY,
                        AssessmentArea.of("屋外は杖で歩行", "買い物に行きたい", IssuePresence.YES, "膝の痛み"))
                .program(ChecklistProgram.EXERCISE, 3, ProgramNeed.NEEDED)           // No.43 該当数, No.49 要否
                .build();

        String[] yoboItems = RecordLayout.of(PreventionPlan.class).format(yobo);  // 57 items in No. order

        assertEquals(57, yoboItems.length);
        assertEquals("1", yoboItems[4]);
        assertEquals("屋外は杖で歩行", yoboItems[23]);
        assertEquals("3", yoboItems[42]);
        assertEquals("1", yoboItems[48]);
        assertEquals(yobo, RecordLayout.of(PreventionPlan.class).parse(Arrays.asList(yoboItems)).value());
        assertEquals(yobo.planDate(), PreventionPlanSupportRow.builder().key(yobo).build().planDate());
        assertEquals(yobo.planDate(), PreventionPlanDeletion.of(yobo).planDate());
    }
}
