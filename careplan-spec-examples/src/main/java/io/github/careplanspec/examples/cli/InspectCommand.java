package io.github.careplanspec.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.careplanspec.csv.CsvItem;
import io.github.careplanspec.csv.CsvReader;
import io.github.careplanspec.csv.ReadOptions;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.name.FileNameResult;
import io.github.careplanspec.model.name.InterfaceFileName;
import io.github.careplanspec.model.service.ServiceTypes;
import io.github.careplanspec.model.issue.Severity;
import io.github.careplanspec.validation.report.ValidationIssue;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code careplan-spec inspect}: what each file is, as the 連携クライアントアプリ's send/receive lists show it. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"ファイル名と内容から、種別・送信元・送信先・対象年月・連番・CSVバージョン・件数を表示します。",
            "Shows each file's kind, sender, receiver, month, sequence, CSV versions and record count, then the "
                + "transmission units in processing order."},
        footer = {"", "Examples:", "  careplan-spec inspect inbox/",
            "  careplan-spec inspect --format json UPKIHON_SUB1_0899999993_11_0899999992_46_20250415151700.CSV"})
final class InspectCommand implements Callable<Integer> {
    /** The most files the 連携クライアントアプリ sends at once. */
    static final int MAX_FILES_PER_SEND = 100;

    /** Output formats. */
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", description = "text | json (default: text)")
    Format format = Format.text;

    @Option(names = "--lang", paramLabel = "LANG", description = "ja | en (default: ja)")
    Lang lang = Lang.ja;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, folders of units, ZIP archives")
    List<Path> paths;

    InspectCommand() {
    }

