package io.github.careplanspec.validation.rules;

import static io.github.careplanspec.validation.rules.KyotakuSamples.ids;
import static io.github.careplanspec.validation.rules.KyotakuSamples.texts;
import static io.github.careplanspec.validation.rules.KyotakuSamples.validateFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.code.ConsultationMethod;
import io.github.careplanspec.model.code.DisabilityCertification;
import io.github.careplanspec.model.code.Entrustment;
import io.github.careplanspec.model.code.PreventionPlanType;
import io.github.careplanspec.model.code.UserCurrentSituation;
import io.github.careplanspec.model.code.UserGender;
import io.github.careplanspec.model.code.YoboCareLevel;
import io.github.careplanspec.model.yobo.PreventionPlanSupportRow;
import io.github.careplanspec.model.yobo.UserBasicInfo;
import io.github.careplanspec.validation.CarePlanValidator;
import io.github.careplanspec.validation.report.ValidationIssue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 予防 rules of notes-yobo.md: P15 conditional items, P7 continuation rule of UPYOBO_SUB. */
class YoboRulesTest {
    private static final InsurerNumber INSURER = InsurerNumber.parse("131016");
    private static final InsuredNumber INSURED = InsuredNumber.parse("H123456789");
    private static final LocalDate DAY = LocalDate.of(2024, 10, 1);
    private static final String SUB = "UPYOBO_SUB_1310100001_46_1310200002_A2_20241025120000.CSV";

    static UserBasicInfo basicInfo() {
        return UserBasicInfo.builder()
                .key(INSURER, INSURED, DAY)
                .planType(PreventionPlanType.PREVENTIVE_CARE_SUPPORT)
                .entrustment(Entrustment.ENTRUSTED)
                .consultationMethod(ConsultationMethod.VISIT)
                .currentSituation(UserCurrentSituation.AT_HOME)
                .userNameKana("ﾖﾎﾞｳ ﾊﾅｺ")
                .userName("予防 花子")
                .userGender(UserGender.FEMALE)
                .userBirthDate(LocalDate.of(1940, 2, 29))
                .careLevel(YoboCareLevel.NOT_APPLICABLE)
                .physicalDisability(DisabilityCertification.NOT_APPLICABLE)
                .build();
    }

    /** The P7 example of notes-yobo.md: (1,1,1) full → (1,2,1) new 支援計画 → (1,2,2) new サービス → (2,1,1). */
    static List<PreventionPlanSupportRow> supportRows() {
        PreventionPlanSupportRow.Builder b = PreventionPlanSupportRow.builder().key(INSURER, INSURED, DAY);
        return List.of(
                b.numbers(1, 1, 1).overallIssue("転倒の不安").goal("一人で外出できる").supportPoint("歩行訓練")
                        .serviceKind("通所型サービス").build(),
                b.numbers(1, 2, 1).overallIssue(null).goal(null).supportPoint("家族の見守り")
                        .serviceKind("家族").build(),
                b.numbers(1, 2, 2).supportPoint(null).serviceKind("近隣").build(),
                b.numbers(2, 1, 1).overallIssue("栄養").goal("体重維持").supportPoint("配食")
                        .serviceKind("配食サービス").build());
    }

    @Test
    void p15OtherConsultationMethodNeedsItsContent() {
        CarePlanValidator v = CarePlanValidator.standard();
        assertEquals(List.of(), v.validate(basicInfo()));
        UserBasicInfo other = basicInfo().toBuilder().consultationMethod(ConsultationMethod.OTHER).build();
        List<ValidationIssue> i = v.validate(other);
        assertEquals(List.of("P15.consultationOther"), ids(i));
        assertEquals(9, i.get(0).column());
        assertEquals(List.of(), v.validate(other.toBuilder().consultationMethodOther("自宅訪問の際に相談").build()));
    }

    @Test
    void p15HospitalStayNeedsItsNote() {
        CarePlanValidator v = CarePlanValidator.standard();
        UserBasicInfo stay = basicInfo().toBuilder().currentSituation(UserCurrentSituation.IN_HOSPITAL_OR_FACILITY)
                .build();
        List<ValidationIssue> i = v.validate(stay);
        assertEquals(List.of("P15.situationNote"), ids(i));
        assertEquals(13, i.get(0).column());
        assertTrue(i.get(0).messageJa().contains("入院又は入所中"), i.get(0).messageJa());
        assertEquals(List.of(), v.validate(stay.toBuilder().currentSituationNote("○○病院に入院中").build()));
    }

    @Test
    void p7TheSpecExampleIsValid() {
        assertEquals(List.of(), validateFile(SUB, texts(supportRows())));
        assertEquals(List.of(), validateFile("UPKIHON_1310100001_46_1310200002_A2_20241025120000.CSV",
                texts(List.of(basicInfo()))));
    }

    @Test
    void p7ContinuationRowsLeaveTheGroupCellsBlank() {
        List<PreventionPlanSupportRow> rows = supportRows();
        PreventionPlanSupportRow repeatsIssue = rows.get(1).toBuilder().overallIssue("転倒の不安").build();
        List<ValidationIssue> i = validateFile(SUB, texts(List.of(rows.get(0), repeatsIssue)));
        assertEquals(List.of("P7.issueRepeated"), ids(i));
        assertEquals(6, i.get(0).column());
        assertEquals(2, i.get(0).record());

        PreventionPlanSupportRow repeatsPlan = rows.get(2).toBuilder().supportPoint("家族の見守り").build();
        i = validateFile(SUB, texts(List.of(rows.get(0), rows.get(1), repeatsPlan)));
        assertEquals(List.of("P7.planRepeated"), ids(i));
        assertEquals(11, i.get(0).column());
    }

    @Test
    void p7GroupsAreConsecutive() {
        List<PreventionPlanSupportRow> rows = supportRows();
        PreventionPlanSupportRow backToIssue1 = rows.get(2);
        List<ValidationIssue> i = validateFile(SUB, texts(List.of(rows.get(0), rows.get(3), backToIssue1)));
        assertEquals(List.of("P7.order"), ids(i));
        assertEquals(5, i.get(0).column());
        assertEquals(3, i.get(0).record());

        PreventionPlanSupportRow backToPlan1 = rows.get(0).toBuilder().overallIssue(null).goal(null)
                .supportPoint(null).serviceNo("2").build();
        i = validateFile(SUB, texts(List.of(rows.get(0), rows.get(1), backToPlan1)));
        assertEquals(List.of("P7.order"), ids(i));
        assertEquals(10, i.get(0).column());

        // rows of another plan in between do not break a group
        PreventionPlanSupportRow otherPlan = rows.get(3).toBuilder().planDate(DAY.plusDays(1)).build();
        assertEquals(List.of(), validateFile(SUB, texts(List.of(rows.get(0), otherPlan, rows.get(1)))));
    }
}
