package io.github.careplanspec.validation.report;

import io.github.careplanspec.model.issue.Severity;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0: one run whose driver lists every rule of {@link Rules#all()}; one result per kept issue with the
 * file as artifact and the record's starting line as region; the item No., 日本語名称, value and record index
 * in the result's property bag.
 */
final class SarifRenderer {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/careplanspec/careplan-spec";

    private SarifRenderer() {
    }

    static void write(ValidationReport r, OutputStream out, Locale locale) throws IOException {
        List<Rule> rules = Rules.all();
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < rules.size(); k++) {
            index.put(rules.get(k).id(), k);
        }
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "careplan-spec");
            g.writeStringField("informationUri", INFORMATION_URI);
            g.writeArrayFieldStart("rules");
            for (Rule rule : rules) {
                g.writeStartObject();
                g.writeStringField("id", rule.id());
                g.writeObjectFieldStart("shortDescription");
                g.writeStringField("text", rule.title(locale));
                g.writeEndObject();
                g.writeObjectFieldStart("fullDescription");
                g.writeStringField("text", rule.title(locale) + " (" + rule.spec() + ")");
                g.writeEndObject();
                g.writeObjectFieldStart("defaultConfiguration");
                // the level of the report's rule profile; "none" for a rule the profile turns off
                g.writeStringField("level", r.profile().severityOf(rule).map(SarifRenderer::level).orElse("none"));
                g.writeEndObject();
                g.writeObjectFieldStart("properties");
                g.writeStringField("spec", rule.spec());
                g.writeStringField("issueType", rule.type().name());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            g.writeStringField("profile", r.profile().name());
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (ValidationIssue i : r.issues()) {
                g.writeStartObject();
                g.writeStringField("ruleId", i.rule().id());
                Integer k = index.get(i.rule().id());
                if (k != null) {
                    g.writeNumberField("ruleIndex", k);
                }
                g.writeStringField("level", level(i.severity()));
                g.writeObjectFieldStart("message");
                g.writeStringField("text", i.message(locale));
                g.writeEndObject();
                if (i.file() != null) {
                    g.writeArrayFieldStart("locations");
                    g.writeStartObject();
                    g.writeObjectFieldStart("physicalLocation");
                    g.writeObjectFieldStart("artifactLocation");
                    g.writeStringField("uri", uri(i.file()));
                    g.writeEndObject();
                    if (i.line() > 0) {
                        g.writeObjectFieldStart("region");
                        g.writeNumberField("startLine", i.line());
                        g.writeEndObject();
                    }
                    g.writeEndObject();
                    g.writeEndObject();
                    g.writeEndArray();
                }
                g.writeObjectFieldStart("properties");
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
                g.writeStringField("messageJa", i.messageJa());
                g.writeStringField("messageEn", i.messageEn());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    static String level(Severity s) {
        return s == Severity.ERROR ? "error" : "warning";
    }

    /** A relative URI reference: characters outside the unreserved/sub-delims set are percent-encoded (UTF-8). */
    static String uri(String file) {
        StringBuilder sb = new StringBuilder();
        for (byte b : file.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=:@/"
                    .indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }
}
