package io.github.careplanspec.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalTime;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The value types check their forms with plain loops (speed: the readers build millions of values); each loop
 * accepts exactly what the regular expression it replaced accepts, over texts drawn from the characters that matter
 * (digits, the letters and hyphens of the forms, look-alikes such as full-width digits and lower case).
 */
class ValueFormsMatchPatternsTest {
    private static final char[] ALPHABET = "0189AHZaz-.:\uFF0D\u2010\uFF10 ".toCharArray();

    private static Gen<String> texts(int maxLength) {
        Gen<String> shaped = lists().of(integers().between(0, ALPHABET.length - 1)).ofSizeBetween(0, maxLength)
                .map(l -> {
                    StringBuilder sb = new StringBuilder();
                    l.forEach(i -> sb.append(ALPHABET[i]));
                    return sb.toString();
                });
        // digit strings of every length near the forms' widths, so that the accepting side is well covered
        Gen<String> digits = lists().of(integers().between(0, 9)).ofSizeBetween(0, maxLength).map(l -> {
            StringBuilder sb = new StringBuilder();
            l.forEach(sb::append);
            return sb.toString();
        });
        return shaped.mix(digits, 50);
    }

    private static void sameAs(String regex, Function<String, ?> parse) {
        Pattern p = Pattern.compile(regex);
        qt().withExamples(5000).forAll(texts(14)).checkAssert(t -> assertEquals(p.matcher(t).matches(),
                accepts(parse, t), () -> regex + " on '" + t + "'"));
    }

    private static boolean accepts(Function<String, ?> parse, String t) {
        try {
            parse.apply(t);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Test
    void numbersAndCodes() {
        sameAs("[0-9]{6}", InsurerNumber::parse);
        sameAs("[0-9]{10}", OfficeNumber::parse);
        sameAs("[0-9]{10}|H[0-9]{9}", InsuredNumber::parse);
        sameAs("[0-9A-Z]{6}", ServiceCode::parse);
        sameAs("[0-9A-Z]{2}", ServiceTypeCode::parse);
        sameAs("[0-9]{3}-[0-9]{4}", PostalCode::parse);
        sameAs("[0-9A-Z\\-\uFF0D\u2010]{1,12}", WelfareEquipmentCode::parse);
        Pattern canonical = Pattern.compile("[0-9]{5}-[0-9]{6}");
        qt().withExamples(5000).forAll(texts(14)).checkAssert(t -> {
            if (accepts(WelfareEquipmentCode::parse, t)) {
                assertEquals(canonical.matcher(t).matches(), WelfareEquipmentCode.parse(t).isCanonical(), t);
            }
        });
    }

    @Test
    void timesMonthsAndDays() {
        sameAs("9999|([01][0-9]|2[0-3])[0-5][0-9]", ServiceTime::parse);
        sameAs("([01][0-9]|2[0-3])[0-5][0-9]", ClockTime::parse);
        sameAs("[0-9]{4}(0[1-9]|1[0-2])", CsvVersion::parse);
        sameAs("000000|[0-9]{4}(0[1-9]|1[0-2])", ServiceMonthLink::parse);
        sameAs("[01]{31}", ProratedDays::parse);
    }

    @Test
    void timesAreWrittenAsFourAsciiDigits() {
        qt().forAll(integers().between(0, 23), integers().between(0, 59)).checkAssert((h, m) -> {
            assertEquals(String.format("%02d%02d", h, m), ServiceTime.of(h, m).text());
            assertEquals(String.format("%02d%02d", h, m), ClockTime.of(h, m).text());
            assertEquals(ServiceTime.of(LocalTime.of(h, m)), ServiceTime.parse(ServiceTime.of(h, m).text()));
        });
    }
}
