package io.github.careplanspec.model.name;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link InterfaceFileName#parseOrProblem(String)}: either the parsed name or the problem that
 * refused it (never both). Immutable.
 */
public final class FileNameResult {
    private final InterfaceFileName name;
    private final FileNameProblem problem;

    private FileNameResult(InterfaceFileName name, FileNameProblem problem) {
        this.name = name;
        this.problem = problem;
    }

    static FileNameResult ok(InterfaceFileName name) {
        return new FileNameResult(Objects.requireNonNull(name, "name"), null);
    }

    static FileNameResult refused(FileNameProblem problem) {
        return new FileNameResult(null, Objects.requireNonNull(problem, "problem"));
    }

    /** @return whether the text is a valid interface file name */
    public boolean isValid() {
        return name != null;
    }

    /** @return the parsed name, if valid */
    public Optional<InterfaceFileName> name() {
        return Optional.ofNullable(name);
    }

    /** @return the problem, if refused */
    public Optional<FileNameProblem> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * Returns the parsed name or throws the problem.
     *
     * @return the parsed name
     * @throws InvalidFileNameException if the text was refused
     */
    public InterfaceFileName orElseThrow() {
        if (name == null) {
            throw problem.toException();
        }
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileNameResult r && Objects.equals(name, r.name) && Objects.equals(problem, r.problem);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, problem);
    }

    @Override
    public String toString() {
        return name != null ? "valid " + name : "refused " + problem;
    }
}
