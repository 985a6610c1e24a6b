package io.github.careplanspec.model.yobo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Parsed;
import io.github.careplanspec.model.catalog.RecordLayout;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of every 予防 record built through the public API: the items' texts have the layout's width, every
 * 必須 item is filled, and reading the texts back gives the same record and the same texts.
 */
class YoboRoundTripPropertyTest {

    private static <R extends Record> void roundTrips(FileKind kind, Class<R> type, Gen<R> records) {
        assertEquals(type, Catalog.recordType(kind).orElseThrow());
        RecordLayout<R> layout = RecordLayout.of(type);
        qt().withExamples(300).forAll(records).checkAssert(r -> {
            String[] texts = layout.format(r);
            assertEquals(Catalog.columns(kind).size(), texts.length);
            assertEquals(CsvVersion.V4_1.text(), texts[0]);
            for (ColumnSpec c : layout.columns()) {
                if (c.required()) {
                    assertFalse(texts[c.no() - 1].isEmpty(), c + " is 必須 but empty");
                }
            }
            Parsed<R> back = layout.parse(Arrays.asList(texts));
            assertTrue(back.isOk(), () -> back.problems() + " " + back.recordProblem());
            assertEquals(r, back.value());
            assertArrayEquals(texts, layout.format(back.value()));
        });
    }

    @Test
    void userBasicInfoRoundTrips() {
        roundTrips(FileKind.UPKIHON, UserBasicInfo.class, Arbitrary.userBasicInfos());
    }

    @Test
    void dailyScheduleEntryRoundTrips() {
        roundTrips(FileKind.UPKIHON_SUB1, DailyScheduleEntry.class, Arbitrary.dailyScheduleEntries());
    }

    @Test
    void medicalHistoryEntryRoundTrips() {
        roundTrips(FileKind.UPKIHON_SUB2, MedicalHistoryEntry.class, Arbitrary.medicalHistoryEntries());
    }

    @Test
    void preventionPlanRoundTrips() {
        roundTrips(FileKind.UPYOBO, PreventionPlan.class, Arbitrary.preventionPlans());
    }

    @Test
    void supportRowRoundTrips() {
        roundTrips(FileKind.UPYOBO_SUB, PreventionPlanSupportRow.class, Arbitrary.supportRows());
    }

    @Test
    void deletionsRoundTrip() {
        roundTrips(FileKind.DLTKIHON, UserBasicInfoDeletion.class, Arbitrary.userBasicInfoDeletions());
        roundTrips(FileKind.DLTYOBO, PreventionPlanDeletion.class, Arbitrary.preventionPlanDeletions());
    }

    @Test
    void toBuilderReproducesTheRecord() {
        qt().withExamples(100).forAll(Arbitrary.userBasicInfos(), Arbitrary.preventionPlans()).checkAssert((u, p) -> {
            assertEquals(u, u.toBuilder().build());
            assertEquals(p, p.toBuilder().build());
        });
    }

    @Test
    void perDomainAccessorsAgreeWithTheItems() {
        RecordLayout<PreventionPlan> layout = RecordLayout.of(PreventionPlan.class);
        qt().withExamples(200).forAll(Arbitrary.preventionPlans()).checkAssert(p -> {
            String[] texts = layout.format(p);
            for (ChecklistProgram prog : ChecklistProgram.values()) {
                Integer count = p.checklistCount(prog);
                assertEquals(count == null ? "" : count.toString(), texts[prog.countNo() - 1], prog.name());
                assertEquals(p.programNeed(prog) == null ? "" : p.programNeed(prog).code(), texts[prog.needNo() - 1]);
            }
            for (AssessmentDomain d : AssessmentDomain.values()) {
                boolean filled = Arrays.stream(texts, d.firstNo() - 1, d.firstNo() + 3).anyMatch(t -> !t.isEmpty());
                assertEquals(filled, p.assessment(d).isPresent(), d.name());
            }
        });
    }
}
