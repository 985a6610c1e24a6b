package io.github.careplanspec.validation.rules;

import static io.github.careplanspec.validation.rules.KyotakuSamples.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.model.ServiceCode;
import io.github.careplanspec.model.ServiceTime;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.kyotaku.ServiceTicketAnnexLine;
import io.github.careplanspec.model.kyotaku.ServiceTicketLine;
import io.github.careplanspec.model.kyotaku.ServiceTicketResultDeletion;
import io.github.careplanspec.model.kyotaku.UserSupplement;
import io.github.careplanspec.validation.CarePlanValidator;
import io.github.careplanspec.validation.report.Rules;
import io.github.careplanspec.validation.report.ValidationIssue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Record rules of rules.md section G: a failing and a passing case each. */
class KyotakuRecordRulesTest {
    private static final CarePlanValidator V = CarePlanValidator.standard();

    private static <R extends Record> List<ValidationIssue> texts(Class<R> type, String[] t) {
        List<ValidationIssue> out = new ArrayList<>();
        V.validate(RecordLayout.of(type), t, new RecordLocation("F.CSV", 7, 3), out::add);
        return out;
    }

    private static String[] supplementTexts(boolean plan) {
        UserSupplement s = plan ? KyotakuSamples.planSupplement() : KyotakuSamples.monthSupplement();
        return RecordLayout.of(UserSupplement.class).format(s);
    }

    @Test
    void r37ExactlyOneLinkSentinel() {
        assertEquals(List.of(), texts(UserSupplement.class, supplementTexts(true)));
        assertEquals(List.of(), texts(UserSupplement.class, supplementTexts(false)));

        String[] both = supplementTexts(true);
        both[62] = "202411";
        List<ValidationIssue> i = texts(UserSupplement.class, both);
        assertEquals(List.of("R37.bothLinked"), ids(i));
        assertEquals(63, i.get(0).column());
        assertEquals(7, i.get(0).line());
        assertTrue(i.get(0).messageJa().contains("20241001"), i.get(0).messageJa());

        String[] none = supplementTexts(false);
        none[62] = "000000";
        assertEquals(List.of("R37.unlinked"), ids(texts(UserSupplement.class, none)));
    }

    @Test
    void r38SlotsFromTheFirstWithoutGaps() {
        String[] gap = supplementTexts(true);
        // slot 1 emptied, slot 2 (No.24–27) still used
        for (int no = 20; no <= 23; no++) {
            gap[no - 1] = "";
        }
        List<ValidationIssue> i = texts(UserSupplement.class, gap);
        assertEquals(List.of("R38.gap"), ids(i));
        assertEquals(24, i.get(0).column());
        assertEquals("2", i.get(0).params().get("slot"));
        assertEquals("1", i.get(0).params().get("emptySlot"));

        String[] partial = supplementTexts(true);
        partial[34 - 1] = "500"; // slot 4 合計単位数 without a service type
        i = texts(UserSupplement.class, partial);
        assertEquals(List.of("R38.partial"), ids(i));
        assertEquals(34, i.get(0).column());
        assertEquals("４合計単位数", i.get(0).field());
    }

    @Test
    void r42BothTimesOrBoth9999() {
        ServiceTicketLine ok = KyotakuSamples.visit();
        assertEquals(List.of(), V.validate(ok));
        assertEquals(List.of(), V.validate(ok.toBuilder().withoutTime().build()));
        List<ValidationIssue> i = V.validate(ok.toBuilder().endTime(ServiceTime.NONE).build());
        assertEquals(List.of("R42.pair"), ids(i));
        assertEquals(13, i.get(0).column());
        assertEquals(List.of("R42.pair"), ids(V.validate(ok.toBuilder().startTime(ServiceTime.NONE).build())));
        // crossing midnight is not an error: the spec says nothing about end before start
        assertEquals(List.of(), V.validate(ok.toBuilder().times(ServiceTime.of(23, 0), ServiceTime.of(1, 0)).build()));
    }

    @Test
    void r43AllZeroIsAWarning() {
        String[] t = RecordLayout.of(ServiceTicketLine.class).format(KyotakuSamples.rental());
        assertEquals(List.of(), texts(ServiceTicketLine.class, t));
        t[10] = "0".repeat(31);
        List<ValidationIssue> i = texts(ServiceTicketLine.class, t);
        assertEquals(List.of("R43.zero"), ids(i));
        assertEquals(Rules.R43_ZERO.severity(), i.get(0).severity());
        t[10] = "";
        assertEquals(List.of(), texts(ServiceTicketLine.class, t));
    }

