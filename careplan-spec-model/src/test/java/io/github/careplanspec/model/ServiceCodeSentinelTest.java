package io.github.careplanspec.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** 第7表 サービスコード sentinels (R51) and the ALL9 事業所コード (R51, R52). */
class ServiceCodeSentinelTest {
    private static final ServiceTypeCode HOME_HELP = ServiceTypeCode.parse("11");

    @Test
    void subtotalSentinelsAreTheTypeFollowedByAaaaEeeeZzzz() {
        assertEquals("11AAAA", ServiceCode.subtotalSupplyLimit(HOME_HELP).text());
        assertEquals("11EEEE", ServiceCode.subtotalOutsideLimit(HOME_HELP).text());
        assertEquals("21ZZZZ", ServiceCode.subtotalOver30Days(ServiceTypeCode.parse("21")).text());
        assertEquals(HOME_HELP, ServiceCode.subtotalSupplyLimit(HOME_HELP).serviceType());
    }

    @Test
    void rowKindTellsTheRowFromTheCode() {
        assertEquals(Table7RowKind.SUBTOTAL_IN_LIMIT, ServiceCode.parse("11AAAA").rowKind());
        assertEquals(Table7RowKind.SUBTOTAL_OUTSIDE_LIMIT, ServiceCode.parse("2AEEEE").rowKind());
        assertEquals(Table7RowKind.SUBTOTAL_OVER_30_DAYS, ServiceCode.parse("21ZZZZ").rowKind());
        assertEquals(Table7RowKind.TOTAL, ServiceCode.parse("999999").rowKind());
        assertEquals(ServiceCode.TOTAL, ServiceCode.parse("999999"));
        assertEquals(Table7RowKind.DETAIL, ServiceCode.parse("111111").rowKind());
        assertEquals(Table7RowKind.DETAIL, ServiceCode.parse("11AAAB").rowKind());
        assertEquals(Table7RowKind.DETAIL, ServiceCode.parse("999998").rowKind());
    }

    @Test
    void rowKindsKnowWhichAreSummaries() {
        assertFalse(Table7RowKind.DETAIL.isSummary());
        assertTrue(Table7RowKind.TOTAL.isSummary());
        assertFalse(Table7RowKind.TOTAL.isSubtotal());
        assertTrue(Table7RowKind.SUBTOTAL_OVER_30_DAYS.isSubtotal());
        assertEquals("区分支給対象種類別小計", Table7RowKind.SUBTOTAL_IN_LIMIT.label());
        assertEquals("区分支給対象外種類別小計", Table7RowKind.SUBTOTAL_OUTSIDE_LIMIT.label());
        assertEquals("30日超過分種類別小計", Table7RowKind.SUBTOTAL_OVER_30_DAYS.label());
        assertEquals("全合計", Table7RowKind.TOTAL.label());
    }

    @Test
    void onlySubtotalKindsMakeSubtotalCodes() {
        assertThrows(IllegalArgumentException.class, () -> ServiceCode.subtotal(Table7RowKind.TOTAL, HOME_HELP));
        assertThrows(IllegalArgumentException.class, () -> ServiceCode.subtotal(Table7RowKind.DETAIL, HOME_HELP));
        assertEquals(ServiceCode.subtotalOutsideLimit(HOME_HELP),
                ServiceCode.subtotal(Table7RowKind.SUBTOTAL_OUTSIDE_LIMIT, HOME_HELP));
    }

    @Test
    void allNinesOfficeNumber() {
        assertEquals("9999999999", OfficeNumber.ALL_NINES.text());
        assertEquals(OfficeNumber.ALL_NINES, OfficeNumber.parse("9999999999"));
    }
}
