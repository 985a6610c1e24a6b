package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.ProratedDays;
import io.github.careplanspec.model.ServiceCode;
import io.github.careplanspec.model.ServiceTime;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.WelfareEquipmentCode;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.code.CareLevel;
import io.github.careplanspec.model.code.CertificationStatus;
import io.github.careplanspec.model.code.Gender;
import io.github.careplanspec.model.code.InsuranceCoverage;
import io.github.careplanspec.model.code.Over30DaysCategory;
import io.github.careplanspec.model.kyotaku.CarePlanTable2Row;
import io.github.careplanspec.model.kyotaku.ServiceTicketAnnexLine;
import io.github.careplanspec.model.kyotaku.ServiceTicketLine;
import io.github.careplanspec.model.kyotaku.ServiceTicketResultDeletion;
import io.github.careplanspec.model.kyotaku.ServiceTypeLimitSlot;
import io.github.careplanspec.model.kyotaku.UserSupplement;
import io.github.careplanspec.model.name.InterfaceFileName;
import io.github.careplanspec.validation.CarePlanValidator;
import io.github.careplanspec.validation.report.ValidationIssue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Valid 居宅 records and files built with the model's builders, and a way to validate a file of them. */
final class KyotakuSamples {
    static final InsurerNumber INSURER = InsurerNumber.parse("131016");
    static final InsuredNumber INSURED = InsuredNumber.parse("0000012345");
    static final OfficeNumber PLANNER = OfficeNumber.parse("1310100001");
    static final OfficeNumber HELPER = OfficeNumber.parse("1310200002");
    static final OfficeNumber RENTAL = OfficeNumber.parse("1310300003");
    static final YearMonth MONTH = YearMonth.of(2024, 11);
    static final LocalDate PLAN_DATE = LocalDate.of(2024, 10, 1);
    static final String TAIL = "_1310100001_43_1310200002_11_20241025120000.CSV";
    static final String BACK = "_1310200002_11_1310100001_43_20241101120000.CSV";

    private KyotakuSamples() {
    }

