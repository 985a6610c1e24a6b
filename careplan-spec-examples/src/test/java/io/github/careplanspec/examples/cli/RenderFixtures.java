package io.github.careplanspec.examples.cli;

import io.github.careplanspec.csv.CsvWriter;
import io.github.careplanspec.examples.render.FormRenderer;
import io.github.careplanspec.examples.render.Rendering;
import io.github.careplanspec.examples.sample.SampleUnits;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Parsed;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.name.InterfaceFileName;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** The sample units with one file's records replaced, rendered as {@code careplan-spec render} renders them. */
final class RenderFixtures {
    /** Free text that would run script if a page did not escape it. */
    static final String HOSTILE = "<script>document.title='pwned'</script><img src=x onerror=\"document.title="
            + "'pwned'\">\"'&amp;";

    private RenderFixtures() {
    }

    /** Writes the sample into {@code dir/sample} and returns that folder. */
    static Path sample(Path dir) throws IOException {
        Path sample = dir.resolve("sample");
        SampleUnits.writeTo(sample);
        return sample;
    }

    /** Replaces the records of the sample's file of a kind (items not overridden keep their sample values). */
    static Path replace(Path sample, FileKind kind, List<Map<Integer, String>> rows) throws IOException {
        Path file = file(sample, kind);
        Files.write(file, csv(kind, rows));
        return file;
    }

    /** The sample's file of a kind. */
    static Path file(Path sample, FileKind kind) throws IOException {
        try (Stream<Path> s = Files.list(sample)) {
            return s.filter(p -> kindOf(p) == kind).findFirst().orElseThrow();
        }
    }

    private static FileKind kindOf(Path p) {
        return InterfaceFileName.parse(p.getFileName().toString()).kind();
    }

    @SuppressWarnings("unchecked")
    static <R extends Record> byte[] csv(FileKind kind, List<Map<Integer, String>> rows) throws IOException {
        RecordLayout<R> layout = (RecordLayout<R>) Catalog.layout(kind);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter<R> w = CsvWriter.open(layout.type(), bytes)) {
            for (Map<Integer, String> row : rows) {
                Parsed<R> p = layout.parse(Arrays.asList(SampleUnits.texts(kind, row)));
                if (!p.isOk()) {
                    throw new IllegalArgumentException(kind + " " + row + ": " + p.problems());
                }
                w.write(p.value());
            }
        }
        return bytes.toByteArray();
    }

    /** Renders folders as the command does (validated). */
    static Rendering render(Locale locale, Path... paths) throws IOException {
        RenderInputs.Result in = RenderInputs.read(List.of(paths), true, Progress.forConsole(System.err));
        return FormRenderer.create(locale).render(in.sources(), in.report());
    }
}
