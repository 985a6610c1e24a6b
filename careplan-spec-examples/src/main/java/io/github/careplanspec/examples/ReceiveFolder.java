package io.github.careplanspec.examples;

import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Messages;
import io.github.careplanspec.model.name.FileNameResult;
import io.github.careplanspec.model.name.InterfaceFileName;
import io.github.careplanspec.validation.FileValidator;
import io.github.careplanspec.validation.report.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Example: receive a folder, group its files into transmission units (same ファイル連番, R21) and process the units in
 * ascending sequence (R22), parents before dependents. Run:
 * {@code java -cp careplan-spec.jar io.github.careplanspec.examples.ReceiveFolder inbox/}.
 */
public final class ReceiveFolder {
    /** The language of the messages (from the one bundle pair, model/issue/Messages): Locale.ENGLISH for English. */
    private static final Locale LANGUAGE = Locale.JAPANESE;

    private ReceiveFolder() {
    }

    /**
     * Processes the folder.
     *
     * @param args the folder
     * @throws Exception on I/O failure
     */
    public static void main(String[] args) throws Exception {
        Map<String, List<InterfaceFileName>> units = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                FileNameResult r = InterfaceFileName.parseOrProblem(p.getFileName().toString());
                if (r.isValid()) {
                    InterfaceFileName n = r.name().orElseThrow();
                    units.computeIfAbsent(n.sequence().text() + n.tail(), k -> new ArrayList<>()).add(n);
                } else {
                    // FileNameProblem's text in the language of the messages below
                    System.err.println(Messages.text(IssueId.of("example.receive.skipped"), LANGUAGE,
                            r.problem().orElseThrow().message(LANGUAGE)));
                }
            }
        }
        for (List<InterfaceFileName> unit : units.values()) {
            unit.sort(Comparator.comparingInt((InterfaceFileName n) -> n.kind().processingRank())); // R22
            ValidationReport.Builder report = ValidationReport.builder();
            for (InterfaceFileName n : unit) {
                FileValidator.standard().validate(Path.of(args[0], n.format()), report);
            }
            ValidationReport r = report.build();
            System.out.println(r.isValid()
                    ? Messages.text(IssueId.of("example.receive.import"), LANGUAGE, unit.get(0).sequence(), unit.size())
                    : Messages.text(IssueId.of("example.receive.reject"), LANGUAGE, unit.get(0).sequence(), unit.size(),
                            r.errors()));
            // a real receiver would now import the unit's records in this order, or reject the whole unit
        }
    }
}
