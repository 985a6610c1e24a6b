package io.github.careplanspec.model.catalog;

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

/** The spec tables copied from shared/spec/v4.1 (test data, not a second source for the library). */
final class SpecTables {
    /** One row of fields-*.tsv. */
    record FieldRow(String layoutId, int no, String name, String length, boolean required, Boolean necessary,
            String format) {
    }

    private SpecTables() {
    }

    static List<String[]> rows(String file) {
        try (InputStream in = SpecTables.class.getResourceAsStream("/spec/v4.1/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            String header = r.readLine();
            if (header == null) {
                return out;
            }
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(line.split("\t", -1));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every layout's rows, by layout id, from both fields tables. */
    static Map<String, List<FieldRow>> fields() {
        Map<String, List<FieldRow>> m = new LinkedHashMap<>();
        for (String[] c : rows("fields-kyotaku.tsv")) {
            m.computeIfAbsent(c[0], k -> new ArrayList<>()).add(new FieldRow(c[0], Integer.parseInt(c[1]), c[2], c[3],
                    c[4].equals("Y"), null, c[5]));
        }
        for (String[] c : rows("fields-yobo.tsv")) {
            m.computeIfAbsent(c[0], k -> new ArrayList<>()).add(new FieldRow(c[0], Integer.parseInt(c[1]), c[2], c[3],
                    c[4].equals("Y"), c[5].equals("Y"), c[6]));
        }
        return m;
    }
}
