package io.github.careplanspec.model.name;

import io.github.careplanspec.model.issue.Keyed;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text is not an interface file name of the spec (不正なファイル名, R15–R18); {@link #part()} names the wrong part,
 * {@link #id()} and {@link #params()} say what is wrong. {@link #getMessage()} is English (for logs); the catcher
 * renders {@link #message(Locale)} in its language.
 */
public final class InvalidFileNameException extends IllegalArgumentException implements Keyed {
    private static final long serialVersionUID = 1L;

    /** The problem (a serializable record). */
    private final FileNameProblem problem;

    /**
     * Creates the exception for a problem.
     *
     * @param problem what is wrong
     */
    public InvalidFileNameException(FileNameProblem problem) {
        super(Objects.requireNonNull(problem, "problem").toString());
        this.problem = problem;
    }

    /** @return what is wrong */
    public FileNameProblem problem() {
        return problem;
    }

    /** @return the part of the name that is wrong */
    public NamePart part() {
        return problem.part();
    }

    /** @return the text that was refused */
    public String fileName() {
        return problem.fileName();
    }

    /** @return what is wrong (the message key) */
    @Override
    public FileNameCode id() {
        return problem.id();
    }

    /** @return the message's parameters */
    @Override
    public List<Object> params() {
        return problem.params();
    }

    /**
     * What is wrong, for people.
     *
     * @param locale the language (Japanese, else English)
     * @return the message, without the file name
     */
    @Override
    public String message(Locale locale) {
        return problem.message(locale);
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
}
