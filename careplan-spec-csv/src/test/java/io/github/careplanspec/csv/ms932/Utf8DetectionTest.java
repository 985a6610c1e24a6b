package io.github.careplanspec.csv.ms932;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** UTF-8 detection ({@link EncodingProbe}, issue 5's lenient table) must not take short MS932 text for UTF-8. */
class Utf8DetectionTest {
    private static final Charset MS932 = Charset.forName("windows-31j");

    private static boolean utf8(byte[] b) {
        return EncodingProbe.looksUtf8(b, 0, b.length, false);
    }

    @Test
    void ms932TextThatIsAlsoValidUtf8IsMs932() {
        // found by the writer/reader round-trip property: 龜ｱ in MS932 is E9 BE B1, a valid UTF-8 sequence
        byte[] b = "202407,,\"!!龜ｱ\"\r\n".getBytes(MS932);
        assertTrue(new String(b, StandardCharsets.UTF_8).indexOf('\uFFFD') < 0, "precondition: also valid UTF-8");
        assertFalse(utf8(b));
    }

    @Test
    void japaneseUtf8FilesAreStillDetected() {
        assertTrue(utf8("202407,131016,\"介護 花子\",\"さくら居宅介護支援事業所\"\r\n".getBytes(StandardCharsets.UTF_8)));
        // é (C3 A9) is also ﾃｩ in MS932: one accidental-looking sequence is not enough evidence
        assertFalse(utf8("202407,\"é\"\r\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void asciiIsNotUtf8Evidence() {
        assertFalse(utf8("202407,131016,1234567890,20241001\r\n".getBytes(StandardCharsets.US_ASCII)));
    }
}
