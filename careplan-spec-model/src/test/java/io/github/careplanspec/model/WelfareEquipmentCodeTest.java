package io.github.careplanspec.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** TAISコード／福祉用具届出コード (R46; hyphen character Q20). */
class WelfareEquipmentCodeTest {
    @Test
    void theSpecsExampleWithAnAsciiHyphen() {
        WelfareEquipmentCode c = WelfareEquipmentCode.parse("00001-000010");
        assertEquals(12, c.text().length());
        assertTrue(c.isCanonical());
        assertEquals(c, WelfareEquipmentCode.of("00001", "000010"));
        assertEquals(c, c.withAsciiHyphen());
    }

    @Test
    void fullWidthMinusAndHyphenAreKeptAsReceivedAndCanBeNormalised() {
        // Q20: the spec prints 00001－000010 (U+FF0D); a received value is never altered silently
        WelfareEquipmentCode fullWidth = WelfareEquipmentCode.parse("00001\uFF0D000010");
        assertEquals("00001\uFF0D000010", fullWidth.text());
        assertFalse(fullWidth.isCanonical());
        assertNotEquals(WelfareEquipmentCode.of("00001", "000010"), fullWidth);
        assertEquals(WelfareEquipmentCode.of("00001", "000010"), fullWidth.withAsciiHyphen());
        assertEquals(WelfareEquipmentCode.of("00001", "000010"),
                WelfareEquipmentCode.parse("00001\u2010000010").withAsciiHyphen());
    }

    @Test
    void shorterCodesAreRepresentable() {
        assertEquals("A1234", WelfareEquipmentCode.parse("A1234").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"00001-0000100", "00001_000010", "abcde-000010", "00001 000010", ""})
    void malformedCodesAreRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> WelfareEquipmentCode.parse(text));
    }

    @Test
    void theCanonicalFactoryChecksItsParts() {
        assertThrows(IllegalArgumentException.class, () -> WelfareEquipmentCode.of("1", "000010"));
        assertThrows(IllegalArgumentException.class, () -> WelfareEquipmentCode.of("00001", "00001A"));
    }
}
