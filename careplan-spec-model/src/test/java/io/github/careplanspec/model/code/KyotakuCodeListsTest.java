package io.github.careplanspec.model.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class KyotakuCodeListsTest {
    @Test
    void weekdayCodesAreIsoDaysOfWeek() {
        for (DayOfWeek d : DayOfWeek.values()) {
            Weekday w = Weekday.of(d);
            assertEquals(String.valueOf(d.getValue()), w.code());
            assertEquals(d, w.toDayOfWeek());
        }
        assertEquals("日曜日", Weekday.SUNDAY.label());
        assertEquals("7", Weekday.SUNDAY.code());
    }

    @Test
    void labelsAreTheSpecs() {
        assertEquals("女性", Code.parse(Gender.class, "2").label());
        assertEquals("対象外", Code.parse(InsuranceCoverage.class, "N").label());
        assertFalse(Code.parse(InsuranceCoverage.class, "n").isKnown());
    }
}
