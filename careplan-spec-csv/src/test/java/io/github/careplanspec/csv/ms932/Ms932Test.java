package io.github.careplanspec.csv.ms932;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class Ms932Test {
    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    void repertoireKeepsKatakanaNecAndIbmExtensionsAndRefusesGaijiAndOneWayMappings() {
        for (String kept : List.of("ｱ", "ﾟ", "①", "㈱", "髙", "﨑", "～", "－", "∥", "￠", "―", "\\", "~", "\r", "\n")) {
            assertTrue(Ms932.isEncodable(kept), kept);
        }
        // R2b 外字, JIS-only forms (Q36), one-way Java mappings, characters outside MS932
        for (String refused : List.of("\uE000", "\uE757", "〜", "‖", "−", "¢", "—", "¥", "‾", "𠮷", "𩸽", "😀", "\uFFFD",
                "\uD800")) {
            assertFalse(Ms932.isEncodable(refused), refused);
        }
        assertTrue(Ms932.isGaiji(0xE000));
        assertTrue(Ms932.isGaiji(0xE757));
        assertFalse(Ms932.isGaiji(0xE758));
    }

    @Test
    void everyRepertoireCharacterSurvivesEncodeAndDecode() throws CharacterCodingException {
        int count = 0;
        for (int c = 0; c < 65536; c++) {
            if (Ms932.isEncodable(c)) {
                String s = String.valueOf((char) c);
                assertEquals(s, Ms932.decode(Ms932.encode(s)), () -> Integer.toHexString(s.charAt(0)));
                count++;
            }
        }
        // 128 ASCII + 63 half-width katakana + JIS X 0208 (6879) + NEC row 13 + IBM extensions, minus duplicates
        assertTrue(count > 7400 && count < 7600, "repertoire size " + count);
    }

    @Test
    void bothByteFormsOfAnIbmExtensionCharacterDecodeToOneCharacterAndJavaFormIsWritten() throws Exception {
        assertEquals("髙", Ms932.decode(bytes(0xFB, 0xFC)));
        assertEquals("髙", Ms932.decode(bytes(0xEE, 0xE0)));
        assertArrayEquals(bytes(0xFB, 0xFC), Ms932.encode("髙"));
        assertArrayEquals(bytes(0x81, 0x60), Ms932.encode("～"));
        assertArrayEquals(bytes(0x87, 0x40), Ms932.encode("①"));
        assertArrayEquals(bytes(0xB1), Ms932.encode("ｱ"));
    }

    @Test
    void encodeRefusesInsteadOfWritingQuestionMarks() {
        CharacterCodingException e = assertThrows(CharacterCodingException.class, () -> Ms932.encode("ab¥"));
        assertTrue(e.getMessage().contains("index 2"), e.getMessage());
        assertThrows(CharacterCodingException.class, () -> Ms932.encode("〜"));
        assertThrows(CharacterCodingException.class, () -> Ms932.encode("\uE000"));
    }

    @Test
    void strictDecodeLocatesMalformedBytesByByteOffsetAndLine() {
        // line 1 "ab", CRLF, line 2 "c" then 85 40 (unmappable), LF, line 3 trailing lone lead byte 81
        byte[] in = bytes('a', 'b', '\r', '\n', 'c', 0x85, 0x40, '\n', 0x81);
        MalformedBytesException e = assertThrows(MalformedBytesException.class, () -> Ms932.decode(in));
        assertEquals(5, e.where().byteOffset());
        assertEquals(2, e.where().line());
        assertTrue(e.getMessage().contains("byte offset 5"), e.getMessage());
        assertEquals("ms932.malformed", e.id().key());
        assertEquals(List.of(2L, 5L, e.where().hex()), e.params());
        assertEquals("MS932 として不正なバイト列です（行 2、バイト位置 5）: " + e.where().hex(),
                e.message(Locale.JAPANESE));
    }

    @Test
    void strictDecodingReaderReportsEveryBadSequenceAndGoesOn() throws IOException {
        byte[] in = bytes('a', 0x80, '\r', 'b', 0x85, 0x40, 'c', '\r', '\n', 0xA0, 0x81);
        List<MalformedInput> bad = new ArrayList<>();
        StringWriter text = new StringWriter();
        try (StrictDecodingReader r = new StrictDecodingReader(new ByteArrayInputStream(in), Ms932.CHARSET, bad::add)) {
            r.transferTo(text);
        }
        // Java's MS932 rejects the lead byte 85 alone and then reads 40 as '@'
        assertEquals("a\uFFFD\rb\uFFFD@c\r\n\uFFFD\uFFFD", text.toString());
        assertEquals(4, bad.size(), bad.toString());
        assertEquals(1, bad.get(0).byteOffset());
        assertEquals(1, bad.get(0).line());
        assertEquals("80", bad.get(0).hex());
        assertEquals(4, bad.get(1).byteOffset());
        assertEquals(2, bad.get(1).line());
        assertEquals(4, bad.get(1).charIndex());
        assertEquals(9, bad.get(2).byteOffset());
        assertEquals(3, bad.get(2).line());
        assertEquals("81", bad.get(3).hex());
        assertEquals(10, bad.get(3).byteOffset());
    }

    @Test
    void largeInputsAreDecodedAcrossChunkBoundaries() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            sb.append("髙橋ｶﾀｶﾅ①,").append(i).append("\r\n");
        }
        byte[] in = Ms932.encode(sb);
        List<MalformedInput> bad = new ArrayList<>();
        StringWriter text = new StringWriter();
        try (StrictDecodingReader r = new StrictDecodingReader(new ByteArrayInputStream(in), Ms932.CHARSET, bad::add)) {
            r.transferTo(text);
        }
        assertTrue(bad.isEmpty(), bad.toString());
        assertEquals(sb.toString(), text.toString());
    }
}
