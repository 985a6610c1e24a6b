package io.github.careplanspec.model.yobo;

import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.code.AttendingPhysicianFlag;
import io.github.careplanspec.model.code.BasicChecklistResult;
import io.github.careplanspec.model.code.CertificationStatus;
import io.github.careplanspec.model.code.Code;
import io.github.careplanspec.model.code.CodeList;
import io.github.careplanspec.model.code.ConsultationMethod;
import io.github.careplanspec.model.code.ConsultationRound;
import io.github.careplanspec.model.code.DementiaElderlyIndependence;
import io.github.careplanspec.model.code.DisabilityCertification;
import io.github.careplanspec.model.code.DisabledElderlyIndependence;
import io.github.careplanspec.model.code.EconomicStatus;
import io.github.careplanspec.model.code.Entrustment;
import io.github.careplanspec.model.code.HomeModification;
import io.github.careplanspec.model.code.HousingType;
import io.github.careplanspec.model.code.IssuePresence;
import io.github.careplanspec.model.code.PlanCategory;
import io.github.careplanspec.model.code.PreventionPlanType;
import io.github.careplanspec.model.code.ProgramNeed;
import io.github.careplanspec.model.code.SupportLevel;
import io.github.careplanspec.model.code.TreatmentProgress;
import io.github.careplanspec.model.code.UserCurrentSituation;
import io.github.careplanspec.model.code.UserGender;
import io.github.careplanspec.model.code.YoboCareLevel;
import java.time.LocalDate;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid 予防 records, built only through the public API (builders, factories,
 * {@code parse}). Optional items are left empty about a third of the time; code items are now and then a code the
 * list does not know (kept as {@link Code}, never lost).
 */
final class Arbitrary {
    /** Characters free text may hold: kana, kanji, full-width signs, and the CSV-sensitive {@code , " \r \n}. */
    private static final String FREE_CHARS = "あいうえおカキクケコｱｲｳ介護予防計画利用者家族０１２ＡＢ　 ,\"\r\n'・（）()-:/9aZ";

    private Arbitrary() {
    }

    static Gen<InsurerNumber> insurers() {
        return Generate.range(0, 999_999).map(i -> InsurerNumber.parse(String.format("%06d", i)));
    }

    static Gen<InsuredNumber> insureds() {
        Gen<InsuredNumber> digits = Generate.longRange(0, 9_999_999_999L)
                .map(i -> InsuredNumber.parse(String.format("%010d", i)));
        Gen<InsuredNumber> publicAssistance = Generate.range(0, 999_999_999)
                .map(i -> InsuredNumber.parse(String.format("H%09d", i)));
        return digits.mix(publicAssistance, 20);
    }

    static Gen<LocalDate> dates() {
        return Generate.longRange(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /** Non-empty free text of 1–12 characters, CSV-sensitive characters included. */
    static Gen<String> texts() {
        return in -> {
            int n = Generate.range(1, 12).generate(in);
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append(FREE_CHARS.charAt(Generate.range(0, FREE_CHARS.length() - 1).generate(in)));
            }
            return sb.toString();
        };
    }

    /** A non-empty text of at most {@code max} digits, hyphens or letters (phone numbers, floors). */
    static Gen<String> shortTexts(int max) {
        String chars = "0123456789-B";
        return in -> {
            int n = Generate.range(1, max).generate(in);
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append(chars.charAt(Generate.range(0, chars.length() - 1).generate(in)));
            }
            return sb.toString();
        };
    }

    /** A value or {@code null} (an empty item) about a third of the time. */
    static <T> T maybe(Gen<T> gen, RandomnessSource in) {
        return Generate.range(0, 2).generate(in) == 0 ? null : gen.generate(in);
    }

    /** A known code, or (one time in ten) a same-length code the list does not know. */
    static <E extends Enum<E> & CodeList> Gen<Code<E>> codes(Class<E> list) {
        Gen<Code<E>> known = Generate.enumValues(list).map(Code::of);
        int width = list.getEnumConstants()[0].code().length();
        Gen<Code<E>> unknown = Generate.pick(java.util.List.of("9", "X", "7")).map(s -> Code.parse(list,
                s.repeat(width)));
        return known.mix(unknown, 10);
    }

