package io.github.careplanspec.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 3: the one bundle pair ({@code model/issue/Messages(_ja).properties}) covers every layer on this
 * module's test path. Every constant of every {@link IssueId} enum found there (the reader's {@code ProblemCode}, the
 * unit reader's {@code UnitProblemCode}, this module's words and profile reasons, and any enum added later: they are
 * found by a scan, not listed) and every rule ({@code <id>} and {@code <id>.title}) has a message in both languages;
 * the two files have the same keys; Japanese templates are Japanese and English ones are not; no key is orphaned; and
 * every rule has a documented row.
 */
class RuleCatalogTest {
    /** The repository root (the modules' main sources are scanned for the keys no enum constant claims). */
    static final Path ROOT = Path.of("..");

    /** A quoted dotted key, or a quoted key prefix ending in a dot that code completes (e.g. {@code "name.part."}). */
    static final Pattern QUOTED_KEY = Pattern.compile("\"([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*\\.?)\"");

    /** Japanese runs in English templates that the Japanese template of the key does not repeat, with the reason. */
    static final Map<String, String> ENGLISH_SPEC_TERMS = Map.of(
            "R51.inLimitSubtotal 区分支給限度", "the spec's 区分支給限度 (services), worded 区分支給対象 in Japanese");

    /** The bundle pair's sources (the model module does not open its resources to this module). */
    static final Path BUNDLES = Path.of("..", "careplan-spec-model", "src", "main", "resources", "io", "github",
            "careplanspec", "model", "issue");

