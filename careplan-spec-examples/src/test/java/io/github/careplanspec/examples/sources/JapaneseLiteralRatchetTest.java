package io.github.careplanspec.examples.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 3: no bilingual or Japanese message literal in main code; messages live in the one bundle pair
 * ({@code io/github/careplanspec/model/issue/Messages(_ja).properties}) and render at the edge. This test scans the
 * main sources of every module for string literals holding Japanese outside an allow-list and is a ratchet: it
 * fails when the count rises above {@link #CEILING}, and asks for the ceiling to be lowered when the count falls, so
 * the count only goes down until it reaches zero.
 *
 * <p>Allowed: annotation arguments ({@code @Column} 日本語名称, picocli's CLI help), the bundles (not Java), and the
 * spec's label tables and sample data listed in {@link #ALLOWED}.
 */
class JapaneseLiteralRatchetTest {
    /**
     * The count allowed: zero since issue 14 (it was 312 when the ratchet started). Any Japanese message literal in
     * main code now fails the test; its text belongs in model/issue/Messages(_ja).properties.
     */
    static final int CEILING = 0;

    /**
     * Paths (below {@code src/main/java/io/github/careplanspec/}) of the spec's code labels and item names, and of
     * the sample data: Japanese there is data, not a message.
     */
    static final List<String> ALLOWED = List.of(
            "model/code/", // code lists (コード表) and their labels
            "model/service/", // service types and categories (サービス種類) and their labels
            "model/catalog/FileKind.java", // the kind table: each file's 日本語名称
            "model/Table7RowKind.java", // 第7表 row kinds
            "model/yobo/AssessmentDomain.java", // 領域 labels of the 予防 assessment
            "model/yobo/ChecklistProgram.java", // 基本チェックリスト program labels
            "validation/report/Rules.java", // the rule catalog: ids and spec citations quoting the spec's headings
            "validation/rules/MasterColumns.java", // the service code master file's header (its column names)
            "examples/sample/"); // sample data (names, addresses, texts of the sample units)

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theLexerFindsMessagesAndSparesAnnotationsAndComments() {
        String src = """
                /** 説明 "not a literal" */
                @Column(no = 1, name = "作成年月")
                @Option(names = "-x", description = {"ヘルプ", "help"})
                class A { // "コメント"
                    char q = '"';
                    String s = f("項目数 / items", "ascii", x("（全角）"));
                    String t = \"""
                        テキスト
                        \""";
                    @interface B { }
                }
                """;
        List<JapaneseLiterals.Literal> found = JapaneseLiterals.of(src);
        assertEquals(List.of("作成年月", "ヘルプ"),
                found.stream().filter(JapaneseLiterals.Literal::inAnnotation).map(JapaneseLiterals.Literal::text)
                        .toList());
        List<JapaneseLiterals.Literal> messages = found.stream().filter(l -> !l.inAnnotation()).toList();
        assertEquals(List.of("項目数 / items", "（全角）"), messages.stream().limit(2)
                .map(JapaneseLiterals.Literal::text).toList());
        assertEquals(3, messages.size());
        assertEquals(6, messages.get(0).line());
        assertTrue(messages.get(2).text().contains("テキスト"));
    }

    @Test
    void japaneseLiteralsInMainCodeOnlyGoDown() throws IOException {
        Map<String, Integer> perFile = new TreeMap<>();
        int files = 0;
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(p -> p.getFileName().toString().startsWith("careplan-spec-")).toList()) {
                Path main = module.resolve("src/main/java");
                if (!Files.isDirectory(main)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(main)) {
                    for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                        files++;
                        String rel = main.relativize(p).toString().replace('\\', '/')
                                .replaceFirst("^io/github/careplanspec/", "");
                        if (ALLOWED.stream().anyMatch(rel::startsWith)) {
                            continue;
                        }
                        long n = JapaneseLiterals.of(Files.readString(p)).stream().filter(l -> !l.inAnnotation())
                                .count();
                        if (n > 0) {
                            perFile.put(module.getFileName() + " " + rel, (int) n);
                        }
                    }
                }
            }
        }
        assertTrue(files > 200, "main sources not found below " + ROOT + " (" + files + " files)");
        int total = perFile.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder report = new StringBuilder();
        perFile.forEach((f, n) -> report.append("\n  ").append(n).append(' ').append(f));
        System.out.println("Japanese string literals in main code outside the allow-list: " + total + report);
        assertTrue(total <= CEILING, total + " Japanese literals in main code, above the ratchet's " + CEILING
                + ": move the new message into model/issue/Messages(_ja).properties" + report);
        assertEquals(CEILING, total, "the count fell to " + total + ": lower CEILING to " + total);
    }
}
