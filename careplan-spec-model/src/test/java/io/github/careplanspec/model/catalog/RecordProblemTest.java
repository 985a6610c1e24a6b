package io.github.careplanspec.model.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.model.issue.IssueId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A record invariant's refusal (CSV016's note) renders in the language asked for, not in the English of a log. */
class RecordProblemTest {
    /** A record whose constructor refuses what its items' codecs accept, as the library's records do. */
    record Counted(@Column(no = 1, name = "件数", length = 3) Integer count,
            @Column(no = 2, name = "備考", length = 10) String note) {
        Counted {
            if (count != null && count > 9) {
                throw new InvalidValueException(IssueId.of("model.value.repetitions"), "件数", 9, count);
            }
            if ("boom".equals(note)) {
                throw new IllegalArgumentException("a foreign refusal");
            }
        }
    }

    @Test
    void aKeyedRefusalKeepsItsIdAndRendersInBothLanguages() {
        Parsed<Counted> p = RecordLayout.of(Counted.class).parse(List.of("12", ""));
        assertNull(p.value());
        assertTrue(p.problems().isEmpty(), "the item's text is a number: not an item problem");
        assertEquals("model.value.repetitions", p.recordProblem().id().key());
        String ja = p.recordProblem().text(Locale.JAPANESE);
        String en = p.recordProblem().text(Locale.ENGLISH);
        assertEquals("件数: 繰り返しは最大9件です（12件）", ja);
        assertEquals("件数: at most 9 repetitions, got 12", en);
    }

    @Test
    void anyOtherRefusalKeepsItsText() {
        Parsed<Counted> p = RecordLayout.of(Counted.class).parse(List.of("1", "boom"));
        assertEquals("a foreign refusal", p.recordProblem().text(Locale.JAPANESE));
        assertEquals(new Counted(1, "ok"), RecordLayout.of(Counted.class).parse(List.of("1", "ok")).value());
    }
}
