package io.github.careplanspec.model.name;

import io.github.careplanspec.model.catalog.Phrase;
import io.github.careplanspec.model.issue.Messages;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a text is not an interface file name of the spec (ファイル名の誤り): the wrong part, the problem's stable id and
 * its parameters. The message for people is rendered at the edge, in the language asked for, by
 * {@link #message(Locale)}.
 *
 * @param fileName the text that was examined
 * @param part     the part that is wrong
 * @param id       what is wrong (the message key)
 * @param params   the message's parameters {@code {0}}, {@code {1}}, … (texts and numbers; see {@link FileNameCode})
 * @serial exclude
 */
public record FileNameProblem(String fileName, NamePart part, FileNameCode id, List<Object> params)
        implements Serializable {
    /**
     * Checks that no component is null and copies the parameters.
     *
     * @param fileName the text that was examined
     * @param part     the part that is wrong
     * @param id       what is wrong
     * @param params   the message's parameters
     */
    public FileNameProblem {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(id, "id");
        params = Collections.unmodifiableList(new ArrayList<>(params));
    }

    /** @return what is wrong as a phrase (id and parameters), to render in a message of another layer */
    public Phrase phrase() {
        return new Phrase(id, params);
    }

    /**
     * What is wrong, for people.
     *
     * @param locale the language (Japanese, else English)
     * @return the message, without the file name
     */
    public String message(Locale locale) {
        return Messages.text(id, locale, params.toArray());
    }

    /**
     * A thin forwarder kept for existing callers; prefer {@link #message(Locale)}.
     *
     * @return the message in Japanese
     */
    public String messageJa() {
        return message(Locale.JAPANESE);
    }

    /**
     * A thin forwarder kept for existing callers; prefer {@link #message(Locale)}.
     *
     * @return the message in English
     */
    public String messageEn() {
        return message(Locale.ENGLISH);
    }

    /** @return the problem as an exception, to throw */
    public InvalidFileNameException toException() {
        return new InvalidFileNameException(this);
    }

    /** @return the English message with the file name: {@code 'name': message} */
    @Override
    public String toString() {
        return "'" + fileName + "': " + message(Locale.ENGLISH);
    }
}
