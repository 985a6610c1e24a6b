package io.github.careplanspec.examples.corpus;

import io.github.careplanspec.validation.FileValidator;
import io.github.careplanspec.validation.report.ValidationIssue;
import io.github.careplanspec.validation.report.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs our validator on a case's files, the way the corpus records its expectations. */
final class CorpusRunner {
    private CorpusRunner() {
    }

    static List<ConformanceCorpus.ExpectedIssue> validate(Map<String, byte[]> files) throws IOException {
        ValidationReport.Builder b = ValidationReport.builder();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            FileValidator.standard().validate(new ByteArrayInputStream(e.getValue()), e.getKey(), b);
        }
        List<ConformanceCorpus.ExpectedIssue> out = new ArrayList<>();
        for (ValidationIssue i : b.build().issues()) {
            out.add(new ConformanceCorpus.ExpectedIssue(i.rule().id(), i.severity().id(), i.file(), i.line(),
                    i.column()));
        }
        return out;
    }
}
