package io.github.careplanspec.examples.db;

import io.github.careplanspec.csv.receive.ImageFile;
import io.github.careplanspec.csv.receive.ReceivedUnit;
import io.github.careplanspec.csv.unit.TransmissionUnit;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.name.FileNameResult;
import io.github.careplanspec.model.name.InterfaceFileName;
import io.github.careplanspec.validation.UnitValidator;
import io.github.careplanspec.model.issue.Severity;
import io.github.careplanspec.validation.report.ValidationIssue;
import io.github.careplanspec.validation.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link UnitGate} backed by the validator (issue 9: a unit with an error applies nothing and is reported;
 * warnings do not stop it). The unit's records are written again as the files of a {@link TransmissionUnit} (same
 * sender, receiver and ファイル連番; images under their 枝番) and validated by a {@link UnitValidator}: every field,
 * record and file rule of each file, then the unit rules. Records a reader could not read never reach a
 * {@link ReceivedUnit}, so reading problems of the original files are for the caller to report (the
 * {@code import} command validates the files as received first). Thread-safe.
 */
public final class ValidatingUnitGate implements UnitGate {
    private final UnitValidator validator;
    private final Locale locale;

    /** A gate with {@link UnitValidator#standard()}, its reasons in Japanese. */
    public ValidatingUnitGate() {
        this(UnitValidator.standard());
    }

    /**
     * A gate with a validator of one's choice, its reasons in Japanese.
     *
     * @param validator the validator
     */
    public ValidatingUnitGate(UnitValidator validator) {
        this(validator, Locale.JAPANESE);
    }

    /**
     * A gate with a validator of one's choice, its reasons in a language.
     *
     * @param validator the validator
     * @param locale the language of the reasons (Japanese, else English)
     */
    public ValidatingUnitGate(UnitValidator validator, Locale locale) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    @Override
    public Decision check(ReceivedUnit unit) {
        TransmissionUnit.Builder b = TransmissionUnit.builder(unit.id().sender().office(),
                unit.id().sender().serviceType(), unit.id().receiver().office(), unit.id().receiver().serviceType(),
                unit.sequence());
        for (Map.Entry<FileKind, List<Record>> e : unit.records().entrySet()) {
            b.add(e.getKey(), e.getValue());
        }
        int next = 1;
        for (ImageFile i : unit.images()) {
            FileNameResult n = InterfaceFileName.parseOrProblem(i.fileName());
            int branch = n.name().isPresent() && n.name().get().imageBranch().isPresent()
                    ? n.name().get().imageBranch().getAsInt() : next;
            next = Math.max(next, branch + 1);
            b.image(branch, i.data());
        }
        ValidationReport report;
        try {
            report = validator.validate(b.build());
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the builder refuses what is no unit of the spec (R21, R20, R37): that is the error
            return Decision.reject(List.of(e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return decide(report, locale);
    }

    /**
     * The decision a report calls for: rejected with its errors when it has any, else accepted with its warnings
     * as remarks.
     *
     * @param report the report of one unit
     * @param locale the language of the reasons (Japanese, else English)
     * @return the decision
     */
    public static Decision decide(ValidationReport report, Locale locale) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (ValidationIssue i : report.issues()) {
            (i.severity() == Severity.ERROR ? errors : warnings).add(reason(i, locale));
        }
        return errors.isEmpty() ? new Decision(true, warnings) : Decision.reject(errors);
    }

    /**
     * One issue as a line for people: {@code [rule] FILE line N No.C: message}, the message in a language.
     *
     * @param i the issue
     * @param locale the language (Japanese, else English)
     * @return the line
     */
    public static String reason(ValidationIssue i, Locale locale) {
        StringBuilder sb = new StringBuilder("[").append(i.rule().id()).append("] ");
        if (i.file() != null) {
            sb.append(i.file());
        }
        if (i.line() > 0) {
            sb.append(" line ").append(i.line());
        }
        if (i.column() > 0) {
            sb.append(" No.").append(i.column());
        }
        sb.append(": ").append(i.message(locale));
        return sb.toString();
    }
}
