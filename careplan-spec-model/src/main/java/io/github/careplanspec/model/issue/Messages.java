package io.github.careplanspec.model.issue;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one message bundle pair of every layer: {@code Messages.properties} (English) and
 * {@code Messages_ja.properties} (Japanese), UTF-8, in this package. Loaded as resources of this module, with no
 * {@code ResourceBundle} locale fallback (English never turns into the JVM's default language).
 *
 * <p>Templates are ICU {@link MessageFormat} patterns with numbered ({@code {0}}, {@code {1}}, …) or named
 * ({@code {field}}, {@code {value}}, …) arguments; {@code ''} is an apostrophe, and a single apostrophe that does not
 * precede a brace is itself (ICU's default apostrophe mode, so {@code file's} and {@code file''s} both render
 * {@code file's}). Parameters are rendered as texts: {@code null} as nothing, a {@link Localized} in the message's
 * language, anything else with {@link String#valueOf(Object)} (so numbers are never grouped by locale). An argument
 * without a parameter stays as written ({@code {name}}). Thread-safe.
 */
public final class Messages {
    private static final Properties EN = load("Messages.properties");
    private static final Properties JA = load("Messages_ja.properties");
    private static final Map<String, MessageFormat> EN_FORMATS = new ConcurrentHashMap<>();
    private static final Map<String, MessageFormat> JA_FORMATS = new ConcurrentHashMap<>();

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
     * The text of an id in a language, with positional parameters.
     *
     * @param id the id (the message key)
     * @param locale the language (Japanese, else English)
     * @param params the parameters {@code {0}}, {@code {1}}, …
     * @return the text
     * @throws IllegalStateException if the bundle of that language lacks the key (a bug, caught by the tests)
     */
    public static String text(IssueId id, Locale locale, Object... params) {
        return format(id, locale, positional(params));
    }

    /**
     * The text of an id in a language, with named parameters (a positional {@code {0}} is the name {@code "0"}).
     *
     * @param id the id (the message key)
     * @param locale the language (Japanese, else English)
     * @param params the parameters by name
     * @return the text
     * @throws IllegalStateException if the bundle of that language lacks the key (a bug, caught by the tests)
     */
    public static String format(IssueId id, Locale locale, Map<String, ?> params) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(params, "params");
        boolean ja = isJapanese(locale);
        MessageFormat f = (ja ? JA_FORMATS : EN_FORMATS).computeIfAbsent(id.key(), k -> {
            String t = (ja ? JA : EN).getProperty(k);
            if (t == null) {
                throw new IllegalStateException("no message for " + k + " in " + (ja ? "ja" : "en"));
            }
            return new MessageFormat(t, ULocale.ROOT);
        });
        Map<String, Object> texts = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : params.entrySet()) {
            texts.put(e.getKey(), render(e.getValue(), locale));
        }
        synchronized (f) {
            return f.format(texts);
        }
    }

    private static String render(Object v, Locale locale) {
        if (v == null) {
            return "";
        }
        return v instanceof Localized l ? l.text(locale) : String.valueOf(v);
    }

    /** Positional parameters as names {@code "0"}, {@code "1"}, …. */
    static Map<String, Object> positional(Object... params) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i++) {
            m.put(Integer.toString(i), params[i]);
        }
        return m;
    }
}
