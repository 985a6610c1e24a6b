package io.github.careplanspec.model.name;

import java.util.Objects;

/**
 * A text is not an interface file name of the spec (不正なファイル名, R15–R18); {@link #part()} names the wrong part.
 */
public final class InvalidFileNameException extends IllegalArgumentException {
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

    /** @return the message in Japanese */
    public String messageJa() {
        return problem.messageJa();
    }

    /** @return the message in English */
    public String messageEn() {
        return problem.messageEn();
    }
}
