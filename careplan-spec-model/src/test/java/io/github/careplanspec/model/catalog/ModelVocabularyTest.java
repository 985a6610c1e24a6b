package io.github.careplanspec.model.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Messages;
import io.github.careplanspec.model.kyotaku.ServiceTypeLimitSlot;
import io.github.careplanspec.model.kyotaku.UserSupplement;
import io.github.careplanspec.model.name.FileNameCode;
import io.github.careplanspec.model.name.NamePart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 3: the model's vocabulary (file-name problems, expectations, refused values) keys into the one
 * bundle pair, renders in both languages, and its exceptions carry an id and parameters.
 */
class ModelVocabularyTest {
    private static final Pattern JAPANESE = Pattern.compile("[\\u3040-\\u30ff\\u3400-\\u9fff\\uff00-\\uffef\\u3000-\\u303f]");

    static Map<String, String> block(String resource) throws IOException {
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int at = text.indexOf("# --- b14-csvmsg");
            assertTrue(at >= 0, resource + " has the b14-csvmsg block");
            Map<String, String> out = new LinkedHashMap<>();
            for (String line : text.substring(at).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    int eq = line.indexOf('=');
                    assertTrue(out.put(line.substring(0, eq), line.substring(eq + 1)) == null, "duplicate " + line);
                }
            }
            return out;
        }
    }

    @Test
    void everyKeyOfTheBlockIsInBothBundlesInOneOrderJapaneseOnlyInJapanese() throws IOException {
        Map<String, String> en = block("Messages.properties");
        Map<String, String> ja = block("Messages_ja.properties");
        assertEquals(new ArrayList<>(en.keySet()), new ArrayList<>(ja.keySet()));
        for (String k : en.keySet()) {
            assertFalse(JAPANESE.matcher(en.get(k)).find(), k + " (en) holds Japanese: " + en.get(k));
            assertTrue(JAPANESE.matcher(ja.get(k)).find(), k + " (ja) holds no Japanese: " + ja.get(k));
            assertNotNull(Messages.text(IssueId.of(k), Locale.ENGLISH, "x", "y", "z", "w", "v"));
            assertNotNull(Messages.text(IssueId.of(k), Locale.JAPANESE, "x", "y", "z", "w", "v"));
        }
    }

    @Test
    void everyFileNameCodeAndNamePartRendersInBothLanguages() {
        for (FileNameCode c : FileNameCode.values()) {
            assertTrue(c.key().startsWith("name."), c.key());
            String ja = Messages.text(c, Locale.JAPANESE, "A", "B", "C");
            String en = Messages.text(c, Locale.ENGLISH, "A", "B", "C");
            assertTrue(JAPANESE.matcher(ja).find(), c + " ja: " + ja);
            assertFalse(JAPANESE.matcher(en).find(), c + " en: " + en);
        }
        for (NamePart p : NamePart.values()) {
            assertTrue(JAPANESE.matcher(p.labelJa()).find(), p + " ja: " + p.labelJa());
            assertFalse(JAPANESE.matcher(p.labelEn()).find(), p + " en: " + p.labelEn());
        }
        assertEquals("送信元の事業所番号", NamePart.SENDER_OFFICE.labelJa());
        assertEquals("sender office number", NamePart.SENDER_OFFICE.labelEn());
    }

    @Test
    void everyCodecExpectationRendersInBothLanguages() {
        int seen = 0;
        for (FileKind kind : FileKind.values()) {
            if (Catalog.recordType(kind).isEmpty()) {
                continue;
            }
            RecordLayout<? extends Record> layout = Catalog.layout(kind);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < layout.size(); i++) {
                texts.add("!");
            }
            for (FieldProblem p : layout.parse(texts).problems()) {
                seen++;
                String ja = p.expected(Locale.JAPANESE);
                String en = p.expected(Locale.ENGLISH);
                assertTrue(JAPANESE.matcher(ja).find(), p.column() + ": " + ja);
                assertFalse(JAPANESE.matcher(en).find(), p.column() + ": " + en);
                assertEquals(en, p.expectation().toString());
            }
        }
        assertTrue(seen > 100, "every typed item refuses '!': " + seen);
        Phrase nested = Phrase.of("model.expected.code", Phrase.literal("[1, 2]"));
        assertEquals("[1, 2] のいずれか", nested.text(Locale.JAPANESE));
        assertEquals("one of [1, 2]", nested.text(Locale.ENGLISH));
    }

    @Test
    void refusedValuesCarryAnIdAndParametersAndRenderInTheCatchersLanguage() {
        InvalidValueException negative = assertThrows(InvalidValueException.class,
                () -> new ServiceTypeLimitSlot(null, -1, null, null));
        assertEquals("model.value.negative", negative.id().key());
        assertEquals(List.of("支給限度基準額", -1), negative.params());
        assertEquals("支給限度基準額: cannot be negative: -1", negative.getMessage());
        assertEquals("支給限度基準額: 負の値は書けません: -1", negative.message(Locale.JAPANESE));

        UserSupplement.Builder b = UserSupplement.builder();
        for (int i = 0; i < UserSupplement.SERVICE_TYPE_SLOTS; i++) {
            b.addServiceTypeLimit(ServiceTypeLimitSlot.of(io.github.careplanspec.model.ServiceTypeCode.parse("11"),
                    1, 1, 0));
        }
        InvalidValueException full = assertThrows(InvalidValueException.class, () -> b.addServiceTypeLimit(
                ServiceTypeLimitSlot.of(io.github.careplanspec.model.ServiceTypeCode.parse("12"), 1, 1, 0)));
        assertEquals("model.supplement.slotsUsed", full.id().key());
        assertEquals(List.of(9), full.params());
        assertEquals("all 9 service type slots are used", full.getMessage());
        assertEquals("サービス種類の枠は9つとも使用済みです", full.message(Locale.JAPANESE));
    }
}