    static Gen<EmergencyContact> emergencyContacts() {
        return in -> EmergencyContact.of(maybe(texts(), in), maybe(texts(), in), maybe(texts(), in),
                maybe(shortTexts(15), in));
    }

    static Gen<AssessmentArea> assessmentAreas() {
        return in -> new AssessmentArea(maybe(texts(), in), maybe(texts(), in), maybe(codes(IssuePresence.class), in),
                maybe(texts(), in));
    }

    static Gen<UserBasicInfo> userBasicInfos() {
        return in -> {
            UserBasicInfo.Builder b = UserBasicInfo.builder()
                    .key(insurers().generate(in), insureds().generate(in), dates().generate(in))
                    .planType(codes(PreventionPlanType.class).generate(in))
                    .entrustment(maybe(codes(Entrustment.class), in))
                    .author(maybe(texts(), in))
                    .consultationMethod(maybe(codes(ConsultationMethod.class), in))
                    .consultationMethodOther(maybe(texts(), in))
                    .consultationRound(maybe(codes(ConsultationRound.class), in))
                    .previousConsultationDate(maybe(dates(), in))
                    .currentSituation(maybe(codes(UserCurrentSituation.class), in))
                    .currentSituationNote(maybe(texts(), in))
                    .userNameKana(texts().generate(in))
                    .userName(texts().generate(in))
                    .userGender(codes(UserGender.class).generate(in))
                    .userBirthDate(dates().generate(in))
                    .userAddress(maybe(texts(), in))
                    .userPhone(maybe(shortTexts(15), in))
                    .userFax(maybe(shortTexts(15), in))
                    .disabledElderlyIndependence(maybe(codes(DisabledElderlyIndependence.class), in))
                    .dementiaElderlyIndependence(maybe(codes(DementiaElderlyIndependence.class), in))
                    .careLevel(maybe(codes(YoboCareLevel.class), in))
                    .certificationStart(maybe(dates(), in))
                    .certificationEnd(maybe(dates(), in))
                    .previousCareLevel(maybe(codes(YoboCareLevel.class), in))
                    .basicChecklistResult(maybe(codes(BasicChecklistResult.class), in))
                    .basicChecklistDate(maybe(dates(), in))
                    .physicalDisability(maybe(codes(DisabilityCertification.class), in))
                    .intellectualDisability(maybe(codes(DisabilityCertification.class), in))
                    .mentalDisability(maybe(codes(DisabilityCertification.class), in))
                    .intractableDisease(maybe(codes(DisabilityCertification.class), in))
                    .disabilityNotes(maybe(texts(), in))
                    .housingType(maybe(codes(HousingType.class), in))
                    .roomFloor(maybe(shortTexts(2), in))
                    .homeModification(maybe(codes(HomeModification.class), in))
                    .nationalPension(maybe(codes(EconomicStatus.class), in))
                    .employeesPension(maybe(codes(EconomicStatus.class), in))
                    .disabilityPension(maybe(codes(EconomicStatus.class), in))
                    .publicAssistance(maybe(codes(EconomicStatus.class), in))
                    .economicNotes(maybe(texts(), in))
                    .visitorName(maybe(texts(), in))
                    .visitorAddress(maybe(texts(), in))
                    .visitorPhone(maybe(shortTexts(15), in))
                    .visitorRelationship(maybe(texts(), in))
                    .familyImage(maybe(texts().map(t -> FamilyImageReference.of(t.replace('/', '_'))), in))
                    .familySituation(maybe(texts(), in))
                    .lifeHistory(maybe(texts(), in))
                    .dailyLife(maybe(texts(), in))
                    .hobbies(maybe(texts(), in))
                    .communityRelations(maybe(texts(), in))
                    .publicServices(maybe(texts(), in))
                    .privateServices(maybe(texts(), in))
                    .consentDate(maybe(dates(), in))
                    .consenterName(maybe(texts(), in));
            int contacts = Generate.range(0, 4).generate(in);
            for (int i = 0; i < contacts; i++) {
                b.addEmergencyContact(emergencyContacts().generate(in));
            }
            return b.build();
        };
    }

