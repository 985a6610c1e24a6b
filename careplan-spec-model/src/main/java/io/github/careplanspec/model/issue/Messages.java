package io.github.careplanspec.model.issue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * The one message bundle pair of every layer: {@code Messages.properties} (English) and
 * {@code Messages_ja.properties} (Japanese), UTF-8, in this package. Loaded as resources of this module, with no
 * {@code ResourceBundle} locale fallback (English never turns into the JVM's default language). Templates are
 * {@link MessageFormat} patterns ({@code {0}}, {@code {1}}, …; {@code ''} for an apostrophe); parameters are
 * rendered with {@link String#valueOf(Object)}, so numbers are never grouped by locale, and {@code null} renders as
 * nothing. Thread-safe.
 */
public final class Messages {
    private static final Properties EN = load("Messages.properties");
    private static final Properties JA = load("Messages_ja.properties");

    private Messages() {
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * Whether a locale selects the Japanese messages.
     *
     * @param locale the locale
     * @return whether its language is Japanese
     */
    public static boolean isJapanese(Locale locale) {
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage());
    }

    /**
     * The template of an id in a language.
     *
     * @param id the id
     * @param locale the language (Japanese, else English)
     * @return the template, or {@code null} if the bundle lacks the key
     */
    public static String template(IssueId id, Locale locale) {
        return (isJapanese(locale) ? JA : EN).getProperty(id.key());
    }

    /**
     * The text of an id in a language, with its parameters.
     *
     * @param id the id (the message key)
     * @param locale the language (Japanese, else English)
     * @param params the parameters {@code {0}}, {@code {1}}, …
     * @return the text
     * @throws IllegalStateException if the bundle of that language lacks the key (a bug, caught by the tests)
     */
    public static String text(IssueId id, Locale locale, Object... params) {
        Objects.requireNonNull(locale, "locale");
        String t = template(id, locale);
        if (t == null) {
            throw new IllegalStateException("no message for " + id.key() + " in " + (isJapanese(locale) ? "ja" : "en"));
        }
        Object[] texts = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            texts[i] = params[i] == null ? "" : String.valueOf(params[i]);
        }
        return new MessageFormat(t, Locale.ROOT).format(texts);
    }
}
