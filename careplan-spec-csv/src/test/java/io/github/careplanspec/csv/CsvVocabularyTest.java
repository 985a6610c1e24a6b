package io.github.careplanspec.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.csv.envelope.EnvelopeException;
import io.github.careplanspec.csv.envelope.KeyFileException;
import io.github.careplanspec.csv.envelope.NamedContent;
import io.github.careplanspec.csv.envelope.PemKeys;
import io.github.careplanspec.csv.envelope.Recipient;
import io.github.careplanspec.csv.unit.UnitProblemCode;
import io.github.careplanspec.csv.unit.UnitProblem;
import io.github.careplanspec.model.catalog.InvalidValueException;
import io.github.careplanspec.model.issue.Messages;
import io.github.careplanspec.model.issue.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 3: the csv module's vocabulary keys into the one bundle pair: every envelope reason renders in both
 * languages, the location words of problems come from the bundle, and the exceptions carry an id and parameters and
 * render in the catcher's language (getMessage() English, never a "日本語 / English" join).
 */
class CsvVocabularyTest {
    private static final Pattern JAPANESE = Pattern.compile("[\\u3040-\\u30ff\\u3400-\\u9fff\\uff00-\\uffef\\u3000-\\u303f]");

    @TempDir
    Path dir;

    private static void bothLanguages(String what, String ja, String en) {
        assertTrue(JAPANESE.matcher(ja).find(), what + " ja: " + ja);
        assertFalse(JAPANESE.matcher(en).find(), what + " en: " + en);
        assertFalse(en.contains(" / ") || ja.contains(" / "), what + " is no join: " + en + " | " + ja);
    }

    @Test
    void everyEnvelopeReasonHasAStableIdAndTextsInBothLanguages() {
        for (EnvelopeException.Reason r : EnvelopeException.Reason.values()) {
            assertTrue(r.key().startsWith("envelope."), r.key());
            bothLanguages(r.name(), r.text(Locale.JAPANESE), r.text(Locale.ENGLISH));
            assertEquals(Messages.text(r, Locale.JAPANESE), r.text(Locale.JAPANESE));
        }
    }

    @Test
    void problemsTakeTheirLocationWordsFromTheBundle() {
        UnitProblem whole = new UnitProblem(UnitProblemCode.TOO_MANY_FILES, Severity.ERROR, null, null,
                io.github.careplanspec.model.catalog.Phrase.literal("100"));
        assertTrue(whole.message(Locale.JAPANESE).startsWith("受信ファイル全体: "), whole.message(Locale.JAPANESE));
        assertTrue(whole.message(Locale.ENGLISH).startsWith("reception: "), whole.message(Locale.ENGLISH));
        CsvProblem bytes = new CsvProblem(ProblemCode.MALFORMED_BYTES, Severity.ERROR, 3, 2, null, null, null,
                io.github.careplanspec.model.catalog.Phrase.literal("85 40"), 17);
        assertEquals("行 3, レコード 2, バイト位置 17: MS932 として不正なバイト列です: 85 40 [CSV001 R2a]",
                bytes.message(Locale.JAPANESE));
        assertEquals("line 3, record 2, byte offset 17: malformed MS932 bytes: 85 40 [CSV001 R2a]",
                bytes.message(Locale.ENGLISH));
        assertEquals("85 40", bytes.detail());
    }

    @Test
    void refusedArgumentsCarryAnIdAndParameters() {
        InvalidValueException empty = assertThrows(InvalidValueException.class,
                () -> Recipient.password(new char[0], Recipient.DEFAULT_PASSWORD_ITERATIONS));
        assertEquals("envelope.password.empty", empty.id().key());
        assertEquals(List.of(), empty.params());
        assertEquals("empty password", empty.getMessage());
        assertEquals("パスワードが空です", empty.message(Locale.JAPANESE));
        InvalidValueException iterations = assertThrows(InvalidValueException.class,
                () -> Recipient.password("x".toCharArray(), 1));
        assertEquals(List.of(Recipient.MIN_PASSWORD_ITERATIONS, Recipient.MAX_PASSWORD_ITERATIONS),
                iterations.params());
        bothLanguages("iterations", iterations.message(Locale.JAPANESE), iterations.getMessage());
        InvalidValueException dots = assertThrows(InvalidValueException.class,
                () -> new NamedContent("../x.CSV", new byte[0]));
        assertEquals("envelope.name.dots", dots.id().key());
        assertEquals(List.of("../x.CSV"), dots.params());
        bothLanguages("dots", dots.message(Locale.JAPANESE), dots.getMessage());
    }

    @Test
    void anUnreadableKeyFileCarriesAnIdAndParameters() throws IOException {
        Path pem = Files.writeString(dir.resolve("empty.pem"), "no PEM here\n", StandardCharsets.US_ASCII);
        KeyFileException e = assertThrows(KeyFileException.class, () -> PemKeys.certificate(pem));
        assertEquals("envelope.pem.noCertificate", e.id().key());
        assertEquals(List.of(pem), e.params());
        assertEquals("no certificate in " + pem, e.getMessage());
        assertEquals("PEM に証明書がありません: " + pem, e.message(Locale.JAPANESE));
        KeyFileException key = assertThrows(KeyFileException.class, () -> PemKeys.privateKey(pem, null));
        assertEquals("envelope.pem.noPrivateKey", key.id().key());
        bothLanguages("key", key.message(Locale.JAPANESE), key.getMessage());
    }
}
