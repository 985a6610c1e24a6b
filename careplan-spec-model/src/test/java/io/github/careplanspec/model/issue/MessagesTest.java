package io.github.careplanspec.model.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final Pattern PARAM = Pattern.compile("\\{(\\d+)}");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> params(String template) {
        Set<String> s = new TreeSet<>();
        Matcher m = PARAM.matcher(template);
        while (m.find()) {
            s.add(m.group(1));
        }
        return s;
    }

    @Test
    void bothBundlesHoldTheSameKeysWithTheSameParameters() throws IOException {
        Properties en = load("Messages.properties");
        Properties ja = load("Messages_ja.properties");
        assertFalse(en.isEmpty());
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(ja.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertEquals(params(en.getProperty(key)), params(ja.getProperty(key)), key);
            assertFalse(en.getProperty(key).isBlank(), key);
            assertFalse(ja.getProperty(key).isBlank(), key);
        }
    }

    @Test
    void rendersInTheLanguageAskedForWithoutLocaleNumberGrouping() {
        IssueId id = IssueId.of("UNIT013");
        assertEquals("エントリ数が上限 10000 を超えています", Messages.text(id, Locale.JAPANESE, 10_000));
        assertEquals("more entries than the limit of 10000", Messages.text(id, Locale.ENGLISH, 10_000));
        // any language but Japanese is English, never the JVM's default
        assertEquals("more entries than the limit of 10000", Messages.text(id, Locale.GERMAN, 10_000));
        assertEquals("more entries than the limit of ", Messages.text(id, Locale.ENGLISH, (Object) null));
        // '' is one apostrophe in a MessageFormat pattern
        assertEquals("value 'x' is not a date", Messages.text(IssueId.of("CSV015"), Locale.ENGLISH, "x", "a date"));
    }

    @Test
    void anUnknownIdIsABugNotASilentText() {
        assertThrows(IllegalStateException.class, () -> Messages.text(IssueId.of("NOPE001"), Locale.ENGLISH));
    }

    @Test
    void severityLabels() {
        assertEquals("error", Severity.ERROR.id());
        assertEquals("エラー", Severity.ERROR.labelJa());
        assertEquals("警告", Severity.WARNING.label(Locale.JAPAN));
        assertEquals("warning", Severity.WARNING.label(Locale.ENGLISH));
        assertTrue(Messages.isJapanese(Locale.JAPAN));
    }
}
