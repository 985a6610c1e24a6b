package io.github.careplanspec.validation;

import io.github.careplanspec.csv.CsvItem;
import io.github.careplanspec.csv.CsvReader;
import io.github.careplanspec.csv.ReadOptions;
import io.github.careplanspec.csv.archive.ArchiveWalker;
import io.github.careplanspec.csv.unit.ReceivedUnits;
import io.github.careplanspec.csv.unit.TransmissionUnit;
import io.github.careplanspec.csv.unit.UnitFile;
import io.github.careplanspec.csv.unit.UnitProblem;
import io.github.careplanspec.csv.unit.Units;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.text.Adapters;
import io.github.careplanspec.validation.report.Rules;
import io.github.careplanspec.validation.report.ValidationIssue;
import io.github.careplanspec.validation.report.ValidationReport;
import io.github.careplanspec.validation.rules.AnnexSupplementRule;
import io.github.careplanspec.validation.rules.BasicInfoFamilyRule;
import io.github.careplanspec.validation.rules.DeletionTargetRule;
import io.github.careplanspec.validation.rules.FileContext;
import io.github.careplanspec.validation.rules.HeldKeys;
import io.github.careplanspec.validation.rules.PlanFamilyRule;
import io.github.careplanspec.validation.rules.PreventionPlanFamilyRule;
import io.github.careplanspec.validation.rules.RecordContext;
import io.github.careplanspec.validation.rules.UnitContext;
import io.github.careplanspec.validation.rules.UnitRule;
import io.github.careplanspec.validation.rules.UtilizationFamilyRule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The entry point for transmission units (送信単位): validates a {@link TransmissionUnit}, or a received folder or
 * ZIP archive ({@link Units#open}), into one {@link ValidationReport}. For each unit, in processing order (R22):
 * every file through {@link FileValidator} (strict reading with {@link CsvReader}, the naming and reading rules,
 * the field, record and file rules of a {@link CarePlanValidator}), then the unit rules across its files (R26–R30, P4, P6 …). What receiving found — names, the
 * unit combinations of R21, hostile archives — is reported too, one rule per {@code UnitProblemCode}
 * ({@link Rules#ofUnitProblem}).
 *
 * <p>Immutable, thread-safe and reusable: one instance may validate many units in parallel (each call keeps its own
 * state; {@link ValidationReport.Builder} is thread-safe).
 *
 * <pre>{@code
 * ValidationReport report = UnitValidator.standard().validate(Path.of("inbox/units.zip"));
 * System.out.println(report.toText(Locale.JAPANESE));
 * }</pre>
 */
public final class UnitValidator {
    private static final UnitValidator STANDARD = new UnitValidator(CarePlanValidator.standard(),
            List.of(new PlanFamilyRule(), new UtilizationFamilyRule(), new BasicInfoFamilyRule(),
                    new PreventionPlanFamilyRule(), new AnnexSupplementRule()));

    private final CarePlanValidator validator;
    private final List<UnitRule> unitRules;

    private UnitValidator(CarePlanValidator validator, List<UnitRule> unitRules) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.unitRules = List.copyOf(unitRules);
    }

    /** @return the standard record and file rules and every unit rule that needs nothing but the unit */
    public static UnitValidator standard() {
        return STANDARD;
    }

    /**
     * The same unit rules with other record and file rules.
     *
     * @param recordAndFileRules the validator for each file
     * @return a new unit validator
     */
    public UnitValidator withFileValidator(CarePlanValidator recordAndFileRules) {
        return new UnitValidator(recordAndFileRules, unitRules);
    }

    /**
     * A validator with one more unit rule.
     *
     * @param rule the rule
     * @return a new unit validator
     */
    public UnitValidator withUnitRule(UnitRule rule) {
        List<UnitRule> l = new ArrayList<>(unitRules);
        l.add(Objects.requireNonNull(rule, "rule"));
        return new UnitValidator(validator, l);
    }

    /**
     * A validator that also reports deletions of keys the receiver does not hold ({@link DeletionTargetRule},
     * R31–R34, P8) — something the unit alone cannot tell.
     *
     * @param held what the receiver holds
     * @return a new unit validator
     */
    public UnitValidator withHeldKeys(HeldKeys held) {
        return withUnitRule(new DeletionTargetRule(held));
    }

    /** @return every rule this validator may report, without duplicates */
    public Set<Rule> rules() {
        Set<Rule> s = new LinkedHashSet<>(validator.rules());
        for (UnitRule r : unitRules) {
            s.addAll(r.rules());
        }
        return s;
    }

    /**
     * Validates a folder, a ZIP archive or a single received file.
     *
     * @param path the folder or file
     * @return the report
     * @throws IOException if the path itself or a file of it cannot be read
     */
    public ValidationReport validate(Path path) throws IOException {
        ValidationReport.Builder b = ValidationReport.builder();
        validate(path, b);
        return b.build();
    }

    /**
     * Validates a folder, a ZIP archive or a single received file. Files are reported by name; an entry of a ZIP
     * as {@code archive.zip!/NAME.CSV}.
     *
     * @param path the folder or file
     * @param report receives the file summaries and the issues
     * @throws IOException if the path itself or a file of it cannot be read
     */
    public void validate(Path path, ValidationReport.Builder report) throws IOException {
        ReceivedUnits received = Units.open(path);
        validate(received, prefixOf(path), report);
    }

    /**
     * Validates what a reception holds: its problems, then each unit in processing order.
     *
     * @param received the reception
     * @param prefix put before every file name and entry path (e.g. {@code archive.zip!/}); may be empty
     * @param report receives the file summaries and the issues
     * @throws IOException if a file cannot be read
     */
    public void validate(ReceivedUnits received, String prefix, ValidationReport.Builder report) throws IOException {
        for (UnitProblem p : received.problems()) {
            report.report(issueOf(p, prefix));
        }
        Set<String> rejected = rejectedImages(received.problems());
        for (TransmissionUnit u : received.units()) {
            validateFilesAndUnit(u, prefix, report, rejected, null);
        }
    }

    /**
     * Validates one unit of a reception: the problems receiving found for it ({@link ReceivedUnits#problems(
     * TransmissionUnit)}: its combination, its files), each file, the unit rules.
     *
     * @param received the reception
     * @param unit one of its units
     * @param prefix put before every file name and entry path; may be empty
     * @param report receives the file summaries and the issues
     * @throws IOException if a file cannot be read
     */
    public void validate(ReceivedUnits received, TransmissionUnit unit, String prefix,
            ValidationReport.Builder report) throws IOException {
        for (UnitProblem p : received.problems(unit)) {
            report.report(issueOf(p, prefix));
        }
        validateFilesAndUnit(unit, prefix, report, rejectedImages(received.problems(unit)), null);
    }

    /**
     * Validates one unit of a reception as {@link #validate(ReceivedUnits, TransmissionUnit, String,
     * ValidationReport.Builder)} does, and hands back what the pass read: every item of each CSV file's strict
     * reader (file-level items too), in the unit's file order and each file's record order, to {@code items} —
     * e.g. {@code ReceivedUnit.reading(unit)::accept}, so that an importer keys and writes the records validated
     * here instead of reading the files again (each record decoded, tokenized and typed once). A caller that keeps
     * the items holds the unit's records in memory at once (a unit is at most {@value TransmissionUnit#MAX_FILES}
     * files; ZIPs are bounded by {@code UnitLimits}).
     *
     * @param received the reception
     * @param unit one of its units
     * @param prefix put before every file name and entry path; may be empty
     * @param report receives the file summaries and the issues
     * @param items receives each CSV file of the unit with each item read from it, before the item is validated
     * @throws IOException if a file cannot be read
     */
    public void validate(ReceivedUnits received, TransmissionUnit unit, String prefix,
            ValidationReport.Builder report, BiConsumer<UnitFile, CsvItem<? extends Record>> items)
            throws IOException {
        Objects.requireNonNull(items, "items");
        for (UnitProblem p : received.problems(unit)) {
            report.report(issueOf(p, prefix));
        }
        validateFilesAndUnit(unit, prefix, report, rejectedImages(received.problems(unit)), items);
    }

    /**
     * The prefix under which the files of a path are reported: {@code NAME.zip!/} for a ZIP archive, else empty
     * ({@link ArchiveWalker#prefixOf}, the walker's one test of what a ZIP is).
     *
     * @param path a folder, archive or file
     * @return the prefix
     * @throws IOException if the file cannot be read
     */
    public static String prefixOf(Path path) throws IOException {
        return ArchiveWalker.prefixOf(path);
    }

    /**
     * Validates one unit: its combination (R21, {@link TransmissionUnit#check()}), each file, the unit rules.
     *
     * @param unit the unit
     * @return the report
     * @throws IOException if a file cannot be read
     */
    public ValidationReport validate(TransmissionUnit unit) throws IOException {
        ValidationReport.Builder b = ValidationReport.builder();
        validate(unit, "", b);
        return b.build();
    }

    /**
     * Validates one unit into a report being built.
     *
     * @param unit the unit
     * @param prefix put before every file name; may be empty
     * @param report receives the file summaries and the issues
     * @throws IOException if a file cannot be read
     */
    public void validate(TransmissionUnit unit, String prefix, ValidationReport.Builder report) throws IOException {
        for (UnitProblem p : unit.check()) {
            report.report(issueOf(p, prefix));
        }
        validateFilesAndUnit(unit, prefix, report);
    }

    /**
     * Validates one received unit's files and runs the unit rules, without re-reporting what receiving found
     * (report those with {@link #issueOf(UnitProblem, String)}).
     *
     * @param unit the unit
     * @param prefix put before every file name; may be empty
     * @param report receives the file summaries and the issues
     * @throws IOException if a file cannot be read
     */
    public void validateFilesAndUnitRules(TransmissionUnit unit, String prefix, ValidationReport.Builder report)
            throws IOException {
        validateFilesAndUnit(unit, prefix, report);
    }

    /** The upper-case names of images receiving refused as not JPEG (reported as {@code P6.jpeg}). */
    private static Set<String> rejectedImages(List<UnitProblem> problems) {
        Set<String> rejected = new java.util.HashSet<>();
        for (UnitProblem p : problems) {
            if (p.code() == io.github.careplanspec.csv.unit.UnitProblemCode.NOT_JPEG && p.location() != null) {
                String l = p.location();
                rejected.add(l.substring(Math.max(l.lastIndexOf('/'), l.lastIndexOf('\\')) + 1)
                        .toUpperCase(Locale.ROOT));
            }
        }
        return rejected;
    }

    private void validateFilesAndUnit(TransmissionUnit unit, String prefix, ValidationReport.Builder report)
            throws IOException {
        validateFilesAndUnit(unit, prefix, report, Set.of(), null);
    }

    private void validateFilesAndUnit(TransmissionUnit unit, String prefix, ValidationReport.Builder report,
            Set<String> rejectedImages, BiConsumer<UnitFile, CsvItem<? extends Record>> items) throws IOException {
        List<UnitContext.UnitFile> files = new ArrayList<>();
        for (UnitFile f : unit.files()) {
            String reported = prefix + f.location();
            FileContext context = FileContext.of(reported, f.name());
            if (!f.kind().isCsv()) {
                report.file(reported, f.kind().prefix(), 0);
                files.add(new UnitContext.UnitFile(context, List.of()));
                continue;
            }
            List<RecordContext<?>> records = new ArrayList<>();
            validateFile(f, context, records, report, items);
            files.add(new UnitContext.UnitFile(context, records));
        }
        UnitContext ctx = new UnitContext(unit.key().sequence().text(), files);
        // issue 17 (P6): an image refused as not a JPEG is one issue, P6.jpeg, not also P6.missingImage
        IssueSink sink = rejectedImages.isEmpty() ? report : issue -> {
            if (issue.rule() != Rules.P6_MISSING_IMAGE || issue.value() == null
                    || !rejectedImages.contains(issue.value().toUpperCase(Locale.ROOT))) {
                report.report(issue);
            }
        };
        for (UnitRule r : unitRules) {
            r.check(ctx, sink);
        }
    }

    /**
     * Validates one CSV file with {@link FileValidator} (strict reading, the record and file rules), its name as the
     * unit reader already parsed it, and keeps its records for the unit rules: they come from the same pass, through
     * this validator's own sink.
     */
    private long validateFile(UnitFile f, FileContext context, List<RecordContext<?>> records,
            ValidationReport.Builder report, BiConsumer<UnitFile, CsvItem<? extends Record>> items)
            throws IOException {
        try (InputStream in = f.openStream()) {
            return FileValidator.of(validator, ReadOptions.strict()).validateCsv(in, context,
                    Catalog.layout(f.kind()), report, records::add, items == null ? null : i -> items.accept(f, i));
        }
    }

    /**
     * The report issue of a receiving problem: its code's rule, the file or entry it names (after the prefix), and
     * the problem's own message as the parameter {@code problem} (rendered in the report's language).
     *
     * @param p the problem
     * @param prefix put before the problem's location; may be empty
     * @return the issue
     */
    public static ValidationIssue issueOf(UnitProblem p, String prefix) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("problem", Adapters.message(p));
        if (p.unit() != null) {
            params.put("unit", p.unit().toString());
        }
        String file = p.location() == null ? (prefix.endsWith("!/") ? prefix.substring(0, prefix.length() - 2) : null)
                : prefix + p.location();
        return ValidationIssue.ofFile(Rules.ofUnitProblem(p.code()), file == null ? null : file, params);
    }

}
