package io.github.careplanspec.examples.cli;

import io.github.careplanspec.csv.archive.ArchiveWalker;
import io.github.careplanspec.csv.unit.ReceivedUnits;
import io.github.careplanspec.csv.unit.TransmissionUnit;
import io.github.careplanspec.csv.unit.UnitProblem;
import io.github.careplanspec.csv.unit.Units;
import io.github.careplanspec.examples.render.RenderSource;
import io.github.careplanspec.validation.UnitValidator;
import io.github.careplanspec.validation.report.ValidationReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs of {@code render}, received as {@code validate} receives folders and ZIP archives (strict mode): each
 * path through {@link Units#open}, the one archive walker, with the same limits, findings and unit rules. A single
 * file is received as a unit of its own.
 */
final class RenderInputs {
    /**
     * What was read.
     *
     * @param sources the units and refused inputs, in path order, then processing order (R22)
     * @param report the validation report of the units, or {@code null} without validation
     * @param refused whether some input was refused as hostile (a guard refused its reception or entries of it)
     */
    record Result(List<RenderSource> sources, ValidationReport report, boolean refused) {
    }

    private RenderInputs() {
    }

    static Result read(List<Path> paths, boolean validate, Progress progress) throws IOException {
        Inputs.check(paths);
        List<RenderSource> sources = new ArrayList<>();
        ValidationReport.Builder builder = ValidationReport.builder();
        UnitValidator validator = UnitValidator.standard();
        boolean[] refused = {false};
        for (Path p : paths) {
            receive(p, sources, validate ? validator : null, builder, refused, progress);
        }
        return new Result(sources, validate ? builder.build() : null, refused[0]);
    }

    private static void receive(Path path, List<RenderSource> sources, UnitValidator validator,
            ValidationReport.Builder builder, boolean[] refused, Progress progress) throws IOException {
        // the one archive walker (issue 14): folders recursively, ZIPs by their magic, the same guards and findings
        // as validate; not closed here: the pages read the units' files after this returns (the JVM's exit ends it)
        ReceivedUnits received = Units.open(path);
        String prefix = ArchiveWalker.prefixOf(path);
        // the name the user gave, not where it lies: pages show no absolute path and do not depend on it
        Path name = path.getFileName();
        String origin = name == null ? path.toString() : name.toString();
        List<UnitProblem> hostile = received.isRefused() ? received.problems()
                : received.problems().stream().filter(p -> p.code().isGuard()).toList();
        if (!hostile.isEmpty()) {
            // refused as a whole, or entries refused by the guards: a page says why (the rest is rendered)
            refused[0] = true;
            sources.add(RenderSource.refused(origin, hostile));
        }
        if (validator != null) {
            for (UnitProblem p : received.problems()) {
                builder.report(Inputs.issue(p, prefix));
            }
        }
        for (TransmissionUnit u : received.units()) {
            sources.add(RenderSource.of(u, prefix, origin));
            if (validator != null) {
                validator.validateFilesAndUnitRules(u, prefix, builder);
            }
            progress.tick(u.key().sequence().text());
        }
    }
}
