package io.github.careplanspec.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 日割対象日 (第6表 No.11): 31 characters of 0/1, character d = day d (R43). */
class ProratedDaysTest {
    @Test
    void theSpecsExampleIsDaysOneToFive() {
        ProratedDays d = ProratedDays.parse("1111100000000000000000000000000");
        assertEquals(Set.of(1, 2, 3, 4, 5), d.days());
        assertEquals(d, ProratedDays.range(1, 5));
        assertEquals(d, ProratedDays.of(5, 4, 3, 2, 1));
        assertTrue(d.contains(1));
        assertTrue(d.contains(5));
        assertFalse(d.contains(6));
        assertFalse(d.contains(0));
        assertFalse(d.contains(32));
    }

    @Test
    void characterDIsDayD() {
        ProratedDays d = ProratedDays.of(Set.of(31, 2));
        assertEquals("0100000000000000000000000000001", d.text());
        assertEquals(31, d.text().length());
        ProratedDays none = ProratedDays.of(Set.of());
        assertEquals("0".repeat(31), none.text());
        assertTrue(none.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"111110000000000000000000000000", "11111000000000000000000000000000",
            "1111120000000000000000000000000", "111110000000000000000000000000 "})
    void anythingButThirtyOneZerosAndOnesIsRefused(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProratedDays.parse(text));
        assertTrue(e.getMessage().startsWith("not 31 characters of 0/1"), e.getMessage());
    }

    @Test
    void daysOutsideTheMonthAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProratedDays.of(0));
        assertThrows(IllegalArgumentException.class, () -> ProratedDays.of(Set.of(32)));
        assertThrows(IllegalArgumentException.class, () -> ProratedDays.range(5, 4));
    }

    @Test
    void everyDaySetRoundTripsThroughItsText() {
        // every subset of 1..31 is a 31-bit number
        qt().forAll(integers().between(0, Integer.MAX_VALUE)).checkAssert(bits -> {
            SortedSet<Integer> days = new TreeSet<>();
            for (int d = 1; d <= 31; d++) {
                if ((bits & (1 << (d - 1))) != 0) {
                    days.add(d);
                }
            }
            ProratedDays p = ProratedDays.of(days);
            String text = p.text();
            assertEquals(31, text.length());
            for (int d = 1; d <= 31; d++) {
                assertEquals(text.charAt(d - 1) == '1', days.contains(d), "day " + d);
                assertEquals(days.contains(d), p.contains(d), "day " + d);
            }
            assertEquals(p, ProratedDays.parse(text));
            assertEquals(p.hashCode(), ProratedDays.parse(text).hashCode());
            assertEquals(days, p.days());
        });
    }
}
