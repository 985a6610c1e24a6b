package io.github.careplanspec.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.csv.unit.UnitProblemCode;
import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Messages;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The csv layer's codes key into the one bundle pair of the model's issue package (issue 14, item 3). */
class ProblemMessagesTest {
    @Test
    void everyCodeHasAMessageInBothLanguagesAndAUniqueId() {
        Set<String> seen = new HashSet<>();
        Stream.<IssueId>concat(Stream.of(ProblemCode.values()), Stream.of(UnitProblemCode.values())).forEach(c -> {
            assertTrue(seen.add(c.key()), c.key());
            String ja = Messages.text(c, Locale.JAPANESE, "a", "b", "c");
            String en = Messages.text(c, Locale.ENGLISH, "a", "b", "c");
            assertNotEquals(ja, en, c.key());
        });
    }

    @Test
    void textsAreTheOnesUsersSawBefore() {
        assertEquals("項目数が 63 ではなく 62 です", ProblemCode.COLUMN_COUNT.message(Locale.JAPANESE, null, "63", "62"));
        assertEquals("63 items expected, found 62", ProblemCode.COLUMN_COUNT.message(Locale.ENGLISH, null, "63", "62"));
        assertEquals("CSV version 4 differs from the file's first record (3)",
                ProblemCode.MIXED_CSV_VERSION.message(Locale.ENGLISH, "4", "3", null));
        assertEquals("\"\" で囲まれていない項目に \" があります",
                ProblemCode.STRAY_QUOTE.message(Locale.JAPANESE, null, null, null));
        assertEquals("a dependent file's parent is not in the transmission unit: X",
                UnitProblemCode.MISSING_PARENT.message(Locale.ENGLISH, "X"));
        assertEquals("安全でないパスのため読みません: ../evil.CSV",
                UnitProblemCode.UNSAFE_PATH.message(Locale.JAPANESE, "../evil.CSV"));
    }
}
