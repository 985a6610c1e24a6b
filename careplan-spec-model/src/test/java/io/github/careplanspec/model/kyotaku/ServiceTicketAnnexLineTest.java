package io.github.careplanspec.model.kyotaku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.ServiceCode;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.Table7RowKind;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.IncompleteRecordException;
import io.github.careplanspec.model.catalog.Parsed;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.code.Over30DaysCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** 第7表 row (UPSIKYU), service lines and the 小計/全合計 rows of R51. */
class ServiceTicketAnnexLineTest {
    private static final RecordLayout<ServiceTicketAnnexLine> LAYOUT = RecordLayout.of(ServiceTicketAnnexLine.class);
    private static final OfficeNumber HELPER = OfficeNumber.parse("1310200002");
    private static final ServiceTypeCode HOME_HELP = ServiceTypeCode.parse("11");

    static ServiceTicketAnnexLine.Builder header(ServiceTicketAnnexLine.Builder b) {
        return b.key(InsurerNumber.parse("131016"), InsuredNumber.parse("0000012345"), YearMonth.of(2024, 11))
                .createdOn(LocalDate.of(2024, 10, 25))
                .over30Days(Over30DaysCategory.NOT_APPLICABLE)
                .updaterCode(OfficeNumber.parse("1310100001"));
    }

    static ServiceTicketAnnexLine detail() {
        return header(ServiceTicketAnnexLine.builder())
                .serviceOfficeName("ひまわり訪問介護")
                .serviceOfficeNumber(HELPER)
                .serviceCode(ServiceCode.parse("111211"))
                .units(395)
                .countOrDays(8)
                .serviceUnitAmount(3160)
                .benefitManagementUnits(3160)
                .unitPrice(new BigDecimal("11.40"))
                .build();
    }

    @Test
    void registeredForUpsikyu() {
        assertEquals(ServiceTicketAnnexLine.class, Catalog.recordType(FileKind.UPSIKYU).orElseThrow());
        assertEquals(37, LAYOUT.size());
    }

    @Test
    void aServiceLineRoundTrips() {
        ServiceTicketAnnexLine l = detail();
        assertEquals(Table7RowKind.DETAIL, l.rowKind());
        String[] t = LAYOUT.format(l);
        assertEquals(37, t.length);
        assertEquals("1310200002", t[6]);
        assertEquals("111211", t[8]);
        assertEquals("395", t[12]);
        assertEquals("8", t[15]);
        assertEquals("11.40", t[22], "単位数単価 in the 99.99 form (R52)");
        assertEquals("0", t[32]);
        assertEquals("9999999999", t[33], "No.34 事業所コード fixed 9999999999 (R52, Q5)");
        assertEquals("", t[34]);
        assertEquals("", t[36]);
        Parsed<ServiceTicketAnnexLine> back = LAYOUT.parse(Arrays.asList(t));
        assertTrue(back.isOk(), back.toString());
        assertEquals(l, back.value());
    }

    @Test
    void theTotalRowCarriesTheAllNinesAndZeroUnits() {
        ServiceTicketAnnexLine total = header(ServiceTicketAnnexLine.total())
                .countOrDays(0)
                .benefitManagementUnits(3160)
                .build();
        assertEquals(Table7RowKind.TOTAL, total.rowKind());
        String[] t = LAYOUT.format(total);
        assertEquals("9999999999", t[6], "R51: No.7 サービス事業所コード ALL9");
        assertEquals("999999", t[8], "R51: No.9 サービスコード 全合計");
        assertEquals("0", t[12], "R51: No.13 単位数 0");
        assertEquals("", t[13], "R51: No.14 割引後率 empty");
        assertEquals("", t[14], "R51: No.15 割引後単位数 empty");
        assertEquals("9999999999", t[33], "R52: No.34 事業所コード");
        assertEquals(total, LAYOUT.parse(Arrays.asList(t)).value());
        assertTrue(total.summaryRowBreaches(Locale.ENGLISH).isEmpty());
    }

