package io.github.careplanspec.validation.report;

import io.github.careplanspec.model.issue.Severity;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import io.github.careplanspec.model.issue.Messages;
import io.github.careplanspec.validation.text.Words;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML in the Ant/Surefire shape that Jenkins, GitLab and GitHub read: one {@code testsuite}, one
 * {@code testcase} per file (plus one for issues without a file); a file with errors has one {@code failure}
 * listing them; warnings go to the test case's {@code system-out}.
 */
final class JUnitXmlRenderer {
    private static final String NO_FILE = "(no file)";

    private JUnitXmlRenderer() {
    }

    static void write(ValidationReport r, OutputStream out, Locale locale) {
        Map<String, List<ValidationIssue>> byFile = new LinkedHashMap<>();
        for (ValidationReport.FileSummary f : r.files()) {
            byFile.put(f.file(), new ArrayList<>());
        }
        for (ValidationIssue i : r.issues()) {
            byFile.computeIfAbsent(i.file() == null ? NO_FILE : i.file(), k -> new ArrayList<>()).add(i);
        }
        int failures = 0;
        for (List<ValidationIssue> l : byFile.values()) {
            if (l.stream().anyMatch(i -> i.severity() == Severity.ERROR)) {
                failures++;
            }
        }
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("testsuite");
            w.writeAttribute("name", "careplan-spec " + ValidationReport.SPEC);
            w.writeAttribute("tests", Integer.toString(byFile.size()));
            w.writeAttribute("failures", Integer.toString(failures));
            w.writeAttribute("errors", "0");
            w.writeAttribute("skipped", "0");
            w.writeCharacters("\n");
            w.writeStartElement("properties");
            w.writeEmptyElement("property");
            w.writeAttribute("name", "profile");
            w.writeAttribute("value", r.profile().name());
            w.writeEndElement();
            w.writeCharacters("\n");
            for (Map.Entry<String, List<ValidationIssue>> e : byFile.entrySet()) {
                w.writeStartElement("testcase");
                w.writeAttribute("classname", "careplan-spec");
                w.writeAttribute("name", e.getKey());
                StringBuilder errors = new StringBuilder();
                StringBuilder warnings = new StringBuilder();
                int nErrors = 0;
                for (ValidationIssue i : e.getValue()) {
                    String line = line(i, locale);
                    if (i.severity() == Severity.ERROR) {
                        errors.append(line).append('\n');
                        nErrors++;
                    } else {
                        warnings.append(line).append('\n');
                    }
                }
                if (nErrors > 0) {
                    w.writeStartElement("failure");
                    w.writeAttribute("type", "validation");
                    w.writeAttribute("message", Messages.text(Words.JUNIT_FAILURE, locale, nErrors));
                    w.writeCharacters(errors.toString());
                    w.writeEndElement();
                }
                if (warnings.length() > 0) {
                    w.writeStartElement("system-out");
                    w.writeCharacters(warnings.toString());
                    w.writeEndElement();
                }
                w.writeEndElement();
                w.writeCharacters("\n");
            }
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String line(ValidationIssue i, Locale locale) {
        StringBuilder sb = new StringBuilder();
        sb.append(i.severity().id()).append(' ').append(i.rule().id());
        if (i.line() > 0) {
            sb.append(" line ").append(i.line());
        }
        if (i.record() > 0) {
            sb.append(" record ").append(i.record());
        }
        if (i.column() > 0) {
            sb.append(" No.").append(i.column());
        }
        return sb.append(": ").append(i.message(locale)).toString();
    }
}
