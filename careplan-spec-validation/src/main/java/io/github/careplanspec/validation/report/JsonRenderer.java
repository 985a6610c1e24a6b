package io.github.careplanspec.validation.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON report, the published contract ({@code docs/validation-report.schema.json}, JSON Schema 2020-12):
 * {@code spec}, {@code files}, {@code issues}, {@code summary}. Location members that do not apply are omitted.
 */
final class JsonRenderer {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonRenderer() {
    }

    static void write(ValidationReport r, OutputStream out, Locale locale) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("spec", ValidationReport.SPEC);
            g.writeStringField("profile", r.profile().name());
            g.writeArrayFieldStart("files");
            for (ValidationReport.FileSummary f : r.files()) {
                g.writeStartObject();
                g.writeStringField("file", f.file());
                if (f.kind() != null) {
                    g.writeStringField("kind", f.kind());
                }
                g.writeNumberField("records", f.records());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("issues");
            for (ValidationIssue i : r.issues()) {
                g.writeStartObject();
                g.writeStringField("rule", i.rule().id());
                g.writeStringField("severity", i.severity().id());
                if (i.file() != null) {
                    g.writeStringField("file", i.file());
                }
                if (i.line() > 0) {
                    g.writeNumberField("line", i.line());
                }
                if (i.record() > 0) {
                    g.writeNumberField("record", i.record());
                }
                if (i.column() > 0) {
                    g.writeNumberField("column", i.column());
                }
                if (i.field() != null) {
                    g.writeStringField("field", i.field());
                }
                if (i.value() != null) {
                    g.writeStringField("value", i.value());
                }
                g.writeStringField("message", i.message(locale));
                g.writeObjectFieldStart("messages");
                g.writeStringField("ja", i.messageJa());
                g.writeStringField("en", i.messageEn());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", r.files().size());
            g.writeNumberField("records", r.records());
            g.writeNumberField("errors", r.errors());
            g.writeNumberField("warnings", r.warnings());
            g.writeBooleanField("truncated", r.truncated());
            g.writeObjectFieldStart("rules");
            for (Map.Entry<Rule, Long> e : r.counts().entrySet()) {
                g.writeNumberField(e.getKey().id(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
    }
}
