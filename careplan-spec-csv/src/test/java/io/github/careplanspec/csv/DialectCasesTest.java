package io.github.careplanspec.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.careplanspec.csv.ms932.Ms932;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the CSV dialect micro-cases of {@code dialect/cases.txt} (FastCSV-style: id, rule, mode, input with visible
 * ␍ ␊ and {hex} bytes, expected items). Every expected item is compared in full: index, line, outcome, problem
 * codes and texts.
 */
class DialectCasesTest {
    record Case(String id, String rule, String mode, String encoding, String input, List<String> expect) {
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = DialectCasesTest.class.getResourceAsStream("/dialect/cases.txt")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String block : all.split("\n---\n")) {
                String id = null;
                String rule = null;
                String mode = "strict";
                String encoding = "MS932";
                String input = null;
                List<String> expect = new ArrayList<>();
                for (String l : block.split("\n")) {
                    if (l.startsWith("#") || l.isBlank()) {
                        continue;
                    }
                    if (l.startsWith("id: ")) {
                        id = l.substring(4);
                    } else if (l.startsWith("rule: ")) {
                        rule = l.substring(6);
                    } else if (l.startsWith("mode: ")) {
                        mode = l.substring(6);
                    } else if (l.startsWith("encoding: ")) {
                        encoding = l.substring(10);
                    } else if (l.startsWith("input: ")) {
                        input = l.substring(7);
                    } else if (l.startsWith("  ")) {
                        expect.add(l.strip());
                    } else if (!l.equals("expect:")) {
                        throw new IllegalStateException("bad line in case " + id + ": " + l);
                    }
                }
                if (id != null) {
                    out.add(new Case(id, rule, mode, encoding, input, expect));
                }
            }
        }
        return out;
    }

    static byte[] bytes(String input, Charset cs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < input.length()) {
            int brace = input.indexOf('{', i);
            int end = brace < 0 ? input.length() : brace;
            String text = input.substring(i, end).replace('␍', '\r').replace('␊', '\n');
            out.writeBytes(text.getBytes(cs));
            if (brace < 0) {
                break;
            }
            int close = input.indexOf('}', brace);
            for (String h : input.substring(brace + 1, close).trim().split(" +")) {
                out.write(Integer.parseInt(h, 16));
            }
            i = close + 1;
        }
        return out.toByteArray();
    }

    static String describe(CsvItem<Mini> item) {
        String codes = item.problems().isEmpty() ? "-"
                : item.problems().stream().map(p -> p.code().id() + (p.isError() ? "" : "w"))
                        .collect(Collectors.joining(","));
        String outcome = item.isOk() ? "OK" : item.isFileLevel() ? "FILE" : "REJECTED";
        String texts = item.texts().isEmpty() ? "" : " [" + visible(String.join("|", item.texts())) + "]";
        return item.recordIndex() + " @" + item.line() + " " + outcome + " " + codes + texts;
    }

    static String visible(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\r') {
                sb.append('␍');
            } else if (c == '\n') {
                sb.append('␊');
            } else if (!Ms932.isEncodable(c)) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @TestFactory
    Stream<DynamicTest> microCases() throws IOException {
        List<Case> cases = cases();
        if (cases.size() < 30) {
            throw new IllegalStateException("cases.txt lost cases: " + cases.size());
        }
        return cases.stream().flatMap(c -> Stream.of("strict", "lenient").filter(m -> c.mode().equals("both")
                || c.mode().equals(m)).map(m -> DynamicTest.dynamicTest(c.id() + " (" + c.rule() + ", " + m + ")",
                        () -> {
                            Charset cs = c.encoding().equals("UTF-8") ? StandardCharsets.UTF_8 : Ms932.CHARSET;
                            ReadOptions o = m.equals("strict") ? ReadOptions.strict() : ReadOptions.lenient();
                            List<String> got;
                            try (CsvReader<Mini> r = CsvReader.open(Mini.class,
                                    new ByteArrayInputStream(bytes(c.input(), cs)), o)) {
                                got = r.stream().map(DialectCasesTest::describe).toList();
                            }
                            assertEquals(String.join("\n", c.expect()), String.join("\n", got), c.id());
                        })));
    }
}
