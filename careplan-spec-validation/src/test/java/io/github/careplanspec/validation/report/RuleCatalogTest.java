package io.github.careplanspec.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Lesson 3 of the anchors: every rule id has a message in both languages and a documented row. */
class RuleCatalogTest {
    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyRuleHasBothMessagesAndTitlesAndNoKeyIsOrphaned() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String name : List.of("ValidationMessages.properties", "ValidationMessages_ja.properties")) {
            Properties p = bundle(name);
            Set<String> expected = new TreeSet<>();
            for (Rule r : Rules.all()) {
                for (String key : List.of(r.id(), r.id() + ".title")) {
                    expected.add(key);
                    String v = p.getProperty(key);
                    if (v == null || v.isBlank()) {
                        missing.add(name + ": " + key);
                    }
                }
            }
            for (String key : p.stringPropertyNames()) {
                if (!expected.contains(key)) {
                    missing.add(name + ": orphan key " + key);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void japaneseMessagesAreJapaneseAndEnglishAreNot() throws IOException {
        Properties ja = bundle("ValidationMessages_ja.properties");
        Properties en = bundle("ValidationMessages.properties");
        for (Rule r : Rules.all()) {
            assertTrue(ja.getProperty(r.id()).codePoints().anyMatch(c -> c >= 0x3040 && c <= 0x9FFF), r.id());
            assertTrue(!ja.getProperty(r.id()).equals(en.getProperty(r.id())), r.id());
        }
    }

    @Test
    void everyRuleHasADocRowWithItsSeverity() throws IOException {
        Path doc = Path.of("..", "docs", "validation-rules.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("^\\| `([^`]+)` \\| (error|warning) \\|", Pattern.MULTILINE).matcher(text);
        Map<String, String> rows = new HashMap<>();
        while (m.find()) {
            rows.put(m.group(1), m.group(2));
        }
        List<String> problems = new ArrayList<>();
        for (Rule r : Rules.all()) {
            if (!r.severity().id().equals(rows.get(r.id()))) {
                problems.add(r.id() + " documented as " + rows.get(r.id()));
            }
        }
        for (String id : rows.keySet()) {
            if (Rules.byId(id).isEmpty()) {
                problems.add("doc row without rule: " + id);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void idsStartWithTheSpecRuleTheyCite() {
        for (Rule r : Rules.all()) {
            String head = r.id().split("\\.")[0];
            assertTrue(head.equals("CODE") || r.spec().contains(head), r.id() + " cites " + r.spec());
        }
    }
}
