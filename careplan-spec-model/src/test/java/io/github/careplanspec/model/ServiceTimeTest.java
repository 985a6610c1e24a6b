package io.github.careplanspec.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** サービス開始時刻／終了時刻 (第6表 No.12/13): {@code HHMM} or {@code 9999} (R42). */
class ServiceTimeTest {
    @Test
    void nineNineNineNineIsTheNamedNoTimeSentinel() {
        ServiceTime t = ServiceTime.parse("9999");
        assertSame(ServiceTime.NONE, t);
        assertTrue(t.isNone());
        assertEquals(Optional.empty(), t.time());
        assertEquals("9999", t.text());
    }

    @Test
    void aTimeOfDayIsHhmm() {
        ServiceTime t = ServiceTime.parse("0930");
        assertFalse(t.isNone());
        assertEquals(Optional.of(LocalTime.of(9, 30)), t.time());
        assertEquals(t, ServiceTime.of(9, 30));
        assertEquals("2359", ServiceTime.of(LocalTime.of(23, 59, 58)).text());
        assertTrue(ServiceTime.of(23, 59).compareTo(ServiceTime.NONE) < 0, "9999 sorts after every time");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2400", "1260", "930", "09300", "9998", "ab12", "", "９９９９"})
    void malformedTimesAreRefused(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServiceTime.parse(text));
        assertTrue(e.getMessage().startsWith("not HHMM (0000-2359) or 9999"), e.getMessage());
    }

    @Test
    void everyMinuteOfTheDayRoundTrips() {
        qt().forAll(integers().between(0, 23), integers().between(0, 59)).checkAssert((h, m) -> {
            ServiceTime t = ServiceTime.of(h, m);
            assertEquals(4, t.text().length());
            assertEquals(t, ServiceTime.parse(t.text()));
            assertEquals(LocalTime.of(h, m), t.time().orElseThrow());
            assertFalse(t.isNone());
        });
    }
}
