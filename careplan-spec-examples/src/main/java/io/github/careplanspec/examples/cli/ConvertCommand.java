package io.github.careplanspec.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.careplanspec.csv.CsvItem;
import io.github.careplanspec.csv.CsvProblem;
import io.github.careplanspec.csv.CsvReader;
import io.github.careplanspec.csv.CsvWriteException;
import io.github.careplanspec.csv.CsvWriter;
import io.github.careplanspec.csv.ProblemCode;
import io.github.careplanspec.csv.ReadOptions;
import io.github.careplanspec.csv.archive.ArchiveWalker;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FieldProblem;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Parsed;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.catalog.Repeated;
import io.github.careplanspec.model.issue.Keyed;
import io.github.careplanspec.model.issue.Severity;
import io.github.careplanspec.model.name.InterfaceFileName;
import io.github.careplanspec.validation.report.ValidationIssue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code careplan-spec convert}: an interface file as typed JSON (English keys from the catalog's record components,
 * the spec's No. and 日本語名称 beside them) and back to CSV, byte for byte for a conformant file.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"インタフェースファイルをJSON（英語キーと仕様の項目名）に変換し、JSONからCSVに戻します。",
            "Converts interface files to typed JSON (English keys beside the spec's names) and JSON back to CSV."},
        footer = {"", "Exit codes: 0 converted, 1 a file or record that cannot be converted (every problem is"
            + " listed; with --to csv nothing is written for that file), 2 usage or unreadable path.",
            "", "Examples:",
            "  careplan-spec convert --to json UP1KYO_0899999991_43_0899999992_11_20250415120000.CSV > plan.json",
            "  careplan-spec convert --to csv --out back/ plan.json"})