    @Override
    public Integer call() throws IOException {
        List<Map<String, Object>> files = new ArrayList<>();
        Map<String, List<Map<String, Object>>> units = new TreeMap<>();
        boolean[] badName = {false};
        List<ValidationIssue> findings = new ArrayList<>();
        Inputs.walk(paths, new Inputs.Visitor() {
            @Override
            public void file(String reportedName, InputStream in) throws IOException {
                Map<String, Object> f = describe(reportedName, in);
                files.add(f);
                if (f.containsKey("unit")) {
                    units.computeIfAbsent((String) f.get("unit"), k -> new ArrayList<>()).add(f);
                } else {
                    badName[0] = true;
                }
            }

            @Override
            public void attachment(String reportedName) {
                // 「PDF等」: not an interface file, listed as Units.open lists it, never an error
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("file", reportedName);
                f.put("attachment", true);
                files.add(f);
            }

            @Override
            public void finding(ValidationIssue issue) {
                // what the walk did not read or refused: the same located finding validate and import report
                findings.add(issue);
            }
        });
        List<Map<String, Object>> unitList = new ArrayList<>();
        for (List<Map<String, Object>> u : units.values()) {
            u.sort(Comparator.comparingInt((Map<String, Object> f) -> (Integer) f.get("rank"))
                    .thenComparing(f -> (String) f.get("file")));
            Map<String, Object> first = u.get(0);
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("sequence", first.get("sequence"));
            unit.put("sender", first.get("sender"));
            unit.put("receiver", first.get("receiver"));
            List<String> names = new ArrayList<>();
            for (Map<String, Object> f : u) {
                names.add((String) f.get("file"));
                f.remove("unit");
            }
            unit.put("files", names);
            unitList.add(unit);
        }
        for (Map<String, Object> f : files) {
            f.remove("unit");
            f.remove("rank");
        }
        List<String> warnings = new ArrayList<>();
        if (files.size() > MAX_FILES_PER_SEND) {
            warnings.add(lang.text("cli.inspect.tooMany", files.size(), MAX_FILES_PER_SEND));
        }
        PrintStream out = new PrintStream(CarePlanSpecCommand.Streams.out(), true, StandardCharsets.UTF_8);
        if (format == Format.json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("files", files);
            root.put("units", unitList);
            root.put("warnings", warnings);
            List<Map<String, Object>> problems = new ArrayList<>();
            for (ValidationIssue i : findings) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("rule", i.rule().id());
                m.put("severity", i.severity().id());
                m.put("file", i.file());
                m.put("message", i.message(lang.locale()));
                problems.add(m);
            }
            root.put("problems", problems);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } else {
            text(out, files, unitList, warnings);
            for (ValidationIssue i : findings) {
                out.println(i.toText(lang.locale()));
            }
        }
        out.flush();
        boolean findingErrors = findings.stream().anyMatch(i -> i.severity() == Severity.ERROR);
        return badName[0] || findingErrors ? CarePlanSpecCommand.ERRORS : CarePlanSpecCommand.OK;
    }

    private Map<String, Object> describe(String reportedName, InputStream in) throws IOException {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("file", reportedName);
        int slash = reportedName.lastIndexOf('/');
        String base = slash < 0 ? reportedName : reportedName.substring(slash + 1);
        FileNameResult r = InterfaceFileName.parseOrProblem(base);
        if (!r.isValid()) {
            f.put("problem", r.problem().orElseThrow().message(lang.locale()));
            return f;
        }
        InterfaceFileName n = r.name().orElseThrow();
        FileKind k = n.kind();
        f.put("kind", k.prefix());
        f.put("kindName", k.nameJa());
        f.put("operation", operation(k));
        f.put("sender", party(n.senderOffice().text(), ServiceTypes.display(n.senderServiceType())));
        f.put("receiver", party(n.receiverOffice().text(), ServiceTypes.display(n.receiverServiceType())));
        f.put("month", n.monthSegment().map(m -> m.text()).orElse(null));
        f.put("sequence", n.sequence().text());
        if (n.imageBranch().isPresent()) {
            f.put("branch", String.format("%04d", n.imageBranch().getAsInt()));
        }
        if (k.isCsv()) {
            Set<String> versions = new TreeSet<>();
            long records = 0;
            try (CsvReader<? extends Record> reader = CsvReader.open(k, new NonClosing(in), ReadOptions.lenient())) {
                while (reader.hasNext()) {
                    CsvItem<? extends Record> item = reader.next();
                    if (!item.isFileLevel()) {
                        records++;
                        if (!item.texts().isEmpty()) {
                            versions.add(item.texts().get(0));
                        }
                    }
                }
            }
            f.put("csvVersions", new ArrayList<>(versions));
            f.put("records", records);
        } else {
            f.put("bytes", in.transferTo(java.io.OutputStream.nullOutputStream()));
        }
        f.put("unit", n.sequence().text() + "|" + n.senderOffice().text() + n.senderServiceType().text() + "|"
                + n.receiverOffice().text() + n.receiverServiceType().text());
        f.put("rank", k.processingRank()); // the one order inside a unit (R22), as TransmissionUnit lists it
        return f;
    }

    private String operation(FileKind k) {
        if (lang.isJa()) {
            return k.operation().labelJa();
        }
        switch (k.operation()) {
            case DELETE:
                return "delete";
            case ATTACH:
                return "image";
            default:
                return "register";
        }
    }

    private static Map<String, Object> party(String office, String serviceType) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("office", office);
        m.put("serviceType", serviceType);
        return m;
    }

    @SuppressWarnings("unchecked")
    private void text(PrintStream out, List<Map<String, Object>> files, List<Map<String, Object>> units,
            List<String> warnings) {
        for (Map<String, Object> f : files) {
            StringBuilder b = new StringBuilder();
            b.append(f.get("file"));
            if (f.containsKey("attachment")) {
                b.append('\t').append(lang.text("cli.inspect.attachment"));
                out.println(b);
                continue;
            }
            if (f.containsKey("problem")) {
                b.append('\t').append(lang.text("cli.inspect.badName", f.get("problem")));
                out.println(b);
                continue;
            }
            Map<String, Object> s = (Map<String, Object>) f.get("sender");
            Map<String, Object> r = (Map<String, Object>) f.get("receiver");
            b.append('\t').append(f.get("kind")).append(' ').append(f.get("kindName"));
            b.append('\t').append(lang.text("cli.inspect.type", f.get("operation")));
            b.append('\t').append(lang.text("cli.inspect.from", s.get("office"), s.get("serviceType")));
            b.append('\t').append(lang.text("cli.inspect.to", r.get("office"), r.get("serviceType")));
            b.append('\t').append(lang.text("cli.inspect.month", f.get("month") == null ? "-" : f.get("month")));
            b.append('\t').append(lang.text("cli.inspect.sequence", f.get("sequence")));
            if (f.containsKey("branch")) {
                b.append('\t').append(lang.text("cli.inspect.branch", f.get("branch")));
            }
            if (f.containsKey("records")) {
                List<String> v = (List<String>) f.get("csvVersions");
                b.append('\t').append(lang.text("cli.inspect.versions", v.isEmpty() ? "-" : String.join(",", v)));
                b.append('\t').append(lang.text("cli.inspect.records", f.get("records")));
            } else {
                b.append('\t').append(lang.text("cli.inspect.bytes", f.get("bytes")));
            }
            out.println(b);
        }
        out.println();
        out.println(lang.text("cli.inspect.units"));
        int i = 0;
        for (Map<String, Object> u : units) {
            Map<String, Object> s = (Map<String, Object>) u.get("sender");
            Map<String, Object> r = (Map<String, Object>) u.get("receiver");
            List<String> names = (List<String>) u.get("files");
            out.println("  " + (++i) + ". " + u.get("sequence") + "  " + s.get("office") + " (" + s.get("serviceType")
                    + ") → " + r.get("office") + " (" + r.get("serviceType") + ")  "
                    + lang.text("cli.inspect.unitFiles", names.size()));
            for (String n : names) {
                out.println("       " + n);
            }
        }
        for (String w : warnings) {
            out.println(lang.text("cli.inspect.warning", w));
        }
    }

    /** Keeps the walker's stream open when the reader closes. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the walker owns the stream
        }
    }
}
