package io.github.careplanspec.examples.cli;

import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Messages;
import java.util.Locale;

/** The language of reports and messages ({@code --lang}). */
enum Lang {
    /** Japanese, the default. */
    ja(Locale.JAPANESE),
    /** English. */
    en(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    boolean isJa() {
        return this == ja;
    }

    /**
     * A message of the one bundle pair in this language.
     *
     * @param key its key ({@code cli.…}, {@code db.…})
     * @param params its parameters
     * @return the text
     */
    String text(String key, Object... params) {
        return Messages.text(IssueId.of(key), locale, params);
    }
}
