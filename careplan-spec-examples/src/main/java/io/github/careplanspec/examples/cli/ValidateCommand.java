package io.github.careplanspec.examples.cli;

import io.github.careplanspec.csv.archive.ArchiveWalker;
import io.github.careplanspec.csv.unit.ReceivedUnits;
import io.github.careplanspec.csv.unit.TransmissionUnit;
import io.github.careplanspec.csv.unit.UnitProblem;
import io.github.careplanspec.csv.unit.Units;
import io.github.careplanspec.validation.FileValidator;
import io.github.careplanspec.validation.UnitValidator;
import io.github.careplanspec.validation.report.RuleProfile;
import io.github.careplanspec.validation.report.RuleProfileException;
import io.github.careplanspec.validation.report.Rules;
import io.github.careplanspec.validation.report.ValidationIssue;
import io.github.careplanspec.validation.report.ValidationReport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code careplan-spec validate}: validates files, folders of units and ZIP archives against the spec. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"ファイル・送信単位のフォルダ・ZIPを検証します。", "Validates files, folders of units and ZIP archives."},
        footer = {"", "Exit codes: 0 no error (warnings allowed), 1 at least one error, 2 usage or unreadable path.",
            "", "Examples:", "  careplan-spec validate UP1KYO_0899999991_43_0899999992_11_20250415120000.CSV",
            "  careplan-spec validate --format sarif --output report.sarif exports/",
            "  careplan-spec validate --format json --lang en units.zip"})
final class ValidateCommand implements Callable<Integer> {
    /** Report formats. */
    enum Format { text, json, junit, sarif }

    @Option(names = "--format", paramLabel = "FORMAT", description = "text | json | junit | sarif (default: text)")
    Format format = Format.text;

    @Option(names = "--lang", paramLabel = "LANG", description = "ja | en (default: ja)")
    Lang lang = Lang.ja;

    @Option(names = "--lenient", description = "accept what real peers send (header row, BOM, UTF-8…) as warnings")
    boolean lenient;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report here instead of stdout")
    Path output;

    @Option(names = "--rules", paramLabel = "FILE|NAME", description = {"rule profile: strict (default), receiver,"
        + " or a profile file (docs/validation-rules.md, Rule profiles)"})
    String rules;

    @Option(names = "--service-codes", paramLabel = "FILE", description = {"a サービスコード master in the documented"
        + " CSV form (docs/validation-rules.md): unknown codes and 第7表 単位数 against it"})
    Path serviceCodes;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, folders of units, ZIP archives")
    List<Path> paths;

    ValidateCommand() {
    }

    @Override
    public Integer call() throws IOException {
        Inputs.check(paths);
        RuleProfile profile = profile(rules, lang, CarePlanSpecCommand.Streams.err()::println);
        if (profile == null) {
            return CarePlanSpecCommand.USAGE;
        }
        io.github.careplanspec.validation.CarePlanValidator rulesOfFiles =
                io.github.careplanspec.validation.CarePlanValidator.standard();
        if (serviceCodes != null) {
            try {
                rulesOfFiles = rulesOfFiles.withFileRule(new io.github.careplanspec.validation.rules
                        .ServiceCodeMasterRule(io.github.careplanspec.validation.rules.ServiceCodeMaster
                        .load(serviceCodes)));
            } catch (IOException | IllegalArgumentException e) {
                CarePlanSpecCommand.Streams.err().println("careplan-spec: "
                        + lang.text("cli.serviceCodes", e.getMessage()));
                return CarePlanSpecCommand.USAGE;
            }
        }
        FileValidator validator = FileValidator.of(rulesOfFiles, io.github.careplanspec.csv.ReadOptions.strict())
                .lenient(lenient);
        ValidationReport.Builder builder = ValidationReport.builder().profile(profile);
        Progress progress = Progress.forConsole(CarePlanSpecCommand.Streams.err());
        // strict: folders and ZIP archives are received as transmission units (R21/R22) and also get the unit rules
        // (R26-R30, P4, P6); single files, and everything in lenient mode, are validated file by file
        UnitValidator units = UnitValidator.standard().withFileValidator(rulesOfFiles);
        List<Path> single = new ArrayList<>();
        for (Path p : paths) {
            if (!lenient && (Files.isDirectory(p) || ArchiveWalker.isZip(p))) {
                validateUnits(units, p, builder, progress);
            } else {
                single.add(p);
            }
        }
        // the same walk as Units.open: the same entries read, the same findings, whatever the mode
        Inputs.walk(single, new Inputs.Visitor() {
            @Override
            public void file(String reportedName, InputStream in) throws IOException {
                validator.validate(in, reportedName, builder);
                progress.tick(reportedName);
            }

            @Override
            public void finding(ValidationIssue issue) {
                builder.report(issue);
            }
        });
        progress.done();
        ValidationReport report = builder.build();
        if (output != null) {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                write(report, out);
            }
        } else {
            OutputStream out = CarePlanSpecCommand.Streams.out();
            write(report, out);
            out.flush();
        }
        return report.isValid() ? CarePlanSpecCommand.OK : CarePlanSpecCommand.ERRORS;
    }

    /**
     * The rule profile of a {@code --rules} argument: a built-in name or a profile file; {@code null} (after a
     * message naming the file and line) when it cannot be used — a usage error.
     */
    static RuleProfile profile(String rules, Lang lang, java.util.function.Consumer<String> err) {
        if (rules == null) {
            return RuleProfile.strict();
        }
        try {
            return RuleProfile.resolve(rules);
        } catch (RuleProfileException e) {
            // the profile's problem in the command's language (RuleProfileException is validation's)
            err.accept("careplan-spec: " + lang.text("cli.rules", e.message(lang.locale())));
            return null;
        }
    }

    /** A folder (recursively, however many units) or a ZIP archive, received as units by the one walker. */
    private static void validateUnits(UnitValidator units, Path path, ValidationReport.Builder builder,
            Progress progress) throws IOException {
        ReceivedUnits received = Units.open(path);
        String prefix = ArchiveWalker.prefixOf(path);
        for (UnitProblem p : received.problems()) {
            builder.report(Inputs.issue(p, prefix));
        }
        for (TransmissionUnit u : received.units()) {
            units.validateFilesAndUnitRules(u, prefix, builder);
            progress.tick(u.key().sequence().text());
        }
    }

    private void write(ValidationReport report, OutputStream out) throws IOException {
        switch (format) {
            case json:
                report.writeJson(out, lang.locale());
                break;
            case junit:
                report.writeJUnitXml(out, lang.locale());
                break;
            case sarif:
                report.writeSarif(out, lang.locale());
                break;
            default:
                out.write(report.toText(lang.locale()).getBytes(StandardCharsets.UTF_8));
                break;
        }
        out.flush();
    }
}
