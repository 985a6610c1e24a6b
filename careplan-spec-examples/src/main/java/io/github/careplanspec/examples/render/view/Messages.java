package io.github.careplanspec.examples.render.view;

import io.github.careplanspec.model.issue.IssueId;
import java.util.Locale;
import java.util.Objects;

/**
 * The page texts (headings, notices, labels) in the page's language: the {@code render.…} keys of the one bundle
 * pair ({@code io/github/careplanspec/model/issue/Messages(_ja).properties}).
 */
public final class Messages {
    private final boolean ja;

    private Messages(boolean ja) {
        this.ja = ja;
    }

    /**
     * The texts of a language.
     *
     * @param locale Japanese, else English
     * @return the texts
     */
    public static Messages of(Locale locale) {
        return new Messages(io.github.careplanspec.model.issue.Messages.isJapanese(Objects.requireNonNull(locale,
                "locale")));
    }

    /**
     * A text.
     *
     * @param key its key below {@code render.}, e.g. {@code t1.title}
     * @param params its parameters {@code {0}}, {@code {1}}, …
     * @return the text
     * @throws IllegalStateException if there is no such text
     */
    public String t(String key, Object... params) {
        return io.github.careplanspec.model.issue.Messages.text(IssueId.of("render." + key), locale(), params);
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
