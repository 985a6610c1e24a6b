package io.github.careplanspec.csv.unit;

import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Keyed;
import io.github.careplanspec.model.issue.Messages;
import java.util.List;
import java.util.Locale;

/**
 * Thrown when opened content is not one transmission unit of interface files: a name that is no interface file
 * name, an image that is not JPEG, files of several units, or files that are not interface files. Its id is
 * {@code unit.notOneUnit}, its parameters the {@link #problems()}; {@link #getMessage()} is English, the catcher
 * renders {@link #message(Locale)} in its language.
 */
public final class InvalidUnitException extends Exception implements Keyed {
    private static final long serialVersionUID = 1L;
    private static final IssueId ID = IssueId.of("unit.notOneUnit");

    /** The problems; not serialized. */
    private final transient List<UnitProblem> problems;

    InvalidUnitException(List<UnitProblem> problems) {
        super(summary(ID, problems, Locale.ENGLISH));
        this.problems = List.copyOf(problems);
    }

    /** @return the problems that refused the content (empty after deserialization) */
    public List<UnitProblem> problems() {
        return problems == null ? List.of() : problems;
    }

    /** @return the issue id, {@code unit.notOneUnit} */
    @Override
    public IssueId id() {
        return ID;
    }

    /** @return the parameters: the problems, each a {@link UnitProblem} */
    @Override
    public List<Object> params() {
        return List.copyOf(problems());
    }

    /**
     * The message for people: a heading and each problem on its own line.
     *
     * @param locale the language (Japanese, else English)
     * @return the message
     */
    @Override
    public String message(Locale locale) {
        return summary(ID, problems(), locale);
    }

    static String summary(IssueId id, List<UnitProblem> problems, Locale locale) {
        StringBuilder sb = new StringBuilder(Messages.text(id, locale));
        for (UnitProblem p : problems) {
            sb.append("\n  ").append(p.message(locale));
        }
        return sb.toString();
    }
}