    @Test
    void r46RentalNeedsTaisOrNotificationCode() {
        ServiceTicketLine rental = KyotakuSamples.rental();
        assertEquals(List.of(), V.validate(rental));
        List<ValidationIssue> i = V.validate(rental.toBuilder().taisCode(null).build());
        assertEquals(List.of("R46"), ids(i));
        assertEquals(16, i.get(0).column());
        assertTrue(i.get(0).messageEn().contains("No.17"), i.get(0).messageEn());
        assertEquals(List.of(), V.validate(rental.toBuilder().taisCode(null)
                .notificationCode(rental.taisCode()).build()));
        // 67 介護予防福祉用具貸与 too
        assertEquals(List.of("R46"), ids(V.validate(rental.toBuilder().taisCode(null)
                .serviceCode(ServiceCode.parse("671007")).build())));

        ServiceTicketAnnexLine annexRental = KyotakuSamples.annexSheet().get(3);
        assertEquals(List.of(), V.validate(annexRental));
        List<ValidationIssue> a = V.validate(annexRental.toBuilder().taisCode(null).build());
        assertEquals(List.of("R46"), ids(a));
        assertEquals(10, a.get(0).column());
        // a 17AAAA subtotal row is no equipment line
        ServiceTicketAnnexLine subtotal = KyotakuSamples.annex(ServiceTicketAnnexLine.subtotalInLimit(
                KyotakuSamples.RENTAL, ServiceTypeCode.parse("17"))).countOrDays(1).build();
        assertEquals(List.of(), V.validate(subtotal));
    }

    @Test
    void r47DetailNumberOnlyOnRentals() {
        assertEquals(List.of(), V.validate(KyotakuSamples.rental()));
        assertEquals(List.of(), V.validate(KyotakuSamples.rental().toBuilder()
                .serviceCode(ServiceCode.parse("671007")).build()));
        List<ValidationIssue> i = V.validate(KyotakuSamples.visit().toBuilder().detailNumber(1).build());
        assertEquals(List.of("R47"), ids(i));
        assertEquals(19, i.get(0).column());
    }

    @Test
    void r51FixedValuesOfSummaryRows() {
        List<ServiceTicketAnnexLine> sheet = KyotakuSamples.annexSheet();
        RecordLayout<ServiceTicketAnnexLine> layout = RecordLayout.of(ServiceTicketAnnexLine.class);
        for (ServiceTicketAnnexLine l : sheet) {
            assertEquals(List.of(), V.validate(l), l.serviceCode().text());
        }
        String[] subtotal = layout.format(sheet.get(2));
        subtotal[12] = "3960"; // 単位数 must be 0
        subtotal[13] = "90"; // 割引後率 must be empty
        List<ValidationIssue> i = texts(ServiceTicketAnnexLine.class, subtotal);
        assertEquals(List.of("R51.fixed", "R51.fixed"), ids(i));
        assertEquals(13, i.get(0).column());
        assertEquals("3960", i.get(0).value());
        assertTrue(i.get(0).messageJa().contains("区分支給対象種類別小計（11AAAA）"), i.get(0).messageJa());
        assertEquals(14, i.get(1).column());
        assertTrue(i.get(1).messageEn().contains("empty"), i.get(1).messageEn());

        String[] total = layout.format(sheet.get(4));
        total[6] = "1310200002";
        i = texts(ServiceTicketAnnexLine.class, total);
        assertEquals(List.of("R51.fixed"), ids(i));
        assertEquals(7, i.get(0).column());
        assertTrue(i.get(0).messageEn().contains("fixed to 9999999999"), i.get(0).messageEn());
    }

    @Test
    void r25OutOfScopeServiceTypes() {
        assertEquals(List.of(), V.validate(KyotakuSamples.visit()));
        List<ValidationIssue> i = V.validate(KyotakuSamples.visit().toBuilder()
                .serviceCode(ServiceCode.parse("331111")).build());
        assertEquals(List.of("R25"), ids(i));
        assertEquals(15, i.get(0).column());
        assertTrue(i.get(0).messageJa().contains("特定施設入居者生活介護"), i.get(0).messageJa());
        // 27 (短期利用) is in scope; an unlisted type is left to the format rules
        assertEquals(List.of(), V.validate(KyotakuSamples.visit().toBuilder()
                .serviceCode(ServiceCode.parse("271111")).build()));
        assertEquals(List.of(), V.validate(KyotakuSamples.visit().toBuilder()
                .serviceCode(ServiceCode.parse("ZZ1111")).build()));

        assertEquals(List.of(), V.validate(KyotakuSamples.resultDeletion()));
        ServiceTicketResultDeletion d = KyotakuSamples.resultDeletion();
        List<ValidationIssue> del = V.validate(new ServiceTicketResultDeletion(d.csvVersion(), d.insurerNumber(),
                d.insuredNumber(), d.targetMonth(), d.serviceProviderNumber(), ServiceTypeCode.parse("42")));
        assertEquals(List.of("R25"), ids(del));
        assertEquals(6, del.get(0).column());

        ServiceTicketAnnexLine annex = KyotakuSamples.annexDetail("511111", 100, null);
        assertEquals(List.of("R25"), ids(V.validate(annex)));
        assertEquals(List.of(), V.validate(KyotakuSamples.annexSheet().get(4)), "999999 names no service type");
    }
}
