package io.github.careplanspec.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.careplanspec.model.issue.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ValidationReportTest {
    private static final String FILE = "UPJSK_202505_0300000005_11_0300000100_43_20250601120000.CSV";

    static ValidationReport sample() {
        ValidationReport.Builder b = ValidationReport.builder();
        b.file(FILE, "UPJSK", 120);
        b.file("UP1KYO_OK.CSV", "UP1KYO", 3);
        b.report(new ValidationIssue(Rules.R10_MONTH, FILE, 3, 3, 5, "対象年月", "202513", Map.of()));
        b.report(new ValidationIssue(Rules.R8, FILE, 9, 8, 21, "サービス事業所名", "<&\"名>", Map.of("max", "3",
                "length", "4")));
        b.report(ValidationIssue.ofFile(Rules.R18_SAME_OFFICE, FILE, Map.of("office", "0300000005",
                "serviceType", "11")));
        b.report(new ValidationIssue(Rules.P14, "a.zip!/UPKIHON_X.CSV", 2, 1, 6, "委託の有無", "", Map.of()));
        return b.build();
    }

    /** Reads a JSON document into nested maps and lists with jackson-core's streaming parser. */
    static Object parse(byte[] json) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            p.nextToken();
            return value(p);
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String k = p.currentName();
                p.nextToken();
                m.put(k, value(p));
            }
            return m;
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> l = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                l.add(value(p));
            }
            return l;
        }
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return p.getLongValue();
        }
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return p.getBooleanValue();
        }
        return p.getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonFollowsTheContract() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sample().writeJson(out, Locale.JAPANESE);
        Map<String, Object> root = (Map<String, Object>) parse(out.toByteArray());
        assertEquals(List.of("spec", "profile", "files", "issues", "summary"), new ArrayList<>(root.keySet()));
        assertEquals("V4.1", root.get("spec"));
        assertEquals("strict", root.get("profile"));
        List<Object> files = (List<Object>) root.get("files");
        assertEquals(Map.of("file", FILE, "kind", "UPJSK", "records", 120L), files.get(0));
        List<Map<String, Object>> issues = (List<Map<String, Object>>) root.get("issues");
        Map<String, Object> first = issues.get(0);
        assertEquals("R10.month", first.get("rule"));
        assertEquals("error", first.get("severity"));
        assertEquals(3L, first.get("line"));
        assertEquals(3L, first.get("record"));
        assertEquals(5L, first.get("column"));
        assertEquals("対象年月", first.get("field"));
        assertEquals("202513", first.get("value"));
        Map<String, Object> messages = (Map<String, Object>) first.get("messages");
        assertEquals(first.get("message"), messages.get("ja"));
        assertTrue(((String) messages.get("en")).contains("not a real month"));
        Map<String, Object> fileOnly = issues.get(2);
        assertFalse(fileOnly.containsKey("line"));
        assertFalse(fileOnly.containsKey("column"));
        assertEquals("warning", fileOnly.get("severity"));
        Map<String, Object> summary = (Map<String, Object>) root.get("summary");
        assertEquals(2L, summary.get("files"));
        assertEquals(123L, summary.get("records"));
        assertEquals(2L, summary.get("errors"));
        assertEquals(2L, summary.get("warnings"));
        assertEquals(false, summary.get("truncated"));

        ByteArrayOutputStream en = new ByteArrayOutputStream();
        sample().writeJson(en, Locale.ENGLISH);
        Map<String, Object> enRoot = (Map<String, Object>) parse(en.toByteArray());
        Map<String, Object> enFirst = ((List<Map<String, Object>>) enRoot.get("issues")).get(0);
        assertEquals(((Map<String, Object>) enFirst.get("messages")).get("en"), enFirst.get("message"));
    }

    @Test
    void textNamesLocationInBothLanguages() {
        String ja = sample().toText(Locale.JAPANESE);
        assertTrue(ja.contains("[エラー] R10.month " + FILE + " 3行目 レコード3 No.5 対象年月: "), ja);
        assertTrue(ja.contains("エラー 2件, 警告 2件"), ja);
        String en = sample().toText(Locale.ENGLISH);
        assertTrue(en.contains("[error] R10.month " + FILE + " line 3 record 3 No.5 対象年月: "), en);
        assertTrue(en.contains("2 error(s), 2 warning(s)"), en);
    }

    @Test
    void junitXmlHasOneTestcasePerFileAndFailsFilesWithErrors() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sample().writeJUnitXml(out, Locale.ENGLISH);
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toByteArray()));
        Element suite = d.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("3", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(FILE, ((Element) cases.item(0)).getAttribute("name"));
        Element failure = (Element) ((Element) cases.item(0)).getElementsByTagName("failure").item(0);
        assertTrue(failure.getTextContent().contains("R8 line 9 record 8 No.21"), failure.getTextContent());
        assertTrue(failure.getTextContent().contains("<&\"名>"), failure.getTextContent());
        assertEquals(0, ((Element) cases.item(1)).getElementsByTagName("failure").getLength());
        assertEquals("a.zip!/UPKIHON_X.CSV", ((Element) cases.item(2)).getAttribute("name"));
        assertEquals(1, ((Element) cases.item(2)).getElementsByTagName("system-out").getLength());
    }

    @Test
    @SuppressWarnings("unchecked")
    void sarifListsEveryRuleAndLocatesResults() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sample().writeSarif(out, Locale.ENGLISH);
        Map<String, Object> root = (Map<String, Object>) parse(out.toByteArray());
        assertEquals("2.1.0", root.get("version"));
        Map<String, Object> run = ((List<Map<String, Object>>) root.get("runs")).get(0);
        Map<String, Object> driver = (Map<String, Object>) ((Map<String, Object>) run.get("tool")).get("driver");
        List<Map<String, Object>> rules = (List<Map<String, Object>>) driver.get("rules");
        assertEquals(Rules.all().size(), rules.size());
        List<Map<String, Object>> results = (List<Map<String, Object>>) run.get("results");
        assertEquals(4, results.size());
        Map<String, Object> r0 = results.get(0);
        assertEquals("R10.month", r0.get("ruleId"));
        assertEquals(rules.get(((Long) r0.get("ruleIndex")).intValue()).get("id"), "R10.month");
        Map<String, Object> loc = ((List<Map<String, Object>>) r0.get("locations")).get(0);
        Map<String, Object> phys = (Map<String, Object>) loc.get("physicalLocation");
        assertEquals(FILE, ((Map<String, Object>) phys.get("artifactLocation")).get("uri"));
        assertEquals(3L, ((Map<String, Object>) phys.get("region")).get("startLine"));
        assertEquals("warning", results.get(2).get("level"));
        assertFalse(((Map<String, Object>) ((List<Map<String, Object>>) results.get(2).get("locations")).get(0)
                .get("physicalLocation")).containsKey("region"));
        assertEquals("a.zip!/UPKIHON_X.CSV", SarifRenderer.uri("a.zip!/UPKIHON_X.CSV"));
        assertEquals("%E5%90%8D.CSV", SarifRenderer.uri("名.CSV"));
    }

    @Test
    void messagesSubstituteNamedParameters() {
        // an argument without a parameter stays as written
        assertEquals("No.{column} {field} is required (必須) but empty.",
                Messages.format(Rules.R9, Locale.ENGLISH, Map.of()));
        ValidationIssue i = new ValidationIssue(Rules.R9, null, 0, 0, 8, "居宅サービス計画作成者氏名", "", Map.of());
        assertEquals("No.8 居宅サービス計画作成者氏名は必須項目ですが、値がありません。", i.messageJa());
        assertEquals("No.8 居宅サービス計画作成者氏名 is required (必須) but empty.", i.messageEn());
        assertEquals(new String(i.messageJa().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                i.message(Locale.JAPAN));
    }
}
