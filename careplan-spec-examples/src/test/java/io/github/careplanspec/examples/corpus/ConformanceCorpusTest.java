package io.github.careplanspec.examples.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Our validator passes every corpus case exactly: the same rules at the same file, line and column. */
class ConformanceCorpusTest {
    static List<ConformanceCorpus.Case> cases() {
        return ConformanceCorpus.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validatorMatchesTheCaseExactly(ConformanceCorpus.Case c) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (ConformanceCorpus.CaseFile f : c.files()) {
            files.put(f.name(), f.content());
        }
        assertEquals(c.expected(), CorpusRunner.validate(files), c.name());
        assertEquals(c.name().startsWith("valid/"), c.expected().isEmpty(), c.name());
    }

    @Test
    void theCorpusHasEveryUnitAndSixtyInvalidCasesEachBreakingOneRule() {
        List<ConformanceCorpus.Case> all = ConformanceCorpus.cases();
        long invalid = all.stream().filter(c -> c.name().startsWith("invalid/")).count();
        assertTrue(invalid >= 60, "invalid cases: " + invalid);
        for (ConformanceCorpus.Case c : all) {
            if (c.name().startsWith("invalid/")) {
                assertEquals(1, c.expected().stream().map(ConformanceCorpus.ExpectedIssue::rule).distinct().count(),
                        c.name());
            }
        }
        assertTrue(all.stream().filter(c -> c.name().startsWith("valid/")).count() >= 10);
    }
}
