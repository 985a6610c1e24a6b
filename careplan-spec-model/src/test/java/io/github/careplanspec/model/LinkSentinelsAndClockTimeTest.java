package io.github.careplanspec.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

/** R37 sentinels of 利用者補足情報 and the 第3表 HHMM time (R41, Q21). */
class LinkSentinelsAndClockTimeTest {
    @Test
    void planLinkDateSentinel() {
        assertSame(PlanLinkDate.UNLINKED, PlanLinkDate.parse("00000000"));
        assertEquals("00000000", PlanLinkDate.UNLINKED.text());
        assertFalse(PlanLinkDate.UNLINKED.isLinked());
        assertTrue(PlanLinkDate.UNLINKED.date().isEmpty());
        PlanLinkDate d = PlanLinkDate.parse("20240229");
        assertTrue(d.isLinked());
        assertEquals(LocalDate.of(2024, 2, 29), d.date().orElseThrow());
        assertEquals(PlanLinkDate.of(LocalDate.of(2024, 2, 29)), d);
        assertNotEquals(PlanLinkDate.UNLINKED, d);
        assertEquals("20240229", d.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"20230229", "2024101", "202410011", "2024-10-01", "0000000０", "", "99999999"})
    void planLinkDateRefusesNonDates(String text) {
        assertThrows(IllegalArgumentException.class, () -> PlanLinkDate.parse(text));
    }

    @Test
    void serviceMonthLinkSentinel() {
        assertSame(ServiceMonthLink.UNLINKED, ServiceMonthLink.parse("000000"));
        assertEquals("000000", ServiceMonthLink.UNLINKED.text());
        assertFalse(ServiceMonthLink.UNLINKED.isLinked());
        ServiceMonthLink m = ServiceMonthLink.parse("202410");
        assertEquals(YearMonth.of(2024, 10), m.month().orElseThrow());
        assertEquals(ServiceMonthLink.of(YearMonth.of(2024, 10)), m);
        assertEquals(m.hashCode(), ServiceMonthLink.of(YearMonth.of(2024, 10)).hashCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"202413", "202400", "20241", "2024100", "00000000", "abcdef"})
    void serviceMonthLinkRefusesNonMonths(String text) {
        assertThrows(IllegalArgumentException.class, () -> ServiceMonthLink.parse(text));
    }

    @Test
    void linksRefuseYearsBeyondFourDigits() {
        assertThrows(IllegalArgumentException.class, () -> PlanLinkDate.of(LocalDate.of(10000, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> ServiceMonthLink.of(YearMonth.of(-1, 1)));
    }

    @Test
    void linksRoundTripTheirText() {
        qt().forAll(Generate.longRange(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay()))
                .checkAssert(day -> {
                    LocalDate d = LocalDate.ofEpochDay(day);
                    PlanLinkDate p = PlanLinkDate.of(d);
                    assertEquals(8, p.text().length());
                    assertEquals(p, PlanLinkDate.parse(p.text()));
                    ServiceMonthLink m = ServiceMonthLink.of(YearMonth.from(d));
                    assertEquals(6, m.text().length());
                    assertEquals(m, ServiceMonthLink.parse(m.text()));
                });
    }

    @Test
    void clockTimeIsHhmm() {
        assertEquals("0930", ClockTime.of(9, 30).text());
        assertEquals(ClockTime.of(0, 0), ClockTime.parse("0000"));
        assertEquals(ClockTime.of(23, 59), ClockTime.parse("2359"));
        assertEquals(23, ClockTime.parse("2359").hour());
        assertTrue(ClockTime.of(8, 0).compareTo(ClockTime.of(17, 45)) < 0);
        assertThrows(IllegalArgumentException.class, () -> ClockTime.of(24, 0));
        assertThrows(IllegalArgumentException.class, () -> new ClockTime(LocalTime.of(9, 0, 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2400", "1260", "930", "09300", "12:00", "9999", "-100", "０９３０"})
    void clockTimeRefusesNonTimes(String text) {
        // Q21: neither 2400 nor 9999 is accepted in 第3表
        assertThrows(IllegalArgumentException.class, () -> ClockTime.parse(text));
    }

    @Test
    void clockTimeRoundTripsEveryMinute() {
        qt().forAll(Generate.range(0, 23), Generate.range(0, 59)).checkAssert((h, m) -> {
            ClockTime t = ClockTime.of(h, m);
            assertEquals(t, ClockTime.parse(t.text()));
            assertEquals(LocalTime.of(h, m), t.time());
        });
    }
}