final class ConvertCommand implements Callable<Integer> {
    /** Target formats. */
    enum Target { json, csv }

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "json | csv")
    Target to;

    @Option(names = "--out", paramLabel = "DIR", description = "with --to csv: the folder to write into;"
            + " with --to json: a folder for NAME.json files (default: stdout)")
    Path out;

    @Option(names = "--lang", paramLabel = "LANG", description = "ja | en: messages (default: ja)")
    Lang lang = Lang.ja;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "CSV files, folders or ZIP archives of them (--to json), or JSON files (--to csv)")
    List<Path> files;

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    ConvertCommand() {
    }

    @Override
    public Integer call() throws IOException {
        Inputs.check(files);
        if (to == Target.csv && out == null) {
            throw new CarePlanSpecCommand.UsageException("cli.usage.toCsvNeedsOut");
        }
        int code = CarePlanSpecCommand.OK;
        for (Path f : files) {
            if (to == Target.csv) {
                code = Math.max(code, toCsv(f));
                continue;
            }
            // a folder or a ZIP: its CSV files through the one walker (its findings on stderr, as inspect shows them)
            boolean direct = !Files.isDirectory(f) && !ArchiveWalker.isZip(f);
            int[] walked = {code};
            Inputs.walk(List.of(f), new Inputs.Visitor() {
                @Override
                public void file(String reportedName, InputStream in) throws IOException {
                    walked[0] = Math.max(walked[0], toJson(reportedName, in, direct));
                }

                @Override
                public void finding(ValidationIssue issue) {
                    CarePlanSpecCommand.Streams.err().println("careplan-spec: " + issue.toText(lang.locale()));
                    walked[0] = Math.max(walked[0], CarePlanSpecCommand.ERRORS);
                }
            });
            code = walked[0];
        }
        return code;
    }

    /** One file; {@code direct}: given by itself (a file that is no CSV is then an error, not skipped). */
    private int toJson(String reportedName, InputStream in, boolean direct) throws IOException {
        String name = reportedName.substring(reportedName.lastIndexOf('/') + 1);
        FileKind kind;
        try {
            kind = InterfaceFileName.parse(name).kind();
        } catch (IllegalArgumentException e) {
            CarePlanSpecCommand.Streams.err().println("careplan-spec: " + reportedName + ": "
                    + (e instanceof Keyed k ? k.message(lang.locale()) : e.getMessage()));
            return CarePlanSpecCommand.ERRORS;
        }
        if (!kind.isCsv()) {
            if (!direct) {
                return CarePlanSpecCommand.OK; // a unit's image: nothing to convert
            }
            CarePlanSpecCommand.Streams.err().println("careplan-spec: " + lang.text("cli.convert.notCsvFile", name));
            return CarePlanSpecCommand.ERRORS;
        }
        RecordLayout<? extends Record> layout = Catalog.layout(kind);
        String[] keys = keys(layout);
        ObjectNode root = mapper.createObjectNode();
        root.put("spec", "V4.1");
        root.put("file", name);
        root.put("kind", kind.prefix());
        root.put("kindName", kind.nameJa());
        ArrayNode cols = root.putArray("items");
        for (ColumnSpec c : layout.columns()) {
            ObjectNode o = cols.addObject();
            o.put("no", c.no());
            o.put("key", keys[c.no() - 1]);
            o.put("name", c.name());
            o.put("format", c.format().printed());
        }
        ArrayNode recs = root.putArray("records");
        int code = CarePlanSpecCommand.OK;
        try (CsvReader<? extends Record> r = CsvReader.open(layout.type(), new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // the walker owns the stream
            }
        }, ReadOptions.strict())) {
            while (r.hasNext()) {
                CsvItem<? extends Record> item = r.next();
                if (item.hasErrors() || item.isFileLevel()) {
                    item.problems().forEach(p -> CarePlanSpecCommand.Streams.err().println("careplan-spec: " + reportedName
                            + ": " + p.message(lang.locale())));
                    code = CarePlanSpecCommand.ERRORS;
                    continue;
                }
                ObjectNode rec = recs.addObject();
                List<String> t = item.texts();
                for (int i = 0; i < t.size() && i < keys.length; i++) {
                    rec.put(keys[i], t.get(i));
                }
            }
        }
        if (out != null) {
            Files.createDirectories(out);
            Path target = out.resolve(name + ".json");
            mapper.writeValue(target.toFile(), root);
        } else {
            PrintStream o = CarePlanSpecCommand.Streams.out();
            o.write(mapper.writeValueAsBytes(root));
            o.println();
            o.flush();
        }
        return code;
    }

    private int toCsv(Path json) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(json.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // located: the parser's line and column; its own words (English) after them
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            CarePlanSpecCommand.Streams.err().println("careplan-spec: " + lang.text("cli.convert.badJson", json,
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e.getOriginalMessage()));
            return CarePlanSpecCommand.ERRORS;
        }
        String name = root.path("file").asText("");
        FileKind kind;
        try {
            InterfaceFileName n = InterfaceFileName.parse(name);
            kind = n.kind();
            if (!kind.isCsv() || !name.equals(Path.of(name).getFileName().toString())) {
                kind = null;
            }
        } catch (IllegalArgumentException e) { // InvalidFileNameException, or a name the kind refuses
            kind = null;
        }
        if (kind == null) {
            CarePlanSpecCommand.Streams.err().println("careplan-spec: " + lang.text("cli.convert.notCsvName", json,
                    name));
            return CarePlanSpecCommand.ERRORS;
        }
        return write(kind, root, json, name);
    }

    /**
     * Types every record of the JSON file and writes the CSV only when all of them are sound: every problem is
     * reported (record index, item No. and 日本語名称, what was expected; CSV015/CSV016 as the reader words them), and
     * the file appears whole or not at all.
     */
    @SuppressWarnings("unchecked")
    private <R extends Record> int write(FileKind kind, JsonNode root, Path json, String name) throws IOException {
        RecordLayout<R> layout = (RecordLayout<R>) Catalog.layout(kind);
        String[] keys = keys(layout);
        List<R> records = new ArrayList<>();
        List<CsvProblem> problems = new ArrayList<>();
        int index = 0;
        for (JsonNode rec : root.path("records")) {
            index++;
            String[] texts = new String[keys.length];
            for (int i = 0; i < keys.length; i++) {
                JsonNode v = rec.get(keys[i]);
                texts[i] = v == null || v.isNull() ? "" : v.asText();
            }
            Parsed<R> p = layout.parse(Arrays.asList(texts));
            if (p.isOk()) {
                records.add(p.value());
                continue;
            }
            // a JSON record has no line: line 0, located by its index among the records
            for (FieldProblem fp : p.problems()) {
                problems.add(new CsvProblem(ProblemCode.FIELD_FORMAT, Severity.ERROR, 0, index, fp.column(), fp.raw(),
                        fp.expectation(), null, -1));
            }
            if (p.recordProblem() != null) {
                problems.add(new CsvProblem(ProblemCode.RECORD_INVARIANT, Severity.ERROR, 0, index, null, null, null,
                        p.recordProblem(), -1));
            }
        }
        PrintStream err = CarePlanSpecCommand.Streams.err();
        if (!problems.isEmpty()) {
            for (CsvProblem problem : problems) {
                err.println("careplan-spec: " + json + ": " + problem.message(lang.locale()));
            }
            err.println("careplan-spec: " + lang.text("cli.convert.notWritten", json, problems.size(), name));
            return CarePlanSpecCommand.ERRORS;
        }
        Files.createDirectories(out);
        Path target = out.resolve(name);
        // written beside the target and moved into place: a refused character (CsvWriteException) leaves no half file
        Path part = Files.createTempFile(out, ".convert-", ".part");
        try {
            try (OutputStream os = Files.newOutputStream(part); CsvWriter<R> w = CsvWriter.open(layout.type(), os)) {
                for (R r : records) {
                    w.write(r);
                }
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (CsvWriteException e) {
            // a text MS932 cannot carry (R2c): a problem of the data, located by the writer; nothing is written
            err.println("careplan-spec: " + json + ": " + e.message(lang.locale()));
            err.println("careplan-spec: " + lang.text("cli.convert.notWritten", json, e.refusals().size(), name));
            return CarePlanSpecCommand.ERRORS;
        } finally {
            Files.deleteIfExists(part);
        }
        err.println(lang.text("cli.convert.wrote", target));
        return CarePlanSpecCommand.OK;
    }

    /**
     * The English key of every item: the record component's name; items of a repeated group as
     * {@code group[n].member}.
     */
    static String[] keys(RecordLayout<?> layout) {
        String[] keys = new String[layout.size()];
        fill(layout.type(), "", 0, keys);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null) {
                keys[i] = "item" + (i + 1);
            }
        }
        return keys;
    }

    private static int fill(Class<?> type, String prefix, int base, String[] keys) {
        int width = 0;
        for (RecordComponent rc : type.getRecordComponents()) {
            Column c = rc.getAnnotation(Column.class);
            Repeated r = rc.getAnnotation(Repeated.class);
            if (c != null) {
                int i = base + c.no() - 1;
                if (i < keys.length) {
                    keys[i] = prefix + rc.getName();
                }
                width = Math.max(width, c.no());
            } else if (r != null && rc.getGenericType() instanceof ParameterizedType) {
                Class<?> inner = (Class<?>) ((ParameterizedType) rc.getGenericType()).getActualTypeArguments()[0];
                int w = 0;
                for (int rep = 0; rep < r.prefixes().length; rep++) {
                    w = fill(inner, prefix + rc.getName() + "[" + rep + "].", base + r.firstNo() - 1 + rep * w, keys);
                }
                width = Math.max(width, r.firstNo() - 1 + w * r.prefixes().length);
            }
        }
        return width;
    }
}
