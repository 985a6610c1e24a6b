package io.github.careplanspec.csv.envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.careplanspec.csv.unit.UnitEnvelopes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Envelopes from outside are hostile (envelope issue): arbitrary bytes into {@link Envelope#inspect(byte[])} and into
 * an {@link Opener} with a test KEK — in memory, as a unit, as a unit received like a folder, and streaming — let
 * only {@link EnvelopeException} escape (streaming: an {@link IOException} carrying one, as documented), each with
 * its reason and both messages. Regression inputs in
 * {@code src/test/resources/io/github/careplanspec/csv/envelope/EnvelopeFuzzTestInputs/<method>/}: envelopes sealed
 * by {@link Sealer} to {@link #KEK} (DER and PEM, content and units), to other recipients, and broken ones.
 */
class EnvelopeFuzzTest {
    /** A fixed test key (bytes 0…31), so that the committed inputs sealed to it open; never a real key. */
    static final KeyEncryptionKey KEK = KeyEncryptionKey.aes256("fuzz-kek", fixedKey());
    private static final Opener OPENER = Envelope.opener().kek(KEK).build();

    static byte[] fixedKey() {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        return key;
    }

    /** The committed envelopes sealed to {@link #KEK} still open, so that fuzzing starts from deep paths. */
    @Test
    void theCommittedEnvelopesStillOpen() throws IOException, EnvelopeException {
        for (String seed : new String[] {"kek-content.der", "kek-content.pem"}) {
            assertTrue(OPENER.open(seed("open", seed)).length > 0, seed);
        }
        for (String seed : new String[] {"kek-unit.der", "rsa-ec-kek-unit.der"}) {
            assertEquals(1, UnitEnvelopes.openAll(seed("open", seed), OPENER).units().size(), seed);
        }
        assertEquals(3, Envelope.inspect(seed("inspect", "rsa-ec-kek-unit.der")).recipients().size());
    }

    private static byte[] seed(String method, String name) throws IOException {
        try (InputStream in = EnvelopeFuzzTest.class.getResourceAsStream("EnvelopeFuzzTestInputs/" + method + "/"
                + name)) {
            if (in == null) {
                throw new IOException("missing seed " + method + "/" + name);
            }
            return in.readAllBytes();
        }
    }

    @FuzzTest
    void inspect(byte[] data) {
        try {
            EnvelopeInfo info = Envelope.inspect(data);
            check(info.toString() != null, "info");
        } catch (EnvelopeException e) {
            refused(e);
        }
    }

    @FuzzTest
    void open(byte[] data) {
        try {
            check(OPENER.open(data) != null, "content");
        } catch (EnvelopeException e) {
            refused(e);
        }
        try {
            check(OPENER.openUnit(data) != null, "files");
        } catch (EnvelopeException e) {
            refused(e);
        }
        try {
            check(UnitEnvelopes.openAll(data, OPENER) != null, "units");
        } catch (EnvelopeException e) {
            refused(e);
        }
    }

    @FuzzTest
    void openUnverifiedStream(byte[] data) throws IOException {
        try (InputStream in = OPENER.openUnverifiedStream(new ByteArrayInputStream(data))) {
            in.readAllBytes();
        } catch (EnvelopeException e) {
            refused(e);
        } catch (IOException e) {
            // documented: a refusal found while streaming arrives as an IOException carrying the EnvelopeException
            if (!(e.getCause() instanceof EnvelopeException cause)) {
                throw e;
            }
            refused(cause);
        }
    }

    private static void refused(EnvelopeException e) {
        check(e.reason() != null && e.messageJa() != null && e.messageEn() != null && e.getMessage() != null,
                "a refusal without reason or message: " + e);
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
