package io.github.careplanspec.examples.cli;

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
}
