package io.github.careplanspec.examples.bench;

import io.github.careplanspec.csv.envelope.DecryptPolicy;
import io.github.careplanspec.csv.envelope.Envelope;
import io.github.careplanspec.csv.envelope.EnvelopeException;
import io.github.careplanspec.csv.envelope.KeyEncryptionKey;
import io.github.careplanspec.csv.envelope.Opener;
import io.github.careplanspec.csv.envelope.Recipient;
import io.github.careplanspec.csv.envelope.Sealer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sealing a {@code megabytes} MiB file to a file and opening it to a file (quarantine, verify, publish) in a
 * 64 MiB heap: the envelope streams in constant memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx64m"})
public class EnvelopeLargeBenchmark {
    /** File size in MiB. */
    @Param("1024")
    public int megabytes;

    private Path dir;
    private Path plain;
    private Sealer sealer;
    private Opener opener;

    /** Writes the file. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("envelope-large");
        plain = dir.resolve("plain.bin");
        byte[] chunk = new byte[1 << 20];
        Random r = new Random(1);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(plain))) {
            for (int i = 0; i < megabytes; i++) {
                r.nextBytes(chunk);
                out.write(chunk);
            }
        }
        byte[] kek = new byte[32];
        r.nextBytes(kek);
        KeyEncryptionKey local = KeyEncryptionKey.aes256("large", kek);
        sealer = Envelope.sealer().recipient(Recipient.kek(local)).build();
        // the default policy caps envelopes at 1 GiB; 1 GiB of content needs a little more
        opener = Envelope.opener().kek(local)
                .policy(DecryptPolicy.strict().toBuilder().maxEnvelopeBytes(((long) megabytes << 20) + (1 << 20)).build())
                .build();
    }

    /** Deletes the files. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }

    /** Seal file → file, then open file → file (verified before it is published). */
    @Benchmark
    public long sealThenOpenFiles() throws IOException, EnvelopeException {
        Path sealed = dir.resolve("sealed.p7m");
        Path opened = dir.resolve("opened.bin");
        Files.deleteIfExists(sealed);
        Files.deleteIfExists(opened);
        sealer.seal(plain, sealed);
        opener.open(sealed, opened);
        if (Files.size(opened) != Files.size(plain)) {
            throw new IllegalStateException("size differs");
        }
        return Files.size(sealed);
    }
}