    static Gen<DailyScheduleEntry> dailyScheduleEntries() {
        return in -> DailyScheduleEntry.builder()
                .key(insurers().generate(in), insureds().generate(in), dates().generate(in))
                .time(maybe(texts(), in))
                .userActivity(maybe(texts(), in))
                .caregiverActivity(maybe(texts(), in))
                .build();
    }

    static Gen<MedicalHistoryEntry> medicalHistoryEntries() {
        return in -> MedicalHistoryEntry.builder()
                .key(insurers().generate(in), insureds().generate(in), dates().generate(in))
                .date(maybe(texts(), in))
                .diseaseName(maybe(texts(), in))
                .medicalInstitution(maybe(texts(), in))
                .physicianFlag(maybe(codes(AttendingPhysicianFlag.class), in))
                .medicalInstitutionPhone(maybe(shortTexts(15), in))
                .progress(maybe(codes(TreatmentProgress.class), in))
                .treatmentDetails(maybe(texts(), in))
                .build();
    }

    static Gen<PreventionPlan> preventionPlans() {
        return in -> {
            PreventionPlan.Builder b = PreventionPlan.builder()
                    .key(insurers().generate(in), insureds().generate(in), dates().generate(in))
                    .planType(codes(PreventionPlanType.class).generate(in))
                    .entrustment(maybe(codes(Entrustment.class), in))
                    .referenceNumber(maybe(texts(), in))
                    .userName(texts().generate(in))
                    .certifiedOn(maybe(dates(), in))
                    .certificationStart(maybe(dates(), in))
                    .certificationEnd(maybe(dates(), in))
                    .planCategory(maybe(codes(PlanCategory.class), in))
                    .certificationStatus(maybe(codes(CertificationStatus.class), in))
                    .supportLevel(maybe(codes(SupportLevel.class), in))
                    .centerStaffName(maybe(texts(), in))
                    .careManagerName(maybe(texts(), in))
                    .plannerOfficeName(maybe(texts(), in))
                    .plannerOfficeAddress(maybe(texts(), in))
                    .plannerOfficePhone(maybe(shortTexts(15), in))
                    .firstPlanDate(maybe(dates(), in))
                    .supportCenter(maybe(texts(), in))
                    .dailyGoal(maybe(texts(), in))
                    .yearlyGoal(maybe(texts(), in))
                    .healthNotes(maybe(texts(), in))
                    .supportPolicy(maybe(texts(), in))
                    .overallPolicy(maybe(texts(), in))
                    .centerOpinion(maybe(texts(), in))
                    .consentDate(maybe(dates(), in))
                    .consenterName(maybe(texts(), in));
            for (AssessmentDomain d : AssessmentDomain.values()) {
                b.assessment(d, maybe(assessmentAreas(), in));
            }
            for (ChecklistProgram p : ChecklistProgram.values()) {
                b.program(p, maybe(Generate.range(0, 9), in), maybe(Generate.enumValues(ProgramNeed.class), in));
            }
            return b.build();
        };
    }

    static Gen<PreventionPlanSupportRow> supportRows() {
        return in -> PreventionPlanSupportRow.builder()
                .key(insurers().generate(in), insureds().generate(in), dates().generate(in))
                .numbers(Generate.range(0, 99).generate(in), Generate.range(0, 99).generate(in),
                        Generate.range(0, 99).generate(in))
                .overallIssue(maybe(texts(), in))
                .goalProposal(maybe(texts(), in))
                .intention(maybe(texts(), in))
                .goal(maybe(texts(), in))
                .supportPoint(maybe(texts(), in))
                .selfCareAndInformalSupport(maybe(texts(), in))
                .insuranceOrCommunityService(maybe(texts(), in))
                .serviceKind(maybe(texts(), in))
                .serviceProvider(maybe(texts(), in))
                .servicePeriod(maybe(texts(), in))
                .build();
    }

    static Gen<UserBasicInfoDeletion> userBasicInfoDeletions() {
        return in -> UserBasicInfoDeletion.of(insurers().generate(in), insureds().generate(in), dates().generate(in));
    }

    static Gen<PreventionPlanDeletion> preventionPlanDeletions() {
        return in -> PreventionPlanDeletion.of(insurers().generate(in), insureds().generate(in), dates().generate(in));
    }
}