    static UserSupplement.Builder supplement(UserSupplement.Builder b) {
        return b.userNameKana("カイゴ タロウ").userName("介護 太郎").gender(Gender.MALE)
                .birthDate(LocalDate.of(1940, 2, 29)).certifiedOn(LocalDate.of(2024, 3, 15))
                .limitPeriod(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31))
                .certificationStatus(CertificationStatus.CERTIFIED).careLevel(CareLevel.CARE_3)
                .benefitLimitUnits(27048)
                .addServiceTypeLimit(ServiceTypeLimitSlot.of(ServiceTypeCode.parse("22"), 1200, 1500, 300))
                .addServiceTypeLimit(new ServiceTypeLimitSlot(ServiceTypeCode.parse("15"), null, 800, null))
                .totalExcessUnits(300).updaterCode(PLANNER);
    }

    static UserSupplement planSupplement() {
        return supplement(UserSupplement.forPlan(INSURER, INSURED, PLAN_DATE)).build();
    }

    static UserSupplement monthSupplement() {
        return supplement(UserSupplement.forServiceMonth(INSURER, INSURED, MONTH)).build();
    }

    static ServiceTicketLine visit() {
        return ServiceTicketLine.builder()
                .key(INSURER, INSURED, MONTH)
                .createdOn(LocalDate.of(2024, 10, 25))
                .planOfficeNumber(PLANNER)
                .units(395)
                .serviceDate(LocalDate.of(2024, 11, 5))
                .times(ServiceTime.of(9, 30), ServiceTime.of(10, 30))
                .serviceCount(1)
                .serviceCode(ServiceCode.parse("111211"))
                .serviceProviderNumber(HELPER)
                .over30Days(Over30DaysCategory.NOT_APPLICABLE)
                .updaterCode(PLANNER)
                .build();
    }

    static ServiceTicketLine rental() {
        return visit().toBuilder()
                .serviceDate(LocalDate.of(2024, 11, 1))
                .withoutTime()
                .units(300)
                .serviceCode(ServiceCode.parse("171007"))
                .taisCode(WelfareEquipmentCode.of("00001", "000010"))
                .equipmentName("手すり（居室）")
                .detailNumber(1)
                .proratedDays(ProratedDays.range(1, 5))
                .serviceProviderNumber(RENTAL)
                .build();
    }

    static ServiceTicketAnnexLine.Builder annex(ServiceTicketAnnexLine.Builder b) {
        return b.key(INSURER, INSURED, MONTH).createdOn(LocalDate.of(2024, 10, 25))
                .over30Days(Over30DaysCategory.NOT_APPLICABLE).updaterCode(PLANNER);
    }

    static ServiceTicketAnnexLine annexDetail(String code, int units, Integer benefitUnits) {
        return annex(ServiceTicketAnnexLine.builder()).serviceOfficeNumber(HELPER).serviceCode(ServiceCode.parse(code))
                .units(units).countOrDays(8).benefitManagementUnits(benefitUnits)
                .unitPrice(new BigDecimal("11.40")).build();
    }

    /** A user's 第7表: two 訪問介護 rows with their subtotal, one rental row, the total. */
    static List<ServiceTicketAnnexLine> annexSheet() {
        ServiceTypeCode homeHelp = ServiceTypeCode.parse("11");
        return List.of(
                annexDetail("111211", 395, 3160),
                annexDetail("114000", 100, 800),
                annex(ServiceTicketAnnexLine.subtotalInLimit(HELPER, homeHelp)).countOrDays(1)
                        .benefitManagementUnits(3960).build(),
                annex(ServiceTicketAnnexLine.builder()).serviceOfficeNumber(RENTAL)
                        .serviceCode(ServiceCode.parse("171007")).taisCode(WelfareEquipmentCode.of("00001", "000010"))
                        .units(300).countOrDays(1).benefitManagementUnits(300).build(),
                annex(ServiceTicketAnnexLine.total()).countOrDays(1).build());
    }

    static List<CarePlanTable2Row> table2() {
        CarePlanTable2Row.Builder b = CarePlanTable2Row.builder().key(INSURER, INSURED, PLAN_DATE)
                .createdOn(PLAN_DATE).serviceContent("入浴介助").insuranceCoverage(InsuranceCoverage.COVERED)
                .updaterCode(PLANNER);
        return List.of(
                b.numbers(1, 1, 1).issue("自宅で入浴したい").longTermGoal("安全に入浴できる").build(),
                b.numbers(1, 1, 2).issue(null).longTermGoal(null).serviceContent("見守り").build(),
                b.numbers(2, 1, 1).issue("外出したい").longTermGoal("近所へ散歩").build());
    }

    static ServiceTicketResultDeletion resultDeletion() {
        return ServiceTicketResultDeletion.of(INSURER, INSURED, MONTH, HELPER, ServiceTypeCode.parse("11"));
    }

    /** @return the texts of records as a writer writes them */
    @SuppressWarnings("unchecked")
    static <R extends Record> List<String[]> texts(List<R> records) {
        List<String[]> out = new ArrayList<>();
        for (R r : records) {
            out.add(RecordLayout.of((Class<R>) r.getClass()).format(r));
        }
        return out;
    }

    /** Validates a file of item texts with the standard validator, one physical line per record. */
    static List<ValidationIssue> validateFile(String name, List<String[]> records) {
        List<ValidationIssue> out = new ArrayList<>();
        CarePlanValidator.FileValidation f = CarePlanValidator.standard()
                .startFile(FileContext.of(name, InterfaceFileName.parse(name)), out::add);
        long line = 1;
        for (String[] t : records) {
            f.accept(line++, t);
        }
        f.finish();
        return out;
    }

    static List<String> ids(List<ValidationIssue> issues) {
        return issues.stream().map(i -> i.rule().id()).toList();
    }
}
