package io.github.careplanspec.model.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileSequenceTest {
    @Test
    void aRealTimestampExposesItsDateTime() {
        FileSequence s = FileSequence.parse("20191025200201");
        assertEquals(LocalDateTime.of(2019, 10, 25, 20, 2, 1), s.dateTime().orElseThrow());
        assertEquals(s, FileSequence.of(LocalDateTime.of(2019, 10, 25, 20, 2, 1, 999_000_000)));
    }

    @Test
    void anyFourteenDigitsAreASequenceButNotNecessarilyATimestamp() {
        // R17 calls the tail a sequence number; 20191399999999 is 14 digits but no date
        FileSequence s = FileSequence.parse("20191399999999");
        assertTrue(s.dateTime().isEmpty());
        assertTrue(FileSequence.parse("20190229000000").dateTime().isEmpty(), "2019 is no leap year");
    }

    @Test
    void refusesOtherLengths() {
        // §2.5/§3.5 print 15-digit 連番 (Q11, U10)
        assertThrows(IllegalArgumentException.class, () -> FileSequence.parse("201911110102233"));
        assertThrows(IllegalArgumentException.class, () -> FileSequence.parse("2019111101022"));
        assertThrows(IllegalArgumentException.class, () -> FileSequence.parse("2019111101022X"));
        assertThrows(IllegalArgumentException.class, () -> FileSequence.of(LocalDateTime.of(10000, 1, 1, 0, 0)));
    }

    @Test
    void ordersAsTheProcessingOrder() {
        // R22 / §2.5: processed per 連番, in order
        List<FileSequence> l = new ArrayList<>(List.of(FileSequence.parse("20191111013123"),
                FileSequence.parse("20191111010223"), FileSequence.parse("20191111011293"),
                FileSequence.parse("20191111011254")));
        Collections.sort(l);
        assertEquals(List.of("20191111010223", "20191111011254", "20191111011293", "20191111013123"),
                l.stream().map(FileSequence::text).toList());
    }

    @Test
    void nowUsesTheClock() {
        Clock c = Clock.fixed(Instant.parse("2024-10-01T00:00:05Z"), ZoneId.of("Asia/Tokyo"));
        assertEquals("20241001090005", FileSequence.now(c).text());
    }

    @Test
    void monthSegment() {
        assertTrue(MonthSegment.parse("000000").isPlanLinked());
        assertTrue(MonthSegment.PLAN_LINKED.month().isEmpty());
        assertEquals(YearMonth.of(2019, 12), MonthSegment.parse("201912").month().orElseThrow());
        assertEquals("000112", MonthSegment.of(YearMonth.of(1, 12)).text());
        assertThrows(IllegalArgumentException.class, () -> MonthSegment.parse("201913"));
        assertThrows(IllegalArgumentException.class, () -> MonthSegment.parse("201900"));
        assertThrows(IllegalArgumentException.class, () -> MonthSegment.parse("000012"));
        assertThrows(IllegalArgumentException.class, () -> MonthSegment.parse("20191"));
        assertThrows(IllegalArgumentException.class, () -> MonthSegment.of(YearMonth.of(10000, 1)));
    }
}
