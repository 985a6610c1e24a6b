package io.github.careplanspec.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.code.LivingSupportReason;
import io.github.careplanspec.model.kyotaku.CarePlanTable1;
import io.github.careplanspec.model.name.InterfaceFileName;
import io.github.careplanspec.validation.CarePlanValidator;
import io.github.careplanspec.validation.report.Rules;
import io.github.careplanspec.validation.report.ValidationIssue;
import io.github.careplanspec.validation.report.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileAndRecordRulesTest {
    private static final String FILE = "UP1KYO_0300000100_43_0300000005_11_20250401120000.CSV";

    private static List<ValidationIssue> validateFile(String... versions) {
        List<ValidationIssue> out = new ArrayList<>();
        CarePlanValidator.FileValidation f = CarePlanValidator.standard()
                .startFile(FileContext.of(FILE, FileKind.UP1KYO), out::add);
        int line = 1;
        for (String v : versions) {
            String[] t = Samples.table1Texts();
            t[0] = v;
            f.accept(line, t);
            line += 2; // the sample's free text holds one line break
        }
        assertEquals(versions.length, f.finish());
        return out;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "202407|",
        "202504|R12.202504",
        "202410|R12.202410",
        "201910|R12.older",
        "202003|R12.older",
        "202208|R12.older",
        "202501|R12.unknown",
        "202404|R12.unknown",
        "2024xx|R11.format",
    })
    void csvVersionTable(String version, String rule) {
        List<ValidationIssue> issues = validateFile(version);
        if (rule == null) {
            assertEquals(List.of(), issues);
            assertNull(CsvVersionRule.ruleFor(version));
            return;
        }
        assertEquals(1, issues.size(), issues.toString());
        ValidationIssue i = issues.get(0);
        assertEquals(rule, i.rule().id());
        assertEquals(1, i.column());
        assertEquals(1, i.record());
        assertEquals(1, i.line());
        assertEquals(FILE, i.file());
        assertEquals(version, i.value());
    }

    @Test
    void versionMessagesSayWhatTheValueIs() {
        assertTrue(validateFile("202504").get(0).messageJa().contains("202407"));
        assertTrue(validateFile("202504").get(0).messageEn().contains("V4.0"));
        ValidationIssue i = validateFile("202410").get(0);
        assertTrue(i.messageEn().contains("V4.1 value is 202407"), i.messageEn());
        assertTrue(i.messageJa().contains("第4.1版の値は202407"), i.messageJa());
        ValidationIssue older = validateFile("202003").get(0);
        assertTrue(older.messageEn().contains("2nd edition"), older.messageEn());
        assertTrue(older.messageJa().contains("202003は第2版"), older.messageJa());
    }

    @Test
    void oneVersionPerFile() {
        List<ValidationIssue> issues = validateFile("202407", "202407", "202504", "202407");
        assertEquals(1, issues.size(), issues.toString());
        ValidationIssue i = issues.get(0);
        assertEquals(Rules.R11_MIXED, i.rule());
        assertEquals(3, i.record());
        assertEquals(5, i.line());
        assertEquals("202407", i.params().get("first"));
        assertEquals(List.of(), validateFile("202407", "202407"));
    }

    @Test
    void sameSenderAndReceiverIsAWarningFromTheNameAlone() {
        List<ValidationIssue> out = new ArrayList<>();
        FileContext same = new FileContext("UPPLAN_202504_0300000100_43_0300000100_43_20250401120000.CSV",
                FileKind.UPPLAN, "202504", "0300000100", "43", "0300000100", "43", "20250401120000");
        new SameOfficeRule().start(same, out::add);
        assertEquals(1, out.size());
        assertEquals(Rules.R18_SAME_OFFICE, out.get(0).rule());
        assertEquals(0, out.get(0).line());
        assertTrue(out.get(0).messageJa().contains("0300000100"));

        out.clear();
        FileContext other = new FileContext("x.CSV", FileKind.UPPLAN, "202504", "0300000100", "43", "0300000005",
                "11", "20250401120000");
        new SameOfficeRule().start(other, out::add);
        FileContext sameOfficeOtherService = new FileContext("y.CSV", FileKind.UPPLAN, "202504", "0300000100", "43",
                "0300000100", "11", "20250401120000");
        new SameOfficeRule().start(sameOfficeOtherService, out::add);
        assertEquals(List.of(), out);
    }

    @Test
    void sameOfficeFromAParsedFileName() {
        List<ValidationIssue> out = new ArrayList<>();
        String name = "UPPLAN_202504_0300000100_43_0300000100_43_20250401120000.CSV";
        FileContext ctx = FileContext.of("a.zip!/" + name, InterfaceFileName.parse(name));
        assertEquals("202504", ctx.month());
        assertEquals("20250401120000", ctx.sequence());
        new SameOfficeRule().start(ctx, out::add);
        assertEquals(List.of(Rules.R18_SAME_OFFICE), out.stream().map(ValidationIssue::rule).toList());
        assertEquals("a.zip!/" + name, out.get(0).file());
    }

    @Test
    void r39OtherReasonNeedsItsText() {
        CarePlanTable1 bad = Samples.table1().toBuilder().livingSupportReason(LivingSupportReason.OTHER).build();
        List<ValidationIssue> issues = CarePlanValidator.standard().validate(bad);
        assertEquals(1, issues.size(), issues.toString());
        assertEquals(Rules.R39, issues.get(0).rule());
        assertEquals(26, issues.get(0).column());
        assertEquals("その他理由", issues.get(0).field());

        CarePlanTable1 good = bad.toBuilder().otherReason("家族が遠方に住んでいるため").build();
        assertEquals(List.of(), CarePlanValidator.standard().validate(good));
        assertEquals(List.of(), CarePlanValidator.standard().validate(Samples.table1()));
    }

    @Test
    void recordRulesSeeTextsReadFromAFile() {
        String[] t = Samples.table1Texts();
        t[24] = "3";
        List<ValidationIssue> out = new ArrayList<>();
        CarePlanValidator.standard().validate(RecordLayout.of(CarePlanTable1.class), t,
                new RecordLocation(FILE, 4, 2), out::add);
        assertEquals(List.of(Rules.R39), out.stream().map(ValidationIssue::rule).toList());
        assertEquals(4, out.get(0).line());
    }

    @Test
    void reportCollectsFilesAndCountsExactly() {
        ValidationReport.Builder b = ValidationReport.builder().maxIssuesPerRule(2);
        CarePlanValidator.FileValidation f = CarePlanValidator.standard()
                .startFile(FileContext.of(FILE, FileKind.UP1KYO), b);
        for (int k = 0; k < 5; k++) {
            String[] t = Samples.table1Texts();
            t[1] = "1";
            f.accept(1 + 2L * k, t);
        }
        b.file(FILE, "UP1KYO", f.finish());
        ValidationReport r = b.build();
        assertEquals(5L, r.counts().get(Rules.R10_INSURER));
        assertEquals(2, r.issues().size());
        assertTrue(r.truncated());
        assertEquals(5, r.errors());
        assertEquals(5, r.records());
    }
}
