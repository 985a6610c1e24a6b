package io.github.careplanspec.examples.render.view;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/** The page texts (headings, notices) in the page's language, from the {@code messages} bundle of the renderer. */
public final class Messages {
    private final ResourceBundle bundle;
    private final boolean ja;

    private Messages(ResourceBundle bundle, boolean ja) {
        this.bundle = bundle;
        this.ja = ja;
    }

    /**
     * The texts of a language.
     *
     * @param locale Japanese, else English
     * @return the texts
     */
    public static Messages of(Locale locale) {
        boolean ja = Objects.requireNonNull(locale, "locale").getLanguage().equals(Locale.JAPANESE.getLanguage());
        // both bundles exist, so the default locale never takes part in the lookup
        return new Messages(ResourceBundle.getBundle("io.github.careplanspec.examples.render.messages",
                ja ? Locale.JAPANESE : Locale.ENGLISH), ja);
    }

    /**
     * A text.
     *
     * @param key its key
     * @return the text
     * @throws MissingResourceException if there is no such text
     */
    public String t(String key) {
        return bundle.getString(key);
    }

    /** @return the page's {@code lang}: {@code ja} or {@code en} */
    public String lang() {
        return ja ? "ja" : "en";
    }

    /** @return the language's locale */
    public Locale locale() {
        return ja ? Locale.JAPANESE : Locale.ENGLISH;
    }
}