    @Test
    void subtotalRowsCarryTheirSentinelAndZeroUnits() {
        ServiceTicketAnnexLine in = header(ServiceTicketAnnexLine.subtotalInLimit(HELPER, HOME_HELP)).countOrDays(8)
                .build();
        ServiceTicketAnnexLine out = header(ServiceTicketAnnexLine.subtotalOutsideLimit(HELPER, HOME_HELP))
                .countOrDays(1).build();
        ServiceTicketAnnexLine over = header(ServiceTicketAnnexLine.subtotalOver30Days(HELPER,
                ServiceTypeCode.parse("21"))).countOrDays(2).over30Days(Over30DaysCategory.APPLICABLE).build();
        assertEquals("11AAAA", LAYOUT.format(in)[8]);
        assertEquals("11EEEE", LAYOUT.format(out)[8]);
        assertEquals("21ZZZZ", LAYOUT.format(over)[8]);
        assertEquals(Table7RowKind.SUBTOTAL_IN_LIMIT, in.rowKind());
        assertEquals(Table7RowKind.SUBTOTAL_OUTSIDE_LIMIT, out.rowKind());
        assertEquals(Table7RowKind.SUBTOTAL_OVER_30_DAYS, over.rowKind());
        for (ServiceTicketAnnexLine s : List.of(in, out, over)) {
            String[] t = LAYOUT.format(s);
            assertEquals("1310200002", t[6]);
            assertEquals("0", t[12]);
            assertEquals("", t[13]);
            assertEquals("", t[14]);
            assertEquals(s, LAYOUT.parse(Arrays.asList(t)).value());
        }
    }

    @Test
    void theBuilderRefusesASummaryRowThatBreaksR51() {
        IllegalStateException units = assertThrows(IllegalStateException.class,
                () -> header(ServiceTicketAnnexLine.total()).countOrDays(0).units(5).build());
        assertTrue(units.getMessage().contains("No.13 単位数: 5"), units.getMessage());
        IncompleteRecordException fixed = (IncompleteRecordException) units;
        assertEquals("model.annex.fixed", fixed.id().key());
        assertEquals(List.of("全合計 (999999)", "No.13 単位数: 5"), fixed.params());
        assertEquals("UPSIKYU: 全合計 (999999): a summary row has fixed values (R51); found No.13 単位数: 5",
                fixed.getMessage());
        assertEquals("UPSIKYU: 全合計 (999999): 小計・合計行の固定値と異なります（R51）: No.13 単位数: 5",
                fixed.message(Locale.JAPANESE));
        IllegalStateException office = assertThrows(IllegalStateException.class,
                () -> header(ServiceTicketAnnexLine.total()).countOrDays(0).serviceOfficeNumber(HELPER).build());
        assertTrue(office.getMessage().contains("No.7 サービス事業所コード"), office.getMessage());
        IllegalStateException rate = assertThrows(IllegalStateException.class,
                () -> header(ServiceTicketAnnexLine.subtotalInLimit(HELPER, HOME_HELP)).countOrDays(0)
                        .discountRate(90).discountedUnits(100).build());
        assertTrue(rate.getMessage().contains("No.14 割引後率"), rate.getMessage());
        assertTrue(rate.getMessage().contains("No.15 割引後単位数"), rate.getMessage());
        // a service line has no fixed values
        assertEquals(90, detail().toBuilder().discountRate(90).build().discountRate());
    }

    @Test
    void aReceivedTotalRowThatBreaksR51StaysReadableAndReportsItself() {
        List<String> t = new ArrayList<>(Arrays.asList(LAYOUT.format(
                header(ServiceTicketAnnexLine.total()).countOrDays(0).build())));
        t.set(12, "120");
        t.set(6, "1310200002");
        Parsed<ServiceTicketAnnexLine> p = LAYOUT.parse(t);
        assertTrue(p.isOk(), p.toString());
        assertEquals(2, p.value().summaryRowBreaches(Locale.ENGLISH).size(), p.value().summaryRowBreaches(Locale.ENGLISH).toString());
        assertFalse(detail().summaryRowBreaches(Locale.ENGLISH).stream().findAny().isPresent());
    }

    @Test
    void badItemsAreLocated() {
        List<String> t = new ArrayList<>(Arrays.asList(LAYOUT.format(detail())));
        t.set(3, "20250231");
        t.set(22, "11.4.0");
        Parsed<ServiceTicketAnnexLine> p = LAYOUT.parse(t);
        assertNull(p.value());
        assertEquals(2, p.problems().size());
        assertEquals("No.4 作成年月日", p.problems().get(0).column().label());
        assertEquals("20250231", p.problems().get(0).raw());
        assertEquals("No.23 単位数単価", p.problems().get(1).column().label());
    }
}
