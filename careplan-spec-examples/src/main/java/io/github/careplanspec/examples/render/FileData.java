package io.github.careplanspec.examples.render;

import io.github.careplanspec.csv.CsvItem;
import io.github.careplanspec.csv.CsvProblem;
import io.github.careplanspec.csv.CsvReader;
import io.github.careplanspec.csv.ReadOptions;
import io.github.careplanspec.csv.unit.UnitFile;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FileKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One file of a unit as the renderer reads it: its records' item texts (and typed records where they parsed), or
 * why it could not be read. Read leniently, so that a form shows what a peer sent; the report says what is wrong.
 */
final class FileData {
    /**
     * One record.
     *
     * @param line the physical line where it starts
     * @param index the 1-based record index
     * @param texts the item texts, one per item of the layout (missing items empty, extra items dropped)
     * @param typed the typed record, or {@code null} when an error stopped it
     */
    record Row(long line, long index, String[] texts, Record typed) {
        String text(int no) {
            return no >= 1 && no <= texts.length ? texts[no - 1] : "";
        }
    }

    /** The most record problems given as the reasons a file cannot be read (the report lists them all). */
    private static final int MAX_REASONS = 20;

    final UnitFile file;
    final String reported;
    final FileKind kind;
    final List<ColumnSpec> columns;
    final List<Row> rows;
    final List<String> unreadable;
    final byte[] image;

    private FileData(UnitFile file, String reported, List<ColumnSpec> columns, List<Row> rows,
            List<String> unreadable, byte[] image) {
        this.file = file;
        this.reported = reported;
        this.kind = file.kind();
        this.columns = columns;
        this.rows = List.copyOf(rows);
        this.unreadable = List.copyOf(unreadable);
        this.image = image;
    }

    /**
     * Whether nothing of the file could be read as its layout: no record parsed (bytes that are not MS932 text,
     * not CSV, or of another layout). Then {@link #unreadable} says why and no form is shown.
     */
    boolean isUnreadable() {
        return !unreadable.isEmpty() && rows.stream().allMatch(r -> r.typed() == null);
    }

    static FileData read(UnitFile file, String prefix, Locale locale) {
        String reported = prefix + file.fileName();
        if (!file.kind().isCsv()) {
            try {
                return new FileData(file, reported, List.of(), List.of(), List.of(), file.bytes());
            } catch (IOException e) {
                return new FileData(file, reported, List.of(), List.of(), List.of(String.valueOf(e.getMessage())),
                        null);
            }
        }
        List<ColumnSpec> columns = Catalog.columns(file.kind());
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> rowProblems = new ArrayList<>();
        try (CsvReader<? extends Record> reader = file.reader(ReadOptions.lenient())) {
            while (reader.hasNext()) {
                CsvItem<? extends Record> item = reader.next();
                if (item.isFileLevel()) {
                    for (CsvProblem p : item.problems()) {
                        problems.add(p.message(locale));
                    }
                    continue;
                }
                String[] texts = Arrays.copyOf(item.texts().toArray(new String[0]), columns.size());
                for (int i = 0; i < texts.length; i++) {
                    if (texts[i] == null) {
                        texts[i] = "";
                    }
                }
                rows.add(new Row(item.line(), item.recordIndex(), texts, item.value()));
                if (item.value() == null && rowProblems.size() < MAX_REASONS) {
                    for (CsvProblem p : item.problems()) {
                        rowProblems.add(p.message(locale));
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(String.valueOf(e.getMessage()));
        }
        problems.addAll(rowProblems.subList(0, Math.min(rowProblems.size(), MAX_REASONS)));
        return new FileData(file, reported, columns, rows, problems, null);
    }
}
