package io.github.careplanspec.examples.bench;

import io.github.careplanspec.csv.envelope.Envelope;
import io.github.careplanspec.csv.envelope.EnvelopeException;
import io.github.careplanspec.csv.envelope.KeyEncryptionKey;
import io.github.careplanspec.csv.envelope.Opener;
import io.github.careplanspec.csv.envelope.Recipient;
import io.github.careplanspec.csv.envelope.Sealer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
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
 * Sealing and opening {@code megabytes} MiB in memory (one AES-256 KEK recipient) against raw JDK (SunJCE)
 * AES-256-GCM on the same bytes; the unverified streaming opener against the same raw decrypt and against
 * BouncyCastle's own streaming GCM decrypt (the envelope issue's baseline for it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class EnvelopeBenchmark {
    /** Payload size in MiB. */
    @Param("16")
    public int megabytes;

    private byte[] plaintext;
    private byte[] rawCiphertext;
    private byte[] envelope;
    private SecretKeySpec key;
    private byte[] nonce;
    private Sealer sealer;
    private Opener opener;

    /** Keys, payload, one envelope and one raw ciphertext. */
    @Setup(Level.Trial)
    public void setUp() throws GeneralSecurityException, EnvelopeException {
        SecureRandom r = new SecureRandom();
        plaintext = new byte[megabytes << 20];
        r.nextBytes(plaintext);
        byte[] k = new byte[32];
        r.nextBytes(k);
        key = new SecretKeySpec(k, "AES");
        nonce = new byte[12];
        r.nextBytes(nonce);
        byte[] kek = new byte[32];
        r.nextBytes(kek);
        KeyEncryptionKey local = KeyEncryptionKey.aes256("bench", kek);
        sealer = Envelope.sealer().recipient(Recipient.kek(local)).build();
        opener = Envelope.opener().kek(local).build();
        envelope = sealer.seal(plaintext);
        rawCiphertext = rawEncrypt();
    }

    /** Baseline: SunJCE AES-256-GCM encrypt. */
    @Benchmark
    public byte[] rawEncrypt() throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        return c.doFinal(plaintext);
    }

    /** Baseline: SunJCE AES-256-GCM decrypt (verifies the tag). */
    @Benchmark
    public byte[] rawDecrypt() throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        return c.doFinal(rawCiphertext);
    }

    /**
     * Baseline for the streaming open: BouncyCastle's own AES-256-GCM decrypt (lightweight API), fed in the same
     * 64 KiB steps, tag checked at the end.
     */
    @Benchmark
    public long rawBcDecryptStreaming() throws InvalidCipherTextException {
        GCMModeCipher c = GCMBlockCipher.newInstance(AESEngine.newInstance());
        c.init(false, new AEADParameters(new KeyParameter(key.getEncoded()), 128, nonce));
        byte[] out = new byte[(1 << 16) + 32];
        long n = 0;
        for (int off = 0; off < rawCiphertext.length; off += 1 << 16) {
            n += c.processBytes(rawCiphertext, off, Math.min(1 << 16, rawCiphertext.length - off), out, 0);
        }
        return n + c.doFinal(out, 0);
    }

    /** Our seal: fresh content key, CMS AuthEnvelopedData, KEK recipient. */
    @Benchmark
    public byte[] seal() throws EnvelopeException {
        return sealer.seal(plaintext);
    }

    /** Our in-memory open: policy checks, unwrap, verify before returning. */
    @Benchmark
    public byte[] openInMemory() throws EnvelopeException {
        return opener.open(envelope);
    }

    /** Our streaming opener (named unverified: the tag is checked only at the end of the stream). */
    @Benchmark
    public long openStreaming() throws IOException, EnvelopeException {
        long n = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = opener.openUnverifiedStream(new ByteArrayInputStream(envelope))) {
            int k;
            while ((k = in.read(buf)) > 0) {
                n += k;
            }
        }
        return n;
    }
}
