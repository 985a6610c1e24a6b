package io.github.careplanspec.examples.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The conformance corpus: valid and invalid transmission units with the issues a conformant validator must report,
 * shipped as resources of this jar ({@code corpus/valid/<case>/}, {@code corpus/invalid/<case>/} with
 * {@code expected.json}). Use it from your own JUnit tests to rehearse the 国保中央会's vendor test:
 *
 * <pre>{@code
 * @ParameterizedTest
 * @MethodSource("io.github.careplanspec.examples.corpus.ConformanceCorpus#cases")
 * void myImporterAgrees(ConformanceCorpus.Case c) {
 *     for (ConformanceCorpus.CaseFile f : c.files()) {
 *         boolean accepted = myImporter.accepts(f.name(), f.content());
 *         assertEquals(c.isValid(), accepted, c.name());
 *     }
 * }
 * }</pre>
 */
public final class ConformanceCorpus {
    private static final String ROOT = "/corpus/";

    private ConformanceCorpus() {
    }

    /**
     * One file of a case.
     *
     * @param name the file name (as the spec names it, or a bad name when the case is about names)
     * @param content the bytes
     */
    public record CaseFile(String name, byte[] content) {
        /**
         * Copies.
         *
         * @param name the name
         * @param content the bytes
         */
        public CaseFile {
            Objects.requireNonNull(name, "name");
            content = content.clone();
        }

        /** @return a copy of the bytes */
        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /**
     * One issue a validator must report.
     *
     * @param rule the rule id (see {@code docs/validation-rules.md})
     * @param severity {@code error} or {@code warning}
     * @param file the file name
     * @param line the 1-based physical line, or 0 when it does not apply
     * @param column the item No., or 0 when it does not apply
     */
    public record ExpectedIssue(String rule, String severity, String file, long line, int column) {
    }

    /**
     * One case.
     *
     * @param name the case name, e.g. {@code invalid/UP1KYO-R10.date}
     * @param description what the case breaks (or shows), in Japanese and English
     * @param files its files
     * @param expected the issues a validator must report (empty for a valid case)
     */
    public record Case(String name, String description, List<CaseFile> files, List<ExpectedIssue> expected) {
        /**
         * Copies.
         *
         * @param name the name
         * @param description the description
         * @param files the files
         * @param expected the issues
         */
        public Case {
            files = List.copyOf(files);
            expected = List.copyOf(expected);
        }

        /** @return whether the case is valid: a conformant receiver accepts every file (no error) */
        public boolean isValid() {
            for (ExpectedIssue i : expected) {
                if (i.severity().equals("error")) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** @return every case, valid ones first, each in name order */
    public static List<Case> cases() {
        Map<String, List<String>> byCase = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open("index.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int slash = line.lastIndexOf('/');
                byCase.computeIfAbsent(line.substring(0, slash), k -> new ArrayList<>()).add(line.substring(slash + 1));
            }
            List<Case> out = new ArrayList<>();
            ObjectMapper mapper = new ObjectMapper();
            for (Map.Entry<String, List<String>> e : byCase.entrySet()) {
                List<CaseFile> files = new ArrayList<>();
                List<ExpectedIssue> expected = new ArrayList<>();
                String description = "";
                for (String f : e.getValue()) {
                    byte[] bytes;
                    try (InputStream in = open(e.getKey() + "/" + f)) {
                        bytes = in.readAllBytes();
                    }
                    if (f.equals("expected.json")) {
                        JsonNode root = mapper.readTree(bytes);
                        description = root.path("description").asText("");
                        for (JsonNode i : root.path("issues")) {
                            expected.add(new ExpectedIssue(i.path("rule").asText(), i.path("severity").asText(),
                                    i.path("file").asText(), i.path("line").asLong(0), i.path("column").asInt(0)));
                        }
                    } else {
                        files.add(new CaseFile(f, bytes));
                    }
                }
                out.add(new Case(e.getKey(), description, files, expected));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String path) throws IOException {
        InputStream in = ConformanceCorpus.class.getResourceAsStream(ROOT + path);
        if (in == null) {
            throw new IOException("corpus resource missing: " + path);
        }
        return in;
    }
}
