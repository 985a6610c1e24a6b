package io.github.careplanspec.model.kyotaku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.ProratedDays;
import io.github.careplanspec.model.ServiceCode;
import io.github.careplanspec.model.ServiceTime;
import io.github.careplanspec.model.WelfareEquipmentCode;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Parsed;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.code.Over30DaysCategory;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** 第6表 line (UPPLAN/UPJSK, layout UPPLAN_UPJSK). */
class ServiceTicketLineTest {
    private static final RecordLayout<ServiceTicketLine> LAYOUT = RecordLayout.of(ServiceTicketLine.class);

    static ServiceTicketLine visit() {
        return ServiceTicketLine.builder()
                .key(InsurerNumber.parse("131016"), InsuredNumber.parse("0000012345"), YearMonth.of(2024, 11))
                .createdOn(LocalDate.of(2024, 10, 25))
                .planOfficeNumber(OfficeNumber.parse("1310100001"))
                .plannerName("介護 花子")
                .units(395)
                .serviceDate(LocalDate.of(2024, 11, 5))
                .times(ServiceTime.of(9, 30), ServiceTime.of(10, 30))
                .serviceCount(1)
                .serviceCode(ServiceCode.parse("111211"))
                .serviceProviderNumber(OfficeNumber.parse("1310200002"))
                .serviceOfficeName("ひまわり訪問介護, \"本店\"")
                .over30Days(Over30DaysCategory.NOT_APPLICABLE)
                .updaterCode(OfficeNumber.parse("1310100001"))
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
                .satelliteBranch("01")
                .build();
    }

    @Test
    void uplanAndUpjskShareTheOneLayout() {
        assertSame(ServiceTicketLine.class, Catalog.recordType(FileKind.UPPLAN).orElseThrow());
        assertSame(ServiceTicketLine.class, Catalog.recordType(FileKind.UPJSK).orElseThrow());
        assertSame(Catalog.layout(FileKind.UPPLAN), Catalog.layout(FileKind.UPJSK));
        assertEquals("UPPLAN_UPJSK", LAYOUT.id());
        assertEquals(25, LAYOUT.size());
    }

    @Test
    void formatsEveryItemInNoOrderAndParsesBack() {
        ServiceTicketLine l = visit();
        String[] t = LAYOUT.format(l);
        assertEquals(25, t.length);
        assertEquals("202407", t[0]);
        assertEquals("202411", t[4]);
        assertEquals("395", t[7]);
        assertEquals("", t[8]);
        assertEquals("20241105", t[9]);
        assertEquals("", t[10], "not 日割: 日割対象日 empty (R43)");
        assertEquals("0930", t[11]);
        assertEquals("1030", t[12]);
        assertEquals("111211", t[14]);
        assertEquals("0", t[22]);
        assertEquals("", t[24], "識別子 is written empty (R53)");
        Parsed<ServiceTicketLine> back = LAYOUT.parse(Arrays.asList(t));
        assertTrue(back.isOk(), back.toString());
        assertEquals(l, back.value());
    }

    @Test
    void aRentalLineWithoutTimeProratedDaysAndEquipmentCodeRoundTrips() {
        ServiceTicketLine l = rental();
        String[] t = LAYOUT.format(l);
        assertEquals("1111100000000000000000000000000", t[10], "R43 example");
        assertEquals("9999", t[11], "R42: 時間表示の無いサービス");
        assertEquals("9999", t[12], "R42");
        assertEquals("00001-000010", t[15]);
        assertEquals("", t[16]);
        assertEquals("1", t[18]);
        assertEquals("01", t[21]);
        ServiceTicketLine back = LAYOUT.parse(Arrays.asList(t)).value();
        assertEquals(l, back);
        assertTrue(back.startTime().isNone());
        assertTrue(back.proratedDays().contains(5));
        assertFalse(back.proratedDays().contains(6));
    }

    @Test
    void builderNamesEveryMissingRequiredItem() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ServiceTicketLine.builder().units(1).build());
        assertTrue(e.getMessage().startsWith("UPPLAN_UPJSK"), e.getMessage());
        for (String item : List.of("No.2 保険者番号", "No.6 プラン担当業者コード", "No.12 サービス開始時刻",
                "No.13 サービス終了時刻", "No.20 サービス事業者コード", "No.23 ３０日超区分")) {
            assertTrue(e.getMessage().contains(item), e.getMessage());
        }
        assertFalse(e.getMessage().contains("No.8 "), e.getMessage());
        assertFalse(e.getMessage().contains("No.7 "), e.getMessage());
    }

    @Test
    void badItemsAreLocatedAndUnknownCodesKept() {
        List<String> t = new ArrayList<>(Arrays.asList(LAYOUT.format(visit())));
        t.set(22, "2");
        Parsed<ServiceTicketLine> p = LAYOUT.parse(t);
        assertTrue(p.isOk(), p.toString());
        assertFalse(p.value().over30Days().isKnown());
        assertEquals("2", p.value().over30Days().code());

        t.set(9, "20250231");
        t.set(11, "2460");
        t.set(10, "11111");
        p = LAYOUT.parse(t);
        assertNull(p.value());
        assertEquals(3, p.problems().size(), p.toString());
        assertEquals(10, p.problems().get(0).column().no());
        assertEquals("サービス利用日", p.problems().get(0).column().name());
        assertEquals("20250231", p.problems().get(0).raw());
        assertEquals("YYYYMMDD, a real date", p.problems().get(0).expected(Locale.ENGLISH));
        assertEquals(11, p.problems().get(1).column().no());
        assertEquals("31 characters of 0/1", p.problems().get(1).expected(Locale.ENGLISH));
        assertEquals(12, p.problems().get(2).column().no());
        assertEquals("2460", p.problems().get(2).raw());
        assertEquals("HHMM (0000-2359) or 9999", p.problems().get(2).expected(Locale.ENGLISH));
    }
}
