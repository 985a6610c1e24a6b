package io.github.careplanspec.validation.rules;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.kyotaku.CarePlanTable1;
import io.github.careplanspec.validation.CarePlanValidator;
import io.github.careplanspec.validation.report.Rules;
import io.github.careplanspec.validation.report.ValidationIssue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Take a valid file, break one cell at random, and the report names that record and that column; nothing fires
 * on the unbroken file.
 */
class MutationPropertyTest {
    private static final int RECORDS = 5;
    private static final List<ColumnSpec> COLUMNS = RecordLayout.of(CarePlanTable1.class).columns();

    /** Breakers that make any item invalid: 外字, a character outside MS932, emptiness (必須 only), overlength. */
    private static String breakText(String text, ColumnSpec c, int how, int pos) {
        int at = text.isEmpty() ? 0 : pos % (text.length() + 1);
        switch (how) {
            case 0:
                return text.substring(0, at) + '\uE001' + text.substring(at);
            case 1:
                return text.substring(0, at) + "\uD83D\uDE00" + text.substring(at);
            case 2:
                if (c.required()) {
                    return "";
                }
                return text + '\u00E9';
            default:
                if (!c.isFreeLength()) {
                    return "1".repeat(c.length() + 1 + pos % 3);
                }
                return '\u00A9' + text;
        }
    }

    private static List<ValidationIssue> run(int brokenRecord, int brokenColumn, int how, int pos) {
        List<ValidationIssue> out = new ArrayList<>();
        CarePlanValidator.FileValidation f = CarePlanValidator.standard()
                .startFile(FileContext.of("UP1KYO_T.CSV", FileKind.UP1KYO), out::add);
        for (int r = 1; r <= RECORDS; r++) {
            String[] t = Samples.table1Texts();
            if (r == brokenRecord) {
                t[brokenColumn - 1] = breakText(t[brokenColumn - 1], COLUMNS.get(brokenColumn - 1), how, pos);
            }
            f.accept(2L * r - 1, t);
        }
        f.finish();
        return out;
    }

    @Test
    void validFileHasNoIssue() {
        if (!run(0, 1, 0, 0).isEmpty()) {
            throw new AssertionError(run(0, 1, 0, 0).toString());
        }
    }

    @Test
    void oneBrokenCellIsNamedByRecordAndColumn() {
        qt().withExamples(300).forAll(integers().between(1, RECORDS), integers().between(1, COLUMNS.size()),
                integers().between(0, 3), integers().between(0, 1000))
                .check((rec, col, how, pos) -> {
                    List<ValidationIssue> issues = run(rec, col, how, pos);
                    // breaking record 1's CSVバージョン makes the other records differ from the first (R11)
                    return issues.stream().allMatch(i -> i.record() == rec
                            || col == 1 && i.rule() == Rules.R11_MIXED && i.column() == 1)
                            && issues.stream().anyMatch(i -> i.column() == col && i.line() == 2L * rec - 1);
                });
    }
}
