package io.github.careplanspec.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.kyotaku.CarePlanTable1;
import io.github.careplanspec.model.kyotaku.CarePlanTable1Deletion;
import io.github.careplanspec.model.kyotaku.UserSupplement;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import io.github.careplanspec.validation.report.ValidationIssue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldRulesTest {
    private static final RecordLocation AT = new RecordLocation("UP1KYO_X.CSV", 7, 3);

    private static List<ValidationIssue> breakOne(int no, String text) {
        String[] t = Samples.table1Texts();
        t[no - 1] = text;
        return FieldRules.of(CarePlanTable1.class).check(t, AT);
    }

    @Test
    void validRecordHasNoIssue() {
        assertEquals(List.of(), FieldRules.of(CarePlanTable1.class).check(Samples.table1Texts(), AT));
    }

    @ParameterizedTest(name = "No.{0} ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', value = {
        "2|12345|R10.insurer",
        "2|1310AB|R10.insurer",
        "3|H12345678X|R10.insured",
        "3|A123456789|R10.insured",
        "4|20250229|R10.date",
        "4|20241301|R10.date",
        "4|2024101|R10.date",
        "5|1000001|R10.postal",
        "5|100-00A1|R10.postal",
        "13|131010000A|R10.office",
        "16|99|CODE",
        "17|9|CODE",
        "16|211|R8",
        "28|1|R53.unused",
        "1|2024AB|R11.format",
        "1|202413|R11.format",
        "8|''|R9",
        "2|''|R9",
    })
    void eachBrokenItemIsNamedWithItsRule(int no, String text, String rule) {
        List<ValidationIssue> issues = breakOne(no, text);
        assertEquals(1, issues.size(), issues.toString());
        ValidationIssue i = issues.get(0);
        assertEquals(rule, i.rule().id());
        assertEquals(no, i.column());
        assertEquals("UP1KYO_X.CSV", i.file());
        assertEquals(7, i.line());
        assertEquals(3, i.record());
        assertEquals(text, i.value());
        assertEquals(Names.nameOf(no), i.field());
    }

    @Test
    void repertoireRefusesNonMs932AndGaijiButKeepsNecSpecials() {
        List<ValidationIssue> emoji = breakOne(24, "方針😀です");
        assertEquals(1, emoji.size());
        assertEquals(Rules.R2_CHARSET, emoji.get(0).rule());
        assertEquals("U+1F600", emoji.get(0).params().get("codepoint"));
        assertEquals("3", emoji.get(0).params().get("position"));

        List<ValidationIssue> gaiji = breakOne(8, "介護\uE000");
        assertEquals(Rules.R2_GAIJI, gaiji.get(0).rule());
        assertEquals("U+E000", gaiji.get(0).params().get("codepoint"));

        assertEquals(Rules.R2_CHARSET, breakOne(8, "caf\u00e9").get(0).rule());
        assertEquals(Rules.R2_GAIJI, breakOne(8, "\uE757").get(0).rule());
        assertEquals(List.of(), breakOne(8, "①髙﨑￢～－"));
        assertEquals(List.of(), breakOne(8, "ﾊﾝｶｸ\\~"));
        // Java's encoder maps these one way (best fit: ¥ to 0x5C, which reads back as a backslash); the writer
        // refuses them, so validation does too: one repertoire
        for (String oneWay : List.of("\u00a5", "\u00a2", "\u00a3", "\u00ac", "\u203e", "\u3094")) {
            List<ValidationIssue> issues = breakOne(8, "介護" + oneWay);
            assertEquals(1, issues.size(), oneWay);
            assertEquals(Rules.R2_CHARSET, issues.get(0).rule(), oneWay);
            assertEquals(String.format("U+%04X", (int) oneWay.charAt(0)), issues.get(0).params().get("codepoint"));
        }
    }

    @Test
    void wrongItemCountIsR7() {
        List<ValidationIssue> issues = FieldRules.of(CarePlanTable1Deletion.class).check(new String[3], AT);
        assertEquals(1, issues.size());
        assertEquals(Rules.R7, issues.get(0).rule());
        assertEquals("4", issues.get(0).params().get("expected"));
        assertEquals("3", issues.get(0).params().get("actual"));
        assertEquals(0, issues.get(0).column());
    }

    private static Rule one(FieldFormat format, int length, String text) {
        ColumnSpec c = new ColumnSpec("T", 1, "項目", length, false, false, format, List.of());
        List<ValidationIssue> issues = FieldRules.compile("T", List.of(c)).check(new String[] {text}, AT);
        return issues.isEmpty() ? null : issues.get(0).rule();
    }

    @ParameterizedTest(name = "{0} ''{2}'' -> {3}")
    @CsvSource(delimiter = '|', value = {
        "TIME|4|0000|",
        "TIME|4|2359|",
        "TIME|4|2400|R10.time",
        "TIME|4|1260|R10.time",
        "TIME|4|9999|R10.time",
        "TIME_OR_NONE|4|9999|",
        "TIME_OR_NONE|4|0930|",
        "TIME_OR_NONE|4|2500|R42",
        "INTEGER|6|0|",
        "INTEGER|6|123456|",
        "INTEGER|6|-1|R10.integer",
        "INTEGER|6|1.5|R10.integer",
        "DECIMAL|6|10.90|",
        "DECIMAL|6|9.99|",
        "DECIMAL|6|10.9|R52.decimal",
        "DECIMAL|6|100.00|R52.decimal",
        "DECIMAL|6|10|R52.decimal",
        "DECIMAL|6|.50|R52.decimal",
        "YEAR_MONTH|6|202502|",
        "YEAR_MONTH|6|202500|R10.month",
        "YEAR_MONTH|6|000000|R10.month",
        "DATE|8|20240229|",
        "DATE|8|21000229|R10.date",
        "DATE|8|20000229|",
        "DATE|8|20240431|R10.date",
        "PRORATED_DAYS|31|1111100000000000000000000000000|",
        "PRORATED_DAYS|31|111110000000000000000000000000|R43.format",
        "PRORATED_DAYS|31|1111100000000000000000000000002|R43.format",
        "SERVICE_TYPE_CODE|2|2A|",
        "SERVICE_TYPE_CODE|2|a1|R10.serviceType",
        "SERVICE_CODE|6|171007|",
        "SERVICE_CODE|6|17AAAA|",
        "SERVICE_CODE|6|17AAA|R10.serviceCode",
        "WELFARE_EQUIPMENT_CODE|12|00001－000010|",
        "WELFARE_EQUIPMENT_CODE|12|00001-0000100|R8",
        "FREE_TEXT|-1|長い自由記述,カンマも|",
        "TEXT|13|03-1234-5678|",
        "TEXT|13|03-1234-567890|R8",
    })
    void formatsAreCheckedByHand(FieldFormat format, int length, String text, String rule) {
        Rule r = one(format, length == -1 ? Column.FREE : length, text);
        assertEquals(rule, r == null ? null : r.id());
    }

    @Test
    void necessaryItemEmptyIsAWarningAndRequiredWins() {
        ColumnSpec necessary = new ColumnSpec("T", 1, "委託の有無", 1, false, true, FieldFormat.TEXT, List.of());
        ColumnSpec both = new ColumnSpec("T", 2, "相談日", 8, true, true, FieldFormat.DATE, List.of());
        List<ValidationIssue> issues = FieldRules.compile("T", List.of(necessary, both))
                .check(new String[] {"", ""}, AT);
        assertEquals(List.of(Rules.P14, Rules.R9), issues.stream().map(ValidationIssue::rule).toList());
        assertFalse(Rules.P14.severity() == Rules.R9.severity());
    }

    @Test
    void valueTypeSentinelsAreAcceptedR37() {
        FieldRules r = FieldRules.of(UserSupplement.class);
        String[] t = new String[r.size()];
        java.util.Arrays.fill(t, "");
        t[3] = "00000000";
        t[62] = "000000";
        assertTrue(r.check(t, AT).stream().noneMatch(i -> i.column() == 4 || i.column() == 63));
        t[3] = "00000001";
        t[62] = "000013";
        List<ValidationIssue> bad = r.check(t, AT).stream().filter(i -> i.column() == 4 || i.column() == 63)
                .toList();
        assertEquals(List.of(Rules.R10_DATE, Rules.R10_MONTH), bad.stream().map(ValidationIssue::rule).toList());
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        ColumnSpec c = new ColumnSpec("T", 1, "氏名", 4, false, false, FieldFormat.TEXT, List.of());
        FieldRules r = FieldRules.compile("T", List.of(c));
        assertTrue(r.check(new String[] {"介護花子"}, AT).isEmpty());
        assertEquals(Rules.R8, r.check(new String[] {"介護花子様"}, AT).get(0).rule());
        assertEquals("5", r.check(new String[] {"介護花子様"}, AT).get(0).params().get("length"));
    }
}