    /** English templates that are a spec name only (the spec's table names, quoted as such in English messages). */
    static final Set<String> SPEC_NAMES = Set.of("report.parent.plan", "report.parent.utilization",
            "report.parent.results");

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLES.resolve(name))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Properties en() throws IOException {
        return bundle("Messages.properties");
    }

    static Properties ja() throws IOException {
        return bundle("Messages_ja.properties");
    }

    /** The names of the classes of this project on the test path: of its modules, or else of the class path. */
    static List<String> projectClasses() throws IOException {
        List<String> names = new ArrayList<>();
        Module self = RuleCatalogTest.class.getModule();
        if (self.isNamed() && self.getLayer() != null) {
            for (ResolvedModule m : self.getLayer().configuration().modules()) {
                if (!m.name().startsWith("io.github.careplanspec")) {
                    continue;
                }
                try (ModuleReader r = m.reference().open(); Stream<String> list = r.list()) {
                    list.forEach(names::add);
                }
            }
        } else {
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                Path p = Path.of(entry);
                if (Files.isDirectory(p)) {
                    try (Stream<Path> walk = Files.walk(p)) {
                        walk.forEach(f -> names.add(p.relativize(f).toString().replace('\\', '/')));
                    }
                } else if (entry.endsWith(".jar") && p.getFileName().toString().startsWith("careplan-spec-")) {
                    try (JarFile j = new JarFile(p.toFile())) {
                        j.stream().forEach(e -> names.add(e.getName()));
                    }
                }
            }
        }
        return names.stream().filter(n -> n.startsWith("io/github/careplanspec/") && n.endsWith(".class")
                && !n.endsWith("module-info.class")).map(n -> n.substring(0, n.length() - 6).replace('/', '.'))
                .distinct().sorted().toList();
    }

    /** Every enum implementing {@link IssueId} among the project's classes on the test path. */
    static List<Class<?>> issueIdEnums() throws IOException {
        List<Class<?>> enums = new ArrayList<>();
        for (String name : projectClasses()) {
            Class<?> c;
            try {
                c = Class.forName(name, false, RuleCatalogTest.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue; // e.g. a class needing an optional dependency (BouncyCastle) that is absent
            }
            if (c.isEnum() && IssueId.class.isAssignableFrom(c)) {
                enums.add(c);
            }
        }
        return enums;
    }

    /** Every key the code asks for: enum constants, rules and their titles, severity labels. */
    static Map<String, String> claimedKeys() throws IOException {
        Map<String, String> keys = new TreeMap<>();
        for (Class<?> e : issueIdEnums()) {
            for (Object constant : e.getEnumConstants()) {
                keys.put(((IssueId) constant).key(), e.getName() + "." + constant);
            }
        }
        for (Rule r : Rules.all()) {
            keys.put(r.id(), "rule " + r.id());
            keys.put(r.id() + ".title", "rule " + r.id());
        }
        for (Severity s : Severity.values()) {
            keys.put("severity." + s.id(), "Severity." + s);
        }
        return keys;
    }

    static boolean japanese(int c) {
        return (c >= 0x3000 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    @Test
    void theScanFindsTheIssueIdsOfEveryLayer() throws IOException {
        Set<String> found = new TreeSet<>();
        issueIdEnums().forEach(c -> found.add(c.getName()));
        for (String expected : List.of("io.github.careplanspec.csv.ProblemCode",
                "io.github.careplanspec.csv.unit.UnitProblemCode",
                "io.github.careplanspec.validation.report.RuleProfileException$Reason")) {
            assertTrue(found.contains(expected), expected + " not found by the scan: " + found);
        }
    }

    @Test
    void everyIssueIdAndRuleHasBothMessagesAndTitles() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Properties> b : Map.of("Messages.properties", en(), "Messages_ja.properties", ja())
                .entrySet()) {
            claimedKeys().forEach((key, by) -> {
                String v = b.getValue().getProperty(key);
                if (v == null || v.isBlank()) {
                    missing.add(b.getKey() + ": " + key + " (" + by + ")");
                }
            });
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void bothBundlesHaveTheSameKeysAndNoKeyIsOrphaned() throws IOException {
        Set<String> enKeys = new TreeSet<>(en().stringPropertyNames());
        Set<String> jaKeys = new TreeSet<>(ja().stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(enKeys);
        onlyEn.removeAll(jaKeys);
        Set<String> onlyJa = new TreeSet<>(jaKeys);
        onlyJa.removeAll(enKeys);
        assertEquals(Set.of(), onlyEn, "keys only in Messages.properties");
        assertEquals(Set.of(), onlyJa, "keys only in Messages_ja.properties");
        Map<String, String> claimed = claimedKeys();
        Set<String> named = namedInMainSources();
        List<String> orphans = enKeys.stream().filter(k -> !claimed.containsKey(k))
                .filter(k -> !named.contains(k) && named.stream().noneMatch(n -> n.endsWith(".") && k.startsWith(n)))
                .toList();
        assertEquals(List.of(), orphans,
                "keys no IssueId enum constant, rule or severity asks for and no main source names (or prefixes)");
    }

    /** Every quoted key or key prefix in the main sources (Java and jte templates) of every module. */
    static Set<String> namedInMainSources() throws IOException {
        Set<String> named = new java.util.HashSet<>();
        try (java.util.stream.Stream<Path> modules = Files.list(ROOT)) {
            for (Path m : modules.filter(d -> d.getFileName().toString().startsWith("careplan-spec-")).toList()) {
                Path main = m.resolve("src/main");
                if (!Files.isDirectory(main)) {
                    continue;
                }
                try (java.util.stream.Stream<Path> files = Files.walk(main)) {
                    for (Path f : files.filter(x -> x.toString().endsWith(".java") || x.toString().endsWith(".jte"))
                            .toList()) {
                        java.util.regex.Matcher q = QUOTED_KEY.matcher(Files.readString(f));
                        while (q.find()) {
                            named.add(q.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(named.size() > 100, "main sources not found below " + ROOT.toAbsolutePath());
        return named;
    }

    @Test
    void japaneseTemplatesAreJapaneseAndEnglishOnesAreNot() throws IOException {
        Properties en = en();
        Properties ja = ja();
        Pattern run = Pattern.compile("[\\u3000-\\u30FF\\u3400-\\u9FFF\\uFF00-\\uFFEF]+");
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            String e = en.getProperty(key);
            String j = ja.getProperty(key, "");
            String words = j.replaceAll("\\{[^}]*}", "");
            if (words.codePoints().anyMatch(Character::isLetter) && words.codePoints().noneMatch(RuleCatalogTest::japanese)) {
                problems.add("ja " + key + " is not Japanese: " + j);
            }
            if (!words.codePoints().anyMatch(Character::isLetter) && !j.equals(e)
                    && words.codePoints().noneMatch(RuleCatalogTest::japanese)) { // 「・」 is Japanese punctuation
                problems.add("ja " + key + " has no words but differs from en: " + j);
            }
            // Japanese in an English template is a quoted spec name (an item's 日本語名称, a table's name), which
            // the Japanese template of the key uses too; an untranslated sentence is not
            Matcher m = run.matcher(e);
            while (m.find()) {
                for (String part : m.group().split("[「」（）『』【】\\u3000]+")) {
                    if (!part.isEmpty() && !j.contains(part) && !ENGLISH_SPEC_TERMS.containsKey(key + " " + part)) {
                        problems.add("en " + key + " holds Japanese \"" + part + "\" that is no spec name of its ja");
                    }
                }
            }
            if (!SPEC_NAMES.contains(key) && !e.isEmpty() && e.codePoints().filter(Character::isLetter).allMatch(RuleCatalogTest::japanese)
                    && e.codePoints().anyMatch(Character::isLetter)) {
                problems.add("en " + key + " is Japanese: " + e);
            }
        }
        assertEquals(List.of(), problems);
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
