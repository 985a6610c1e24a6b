package io.github.careplanspec.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.csv.unit.UnitProblem;
import io.github.careplanspec.csv.unit.UnitProblemCode;
import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.IssueLocation;
import io.github.careplanspec.model.issue.Message;
import io.github.careplanspec.model.issue.Messages;
import io.github.careplanspec.validation.UnitValidator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 3: the validation messages moved from their own bundle and hand-written {@code {name}}
 * substitution to the one bundle pair and ICU's MessageFormat. Every rule's message and title renders exactly as the
 * old substitution rendered the same template (apostrophes, double quotes and braces included), with every parameter
 * given, with none, and with parameters that hold apostrophes and braces themselves.
 */
class MessagesRenderingTest {
    private static final Pattern ARG = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    /** The substitution of the validation module before issue 14 (the oracle): an unknown parameter stays. */
    static String substitute(String template, Map<String, String> params) {
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int i = 0;
        int n = template.length();
        while (i < n) {
            char c = template.charAt(i);
            if (c == '{') {
                int end = template.indexOf('}', i + 1);
                if (end > 0) {
                    String v = params.get(template.substring(i + 1, end));
                    if (v != null) {
                        sb.append(v);
                        i = end + 1;
                        continue;
                    }
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    @Test
    void everyRuleMessageAndTitleRendersAsTheOldSubstitution() throws IOException {
        List<String> differ = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<Locale, Properties> b : Map.of(Locale.ENGLISH, RuleCatalogTest.en(), Locale.JAPANESE,
                RuleCatalogTest.ja()).entrySet()) {
            for (Rule r : Rules.all()) {
                for (String key : List.of(r.id(), r.id() + ".title")) {
                    String t = b.getValue().getProperty(key);
                    List<Map<String, String>> samples = new ArrayList<>();
                    Map<String, String> all = new LinkedHashMap<>();
                    Map<String, String> quoting = new LinkedHashMap<>();
                    Map<String, String> half = new LinkedHashMap<>();
                    Matcher m = ARG.matcher(t);
                    int k = 0;
                    while (m.find()) {
                        all.put(m.group(1), "v" + k);
                        quoting.put(m.group(1), "O'Neil {x} ''" + k + "'}");
                        if (k % 2 == 0) {
                            half.put(m.group(1), "h" + k);
                        }
                        k++;
                    }
                    samples.add(all);
                    samples.add(quoting);
                    samples.add(half);
                    samples.add(Map.of());
                    for (Map<String, String> p : samples) {
                        String expected = substitute(t, p);
                        String actual = Messages.format(IssueId.of(key), b.getKey(), p);
                        compared++;
                        if (!expected.equals(actual)) {
                            differ.add(b.getKey() + " " + key + " " + p + "\n  old: " + expected + "\n  new: " + actual);
                        }
                    }
                }
            }
        }
        assertTrue(compared > 1000, compared + " renderings compared");
        assertEquals(List.of(), differ);
    }

    @Test
    void numberedTemplatesStillRenderAsJdkMessageFormat() throws IOException {
        Properties en = RuleCatalogTest.en();
        List<String> differ = new ArrayList<>();
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            if (!key.matches("(CSV|UNIT)\\d+|severity\\..*|issue\\..*|profile\\..*|report\\..*")) {
                continue;
            }
            for (Locale l : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
                Object[] p = {"a'b", "{c}", "12345"};
                String jdk = new java.text.MessageFormat(Messages.template(IssueId.of(key), l), Locale.ROOT).format(p);
                String icu = Messages.text(IssueId.of(key), l, p);
                if (!jdk.equals(icu)) {
                    differ.add(l + " " + key + "\n  jdk: " + jdk + "\n  icu: " + icu);
                }
            }
        }
        assertEquals(List.of(), differ);
    }

    @Test
    void aUnitProblemRendersInTheReportsLanguageFromItsOwnIdAndParameters() {
        UnitProblem p = new UnitProblem(UnitProblemCode.INCOMPLETE_UNIT, UnitProblemCode.INCOMPLETE_UNIT.severity(),
                null, null, io.github.careplanspec.model.catalog.Phrase.literal("UPSIKYU"));
        ValidationIssue i = UnitValidator.issueOf(p, "");
        assertTrue(i.params().get("problem") instanceof Message, "carried as a message, not as rendered text");
        assertEquals("送信単位の確認（UNIT003）: " + UnitProblemCode.INCOMPLETE_UNIT.message(Locale.JAPANESE, "UPSIKYU"),
                i.messageJa());
        assertEquals("Transmission unit check (UNIT003): "
                + UnitProblemCode.INCOMPLETE_UNIT.message(Locale.ENGLISH, "UPSIKYU"), i.messageEn());
    }

    @Test
    void anIssueLineNamesItsLocationInTheLanguageAskedFor() {
        ValidationIssue i = new ValidationIssue(Rules.R10_MONTH, IssueLocation.ofItem("F.CSV", 3, 2, 5, "対象年月",
                "202513"), Map.of());
        assertEquals("[エラー] R10.month F.CSV 3行目 レコード2 No.5 対象年月: No.5 対象年月: 「202513」はYYYYMM形式の実在する年月ではありません。",
                i.toText(Locale.JAPANESE));
        assertEquals("[error] R10.month F.CSV line 3 record 2 No.5 対象年月: No.5 対象年月: \"202513\" is not a real "
                + "month in the form YYYYMM.", i.toText(Locale.ENGLISH));
        assertEquals("[warning] R12.202504: CSV version 202504 is the value V4.0 printed; V4.1 replaced it by 202407. "
                + "Accepted, but send 202407.", new ValidationIssue(Rules.R12_202504, null, Map.of())
                        .toText(Locale.ENGLISH));
    }
}
