package io.github.careplanspec.validation.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The message bundles {@code ValidationMessages.properties} (English) and {@code ValidationMessages_ja.properties}
 * (Japanese), UTF-8, in this package of the module. Loaded as resources of this module (no
 * {@code ResourceBundle} locale fallback, so English never turns into the JVM's default language).
 *
 * <p>A message is a template with named parameters {@code {field}}, {@code {value}}, …; an unknown parameter stays
 * as written.
 */
public final class Messages {
    private static final Properties EN = load("ValidationMessages.properties");
    private static final Properties JA = load("ValidationMessages_ja.properties");

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
        return "ja".equals(locale.getLanguage());
    }

    /**
     * The template of a key in a language.
     *
     * @param key the key
     * @param locale the language (Japanese, else English)
     * @return the template, or {@code null} if the bundle lacks the key
     */
    public static String template(String key, Locale locale) {
        return (isJapanese(locale) ? JA : EN).getProperty(key);
    }

    /**
     * The short description of a rule.
     *
     * @param ruleId the rule id
     * @param locale the language
     * @return the text of {@code <ruleId>.title}, or the id if missing
     */
    public static String title(String ruleId, Locale locale) {
        String t = template(ruleId + ".title", locale);
        return t == null ? ruleId : t;
    }

    /**
     * Renders the message of a rule.
     *
     * @param ruleId the rule id (the message key)
     * @param locale the language
     * @param params the named parameters
     * @return the message
     */
    public static String render(String ruleId, Locale locale, Map<String, String> params) {
        String t = template(ruleId, locale);
        if (t == null) {
            return ruleId + " " + params;
        }
        return substitute(t, params);
    }

    static String substitute(String template, Map<String, String> params) {
        Objects.requireNonNull(params, "params");
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int i = 0;
        int n = template.length();
        while (i < n) {
            char c = template.charAt(i);
            if (c == '{') {
                int end = template.indexOf('}', i + 1);
                if (end > 0) {
                    String v = params.get(template.substring(i + 1, end));
                    if (v != null) {
                        sb.append(v);
                        i = end + 1;
                        continue;
                    }
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }
}
