package io.github.careplanspec.csv.ms932;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConversionPolicyTest {
    private static final ConversionPolicy GETA = ConversionPolicy.replace();

    @Test
    void textInsideMs932IsNeverTouched() {
        String s = "ｶﾀｶﾅ ①㈱髙﨑～－∥￠￡￢―\\~ \"a,b\"\r\n";
        for (ConversionPolicy p : List.of(ConversionPolicy.refuse(), ConversionPolicy.convertOrRefuse(), GETA)) {
            ConversionResult r = p.convert(s);
            assertEquals(s, r.text());
            assertTrue(r.isUnchanged());
        }
    }

    @Test
    void jisMappingDifferencesBecomeTheMs932Characters() {
        ConversionResult r = ConversionPolicy.convertOrRefuse().convert("1〜2‖3−4¢£¬—¥‾¦");
        assertEquals("1～2∥3－4￠￡￢―￥￣￤", r.text());
        assertEquals(10, r.conversions().size());
        Conversion first = r.conversions().get(0);
        assertEquals(1, first.offset());
        assertEquals("〜", first.original());
        assertEquals("～", first.replacement());
        assertEquals(Conversion.Reason.JIS_MAPPING, first.reason());
        assertEquals("U+301C", first.codePoints());
    }

    @Test
    void compatibilityCompositionAndVariationSelectorsUseIcu() {
        ConversionResult r = ConversionPolicy.convertOrRefuse().convert("⑴\u00A0か\u3099葛\uDB40\uDD00");
        assertEquals("(1) が葛", r.text());
        assertEquals(List.of(Conversion.Reason.COMPATIBILITY, Conversion.Reason.COMPATIBILITY,
                Conversion.Reason.COMPOSITION, Conversion.Reason.VARIATION_SELECTOR),
                r.conversions().stream().map(Conversion::reason).toList());
        assertEquals("か\u3099", r.conversions().get(2).original());
        assertEquals(2, r.conversions().get(2).offset());
        assertEquals("葛\uDB40\uDD00", r.conversions().get(3).original());
    }

    @Test
    void charactersOutsideMs932AreReplacedOncePerUserPerceivedCharacter() {
        ConversionResult r = GETA.convert("𠮷野家の𩸽と👨‍👩‍👧\uE000!");
        assertEquals("〓野家の〓と〓〓!", r.text());
        assertEquals(4, r.conversions().size());
        assertEquals("👨‍👩‍👧", r.conversions().get(2).original());
        assertEquals(Conversion.Reason.REPLACED, r.conversions().get(3).reason());
        assertEquals("?", ConversionPolicy.replace("?").convert("𠮷").text());
    }

    @Test
    void refusePoliciesReportWithoutConverting() {
        ConversionResult r = ConversionPolicy.refuse().convert("a〜b");
        assertTrue(r.isRefused());
        assertEquals("a〜b", r.text());
        assertEquals(new Conversion(1, "〜", null, Conversion.Reason.REFUSED), r.conversions().get(0));
        ConversionResult r2 = ConversionPolicy.convertOrRefuse().convert("〜𠮷");
        assertTrue(r2.isRefused());
        assertEquals(Conversion.Reason.JIS_MAPPING, r2.conversions().get(0).reason());
        assertEquals(Conversion.Reason.REFUSED, r2.conversions().get(1).reason());
        assertThrows(IllegalArgumentException.class, () -> ConversionPolicy.replace("𠮷"));
    }

    @Test
    void anyUnicodeTextThroughReplaceIsMs932AndEveryChangeIsReported() {
        qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(s -> {
            ConversionResult r = GETA.convert(s);
            assertTrue(Ms932.isEncodable(r.text()), r::toString);
            assertTrue(!r.isRefused());
            assertEquals(r.isUnchanged(), r.text().equals(s) && Ms932.isEncodable(s));
        });
    }
}
