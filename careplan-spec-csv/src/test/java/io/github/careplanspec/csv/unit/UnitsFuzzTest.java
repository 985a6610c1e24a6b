package io.github.careplanspec.csv.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.careplanspec.csv.ReadOptions;
import io.github.careplanspec.csv.ReaderInvariants;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Arbitrary bytes as a received ZIP archive ({@link Units#openZip}): nothing escapes (the bytes are in memory, so
 * not even an {@link IOException}: a broken archive is a problem, never an exception), a refused reception hands out
 * nothing, every problem renders, and every file of every unit it does hand out reads through the CSV reader under
 * {@link ReaderInvariants}. Regression inputs in
 * {@code src/test/resources/io/github/careplanspec/csv/unit/UnitsFuzzTestInputs/openZip/}: units written by
 * {@link TransmissionUnit#writeZip}, hostile and broken archives.
 */
class UnitsFuzzTest {
    /** The committed unit archive still reads to one unit without errors, so that fuzzing starts from deep paths. */
    @Test
    void theCommittedUnitStillReads() throws IOException {
        for (String seed : List.of("plan-unit.zip", "plan-unit-stored-utf8.zip")) {
            try (InputStream in = UnitsFuzzTest.class.getResourceAsStream("UnitsFuzzTestInputs/openZip/" + seed)) {
                ReceivedUnits r = Units.openZip(in);
                assertFalse(r.hasErrors(), () -> seed + ": " + r.problems());
                assertEquals(1, r.units().size(), seed);
                assertEquals(4, r.units().get(0).files().size(), seed);
            }
        }
    }

    @FuzzTest
    void openZip(byte[] data) throws IOException {
        ReceivedUnits r = Units.openZip(new ByteArrayInputStream(data));
        if (r.isRefused()) {
            check(r.units().isEmpty() && r.attachments().isEmpty() && r.hasErrors(), "a refusal hands out nothing", r);
        }
        for (UnitProblem p : r.problems()) {
            for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
                check(p.message(locale).contains(p.code().id()), "message of " + p.code(), r);
            }
        }
        long files = 0;
        for (TransmissionUnit unit : r.units()) {
            check(!unit.files().isEmpty(), "an empty unit", r);
            for (UnitFile f : unit.files()) {
                files++;
                check(UnitKey.of(f.name()).equals(unit.key()), "a file of another unit: " + f, r);
                if (f.kind().isCsv()) {
                    ReaderInvariants.read(f.kind(), f.openStream(), ReadOptions.lenient(), f.size());
                } else {
                    check(f.looksJpeg(), "an image that is not JPEG was handed out: " + f, r);
                }
            }
        }
        for (Attachment a : r.attachments()) {
            files++;
            check(a.bytes().length == a.size(), "attachment size", r);
        }
        check(files <= UnitLimits.DEFAULT_MAX_FILES, "more files than the limit", r);
    }

    private static void check(boolean ok, String what, ReceivedUnits r) {
        if (!ok) {
            throw new AssertionError(what + " in " + r + " " + r.problems());
        }
    }
}
