package io.github.careplanspec.examples.bench;

import io.github.careplanspec.csv.envelope.Envelope;
import io.github.careplanspec.csv.envelope.EnvelopeException;
import io.github.careplanspec.csv.envelope.HostileEnvelopes;
import io.github.careplanspec.csv.envelope.KeyEncryptionKey;
import io.github.careplanspec.csv.envelope.Opener;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long refusing each hostile envelope takes (envelope issue: "hostile inputs refused in under 100 ms each"), in
 * a 64 MiB heap: {@link Envelope#inspect} and an in-memory {@link Opener#open} with a KEK, per input of
 * careplan-spec-csv's {@code HostileEnvelopes} (its test jar). {@link RunBenchmarks} prints the slowest.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx64m"})
public class EnvelopeHostileBenchmark {
    /** The hostile input (a key of {@code HostileEnvelopes.all()}). */
    @Param({"recipient-nested-indefinite-200k", "recipient-nested-definite-50k", "originator-nested-indefinite-200k",
        "root-nested-indefinite-400k", "recipient-400k-nulls", "recipients-200k-empty", "recipient-claims-2GiB",
        "root-claims-2GiB", "length-of-length-127", "tag-number-1000-octets", "recipient-oid-300k-arcs",
        "recipient-integer-500k", "recipient-octets-200k-fragments", "pem-8MiB-base64"})
    public String input;

    private byte[] bytes;
    private Opener opener;

    /** The input and an opener with a test KEK (made here, never a real key). */
    @Setup(Level.Trial)
    public void setUp() {
        bytes = HostileEnvelopes.all().get(input);
        if (bytes == null) {
            throw new IllegalArgumentException("no hostile input " + input);
        }
        byte[] kek = new byte[32];
        new java.security.SecureRandom().nextBytes(kek);
        opener = Envelope.opener().kek(KeyEncryptionKey.aes256("bench", kek)).build();
    }

    /**
     * Refused by inspect.
     *
     * @return the refusal reason
     */
    @Benchmark
    public EnvelopeException.Reason inspect() {
        try {
            Envelope.inspect(bytes);
        } catch (EnvelopeException e) {
            return e.reason();
        }
        throw new IllegalStateException(input + " accepted by inspect");
    }

    /**
     * Refused by an in-memory open.
     *
     * @return the refusal reason
     */
    @Benchmark
    public EnvelopeException.Reason open() {
        try {
            opener.open(bytes);
        } catch (EnvelopeException e) {
            return e.reason();
        }
        throw new IllegalStateException(input + " accepted by open");
    }
}
