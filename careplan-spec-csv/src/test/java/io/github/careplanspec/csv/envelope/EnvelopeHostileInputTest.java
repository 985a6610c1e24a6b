package io.github.careplanspec.csv.envelope;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.careplanspec.csv.unit.UnitEnvelopes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile ASN.1 under {@code -Xmx64m} (envelope issue): every {@link HostileEnvelopes} input, through every way in —
 * {@link Envelope#inspect}, {@link Opener#open(byte[])}, {@link Opener#openUnit(byte[])}, opening to a file,
 * {@link Opener#openUnverifiedStream}, {@link UnitEnvelopes#openAll} — lets only {@link EnvelopeException} out: no
 * {@link StackOverflowError}, no {@link OutOfMemoryError}, no runtime exception, no file left. Maven runs this
 * class alone in a JVM with a 64 MiB heap (the {@code hostile-asn1-64m} execution of careplan-spec-csv).
 */
class EnvelopeHostileInputTest {
    private static final Opener OPENER = Envelope.opener().kek(EnvelopeFuzzTest.KEK).build();

    @TempDir
    Path dir;

    @Test
    void runsInA64MiBHeap() {
        long max = Runtime.getRuntime().maxMemory();
        assertTrue(max <= 64L << 20, "run with -Xmx64m (mvn does, in its own execution); max heap is " + max);
    }

    @TestFactory
    Stream<DynamicTest> onlyEnvelopeExceptionEscapes() {
        return HostileEnvelopes.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
                () -> refusedEverywhere(e.getKey(), e.getValue())));
    }

    private void refusedEverywhere(String name, byte[] input) throws IOException {
        refused(name, "inspect", () -> Envelope.inspect(input));
        refused(name, "open", () -> OPENER.open(input));
        refused(name, "openUnit", () -> OPENER.openUnit(input));
        refused(name, "openAll", () -> UnitEnvelopes.openAll(input, OPENER));
        Path target = dir.resolve(name + ".out");
        refused(name, "open to a file", () -> OPENER.open(new ByteArrayInputStream(input), target));
        try (Stream<Path> left = Files.list(dir)) {
            List<Path> files = left.toList();
            assertTrue(files.isEmpty(), name + ": left " + files);
        }
        refused(name, "openUnverifiedStream", () -> {
            try (InputStream in = OPENER.openUnverifiedStream(new ByteArrayInputStream(input))) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                // documented: a failure while streaming is an IOException carrying the EnvelopeException
                if (e.getCause() instanceof EnvelopeException ee) {
                    throw ee;
                }
                throw e;
            }
        });
    }

    @FunctionalInterface
    private interface Attempt {
        void run() throws Exception;
    }

    private static void refused(String name, String how, Attempt a) {
        try {
            a.run();
            fail(name + " / " + how + ": accepted");
        } catch (EnvelopeException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), name + " / " + how + ": no message");
        } catch (Throwable t) { // what must never escape: Error, RuntimeException, a bare IOException
            throw new AssertionError(name + " / " + how + ": " + t.getClass().getName() + " escaped", t);
        }
    }

    /** The inputs are what they say (so that a refusal is not just a short read). */
    @Test
    void theInputsAreLargeAndDistinct() {
        Map<String, byte[]> all = HostileEnvelopes.all();
        assertTrue(all.size() >= 14);
        assertTrue(all.get("root-nested-indefinite-400k").length == 1_600_000);
        assertTrue(HostileEnvelopes.definiteNesting(3).length == 6
                && HostileEnvelopes.definiteNesting(3)[1] == 4 && HostileEnvelopes.definiteNesting(3)[3] == 2);
    }
}
