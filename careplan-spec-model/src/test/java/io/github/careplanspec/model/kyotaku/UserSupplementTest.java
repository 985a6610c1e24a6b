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
import io.github.careplanspec.model.PlanLinkDate;
import io.github.careplanspec.model.ServiceMonthLink;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Parsed;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.code.CareLevel;
import io.github.careplanspec.model.code.CertificationStatus;
import io.github.careplanspec.model.code.Gender;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UserSupplementTest {
    private static final RecordLayout<UserSupplement> LAYOUT = RecordLayout.of(UserSupplement.class);
    private static final InsurerNumber INSURER = InsurerNumber.parse("131016");
    private static final InsuredNumber INSURED = InsuredNumber.parse("0000012345");

    static UserSupplement.Builder base(UserSupplement.Builder b) {
        return b.userNameKana("カイゴ タロウ").userName("介護 太郎").gender(Gender.MALE)
                .birthDate(LocalDate.of(1940, 2, 29)).userAddress1("東京都千代田区1-1, \"本町\"\r\n2階")
                .userPhone("03-1234-5678").certifiedOn(LocalDate.of(2024, 3, 15))
                .limitPeriod(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31))
                .certificationStatus(CertificationStatus.CERTIFIED).careLevel(CareLevel.CARE_3)
                .benefitLimitUnits(27048)
                .addServiceTypeLimit(ServiceTypeLimitSlot.of(ServiceTypeCode.parse("22"), 1200, 1500, 300))
                .addServiceTypeLimit(new ServiceTypeLimitSlot(ServiceTypeCode.parse("2A"), null, 800, null))
                .totalExcessUnits(300).daysBeforeAdmissionMonth(12).cumulativeAdmissionDays(40)
                .previousCareLevel(CareLevel.CARE_2).updaterCode(OfficeNumber.parse("1310100001"));
    }

    static UserSupplement planLinked() {
        return base(UserSupplement.forPlan(INSURER, INSURED, LocalDate.of(2024, 10, 1))).build();
    }

    static UserSupplement monthLinked() {
        return base(UserSupplement.forServiceMonth(INSURER, INSURED, YearMonth.of(2024, 11))).build();
    }

    @Test
    void formatsEveryItemInNoOrderAndParsesBack() {
        UserSupplement s = planLinked();
        String[] texts = LAYOUT.format(s);
        assertEquals(63, texts.length);
        assertEquals("202407", texts[0]);
        assertEquals("20241001", texts[3]);
        assertEquals("1", texts[6]);
        assertEquals("19400229", texts[7]);
        assertEquals("23", texts[17]);
        assertEquals("27048", texts[18]);
        assertEquals(List.of("22", "1200", "1500", "300", "2A", "", "800", ""), Arrays.asList(texts).subList(19, 27));
        assertTrue(Arrays.asList(texts).subList(27, 55).stream().allMatch(String::isEmpty));
        assertEquals("300", texts[55]);
        assertEquals("22", texts[58]);
        assertEquals("", texts[61]);
        assertEquals("000000", texts[62]);
        Parsed<UserSupplement> back = LAYOUT.parse(Arrays.asList(texts));
        assertTrue(back.isOk(), back.toString());
        assertEquals(s, back.value());
        assertEquals(s, s.toBuilder().build());
    }

    @Test
    void planLinkAndServiceMonthLinkUseTheNamedSentinels() {
        // R37: No.4 00000000 when linked to 第6表/第7表; No.63 000000 when linked to 第1表/第2表 (and 第3表, Q22)
        UserSupplement plan = planLinked();
        assertTrue(plan.isPlanLinked());
        assertFalse(plan.isServiceMonthLinked());
        assertEquals(ServiceMonthLink.UNLINKED, plan.serviceMonth());
        assertEquals(LocalDate.of(2024, 10, 1), plan.planDate().date().orElseThrow());

        UserSupplement month = monthLinked();
        assertTrue(month.isServiceMonthLinked());
        assertFalse(month.isPlanLinked());
        assertEquals(PlanLinkDate.UNLINKED, month.planDate());
        String[] texts = LAYOUT.format(month);
        assertEquals("00000000", texts[3]);
        assertEquals("202411", texts[62]);
        Parsed<UserSupplement> back = LAYOUT.parse(Arrays.asList(texts));
        assertTrue(back.isOk(), back.toString());
        assertEquals(month, back.value());
        assertEquals(PlanLinkDate.UNLINKED, back.value().planDate());
    }

    @Test
    void builderRefusesABrokenLinkButAReadRecordKeepsIt() {
        IllegalStateException both = assertThrows(IllegalStateException.class,
                () -> planLinked().toBuilder().serviceMonth(ServiceMonthLink.of(YearMonth.of(2024, 10))).build());
        assertTrue(both.getMessage().contains("R37"), both.getMessage());
        IllegalStateException none = assertThrows(IllegalStateException.class,
                () -> planLinked().toBuilder().planDate(PlanLinkDate.UNLINKED).build());
        assertTrue(none.getMessage().contains("No.63"), none.getMessage());

        List<String> texts = new ArrayList<>(Arrays.asList(LAYOUT.format(planLinked())));
        texts.set(3, "00000000");
        Parsed<UserSupplement> p = LAYOUT.parse(texts);
        assertTrue(p.isOk(), p.toString());
        assertFalse(p.value().isPlanLinked());
        assertFalse(p.value().isServiceMonthLinked());
    }

    @Test
    void malformedLinkItemsAreLocated() {
        List<String> texts = new ArrayList<>(Arrays.asList(LAYOUT.format(planLinked())));
        texts.set(3, "20241301");
        texts.set(62, "00000");
        Parsed<UserSupplement> p = LAYOUT.parse(texts);
        assertNull(p.value());
        assertEquals(2, p.problems().size());
        assertEquals(4, p.problems().get(0).column().no());
        assertEquals("YYYYMMDD, a real date, or 00000000", p.problems().get(0).expected(Locale.ENGLISH));
        assertEquals("実在する日付の YYYYMMDD、または 00000000", p.problems().get(0).expected(Locale.JAPANESE));
        assertEquals("対象年月", p.problems().get(1).column().name());
        assertEquals("YYYYMM, a real month, or 000000", p.problems().get(1).expected(Locale.ENGLISH));
    }

    @Test
    void missingRequiredItemsAreNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> UserSupplement.forPlan(INSURER, INSURED, LocalDate.of(2024, 10, 1)).userName("x").build());
        assertTrue(e.getMessage().contains("No.5 利用者氏名フリガナ"), e.getMessage());
        assertTrue(e.getMessage().contains("No.7 利用者性別"), e.getMessage());
        assertTrue(e.getMessage().contains("No.8 利用者生年月日"), e.getMessage());
        assertFalse(e.getMessage().contains("No.6 "), e.getMessage());
        IllegalStateException noLink = assertThrows(IllegalStateException.class,
                () -> base(UserSupplement.builder()).insurerNumber(INSURER).insuredNumber(INSURED).build());
        assertTrue(noLink.getMessage().contains("No.4 ") && noLink.getMessage().contains("No.63 "),
                noLink.getMessage());
    }

    @Test
    void theNineSlotsAreNamedWithTheirPrefix() {
        List<ColumnSpec> cols = Catalog.columns(FileKind.UPHOSOKU);
        assertEquals("１サービス種類コード", cols.get(19).name());
        assertEquals(FieldFormat.SERVICE_TYPE_CODE, cols.get(19).format());
        assertEquals("５支給限度基準額", cols.get(36).name());
        assertEquals(FieldFormat.INTEGER, cols.get(36).format());
        assertEquals("９限度超単位数", cols.get(54).name());
        assertEquals(FieldFormat.DATE, cols.get(3).format());
        assertEquals(FieldFormat.YEAR_MONTH, cols.get(62).format());
    }

    @Test
    void atMostNineSlots() {
        List<ServiceTypeLimitSlot> ten = Collections.nCopies(10,
                ServiceTypeLimitSlot.of(ServiceTypeCode.parse("11"), 1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> UserSupplement.builder().serviceTypeLimits(ten));
        UserSupplement.Builder b = UserSupplement.builder().serviceTypeLimits(ten.subList(0, 9));
        assertThrows(IllegalArgumentException.class, () -> b.addServiceTypeLimit(ten.get(0)));
        UserSupplement nine = base(UserSupplement.forPlan(INSURER, INSURED, LocalDate.of(2024, 10, 1)))
                .serviceTypeLimits(ten.subList(0, 9)).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new UserSupplement(nine.csvVersion(), nine.insurerNumber(), nine.insuredNumber(),
                        nine.planDate(), nine.userNameKana(), nine.userName(), nine.gender(), nine.birthDate(),
                        null, null, null, null, null, null, null, null, null, null, null, ten, null, null, null,
                        null, null, null, null, nine.serviceMonth()));
        assertTrue(e.getMessage().contains("at most 9"), e.getMessage());
        String[] texts = LAYOUT.format(nine);
        assertEquals("11", texts[51]);
        assertEquals(nine, LAYOUT.parse(Arrays.asList(texts)).value());
    }

    @Test
    void trailingEmptySlotsAreDroppedAndGapsKept() {
        // R38: slots are filled from slot 1; on read, unused slots after the last used one are not kept
        List<String> texts = new ArrayList<>(Arrays.asList(LAYOUT.format(planLinked())));
        Parsed<UserSupplement> p = LAYOUT.parse(texts);
        assertEquals(2, p.value().serviceTypeLimits().size());
        // a gap (slot 1 empty, slot 3 used) is kept as read, so validation can report it
        for (int i = 19; i < 27; i++) {
            texts.set(i, "");
        }
        texts.set(28, "500");
        p = LAYOUT.parse(texts);
        assertTrue(p.isOk(), p.toString());
        List<ServiceTypeLimitSlot> slots = p.value().serviceTypeLimits();
        assertEquals(3, slots.size());
        assertTrue(slots.get(0).isEmpty() && slots.get(1).isEmpty());
        assertEquals(500, slots.get(2).limitUnits());
        // the canonical constructor drops trailing empty slots too, so a record equals itself read back
        UserSupplement s = planLinked();
        List<ServiceTypeLimitSlot> padded = new ArrayList<>(s.serviceTypeLimits());
        padded.add(new ServiceTypeLimitSlot(null, null, null, null));
        UserSupplement withPad = new UserSupplement(s.csvVersion(), s.insurerNumber(), s.insuredNumber(),
                s.planDate(), s.userNameKana(), s.userName(), s.gender(), s.birthDate(), s.userPostalCode(),
                s.userAddress1(), s.userAddress2(), s.userPhone(), s.certifiedOn(), s.limitPeriodStart(),
                s.limitPeriodEnd(), s.certificationStatus(), s.careLevelChangedOn(), s.careLevel(),
                s.benefitLimitUnits(), padded, s.totalExcessUnits(), s.daysBeforeAdmissionMonth(),
                s.cumulativeAdmissionDays(), s.previousCareLevel(), s.consentReceiverCode(), s.updaterCode(),
                s.identifier(), s.serviceMonth());
        assertEquals(s, withPad);
        assertThrows(IllegalArgumentException.class,
                () -> UserSupplement.builder().addServiceTypeLimit(new ServiceTypeLimitSlot(null, null, null, null)));
    }

    @Test
    void aBadSlotItemIsLocatedAtItsOwnNo() {
        List<String> texts = new ArrayList<>(Arrays.asList(LAYOUT.format(planLinked())));
        texts.set(36, "12a");
        Parsed<UserSupplement> p = LAYOUT.parse(texts);
        assertNull(p.value());
        assertEquals(1, p.problems().size());
        assertEquals(37, p.problems().get(0).column().no());
        assertEquals("５支給限度基準額", p.problems().get(0).column().name());
    }

    @Test
    void numbersAreCheckedByTheBuilder() {
        assertThrows(IllegalArgumentException.class, () -> UserSupplement.builder().benefitLimitUnits(10_000_000));
        assertThrows(IllegalArgumentException.class, () -> UserSupplement.builder().daysBeforeAdmissionMonth(-1));
        assertThrows(IllegalArgumentException.class, () -> ServiceTypeLimitSlot.of(ServiceTypeCode.parse("11"), 0,
                10_000_000, 0));
        assertThrows(IllegalArgumentException.class, () -> new ServiceTypeLimitSlot(null, -1, null, null));
    }

    @Test
    void arbitraryValidRecordsRoundTrip() {
        qt().forAll(UserPlanGens.USER_SUPPLEMENTS).checkAssert(s -> {
            String[] texts = LAYOUT.format(s);
            assertEquals(63, texts.length);
            assertTrue(s.isPlanLinked() ^ s.isServiceMonthLinked());
            Parsed<UserSupplement> back = LAYOUT.parse(Arrays.asList(texts));
            assertTrue(back.isOk(), () -> back.toString());
            assertEquals(s, back.value());
            assertEquals(s, s.toBuilder().build());
        });
    }
}
