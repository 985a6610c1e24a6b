package io.github.careplanspec.model.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The item codecs parse with loops rather than a regular expression or a stream per value, and format dates without
 * {@code String.format}: the same texts accepted (R10 formats), the same texts written.
 */
class FieldCodecFormsTest {
    private static final char[] ALPHABET = "01239.-+ a\uFF10".toCharArray();

    private static Gen<String> texts() {
        Gen<String> shaped = lists().of(integers().between(0, ALPHABET.length - 1)).ofSizeBetween(0, 11).map(l -> {
            StringBuilder sb = new StringBuilder();
            l.forEach(i -> sb.append(ALPHABET[i]));
            return sb.toString();
        });
        Gen<String> digits = lists().of(integers().between(0, 9)).ofSizeBetween(1, 10).map(l -> {
            StringBuilder sb = new StringBuilder();
            l.forEach(sb::append);
            return sb.toString();
        });
        return shaped.mix(digits, 50);
    }

    private static boolean accepts(FieldCodec c, String t) {
        try {
            c.parse(t);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Test
    void decimalsAndIntegersAcceptWhatTheirPatternsAccept() {
        // the spec's 99.99 form (第7表 単位数単価, R52): the codec is the one authority, so it refuses 123.5 as R52 does
        Pattern decimal = Pattern.compile("[0-9]{1,2}\\.[0-9]{2}");
        Pattern integer = Pattern.compile("[0-9]{1,9}");
        qt().withExamples(5000).forAll(texts()).checkAssert(t -> {
            assertEquals(decimal.matcher(t).matches(), accepts(FieldCodec.DECIMAL, t), "decimal " + t);
            assertEquals(integer.matcher(t).matches(), accepts(FieldCodec.INTEGER, t), "integer " + t);
            if (integer.matcher(t).matches()) {
                assertEquals(Integer.valueOf(t), FieldCodec.INTEGER.parse(t));
            }
            if (decimal.matcher(t).matches()) {
                assertEquals(new BigDecimal(t), FieldCodec.DECIMAL.parse(t));
            }
        });
    }

    @Test
    void datesAndMonthsRoundTripAsInStringFormat() {
        qt().forAll(integers().between(1, 9999), integers().between(1, 12), integers().between(1, 28))
                .checkAssert((y, m, d) -> {
                    LocalDate date = LocalDate.of(y, m, d);
                    String text = String.format("%04d%02d%02d", y, m, d);
                    assertEquals(text, FieldCodec.DATE.format(date));
                    assertEquals(date, FieldCodec.DATE.parse(text));
                    YearMonth month = YearMonth.of(y, m);
                    assertEquals(text.substring(0, 6), FieldCodec.YEAR_MONTH.format(month));
                    assertEquals(month, FieldCodec.YEAR_MONTH.parse(text.substring(0, 6)));
                });
        assertEquals(String.format("%04d%02d%02d", 12345, 1, 2), FieldCodec.DATE.format(LocalDate.of(12345, 1, 2)));
        assertEquals(String.format("%04d%02d", -5, 3), FieldCodec.YEAR_MONTH.format(YearMonth.of(-5, 3)));
        assertThrows(IllegalArgumentException.class, () -> FieldCodec.DATE.parse("20250231"));
        assertThrows(IllegalArgumentException.class, () -> FieldCodec.YEAR_MONTH.parse("202513"));
        // year 0000 is no real date or month (R10): written as given, refused on read, as the validator always did
        assertEquals("00000102", FieldCodec.DATE.format(LocalDate.of(0, 1, 2)));
        assertThrows(IllegalArgumentException.class, () -> FieldCodec.DATE.parse("00000102"));
        assertThrows(IllegalArgumentException.class, () -> FieldCodec.YEAR_MONTH.parse("000001"));
    }
}
