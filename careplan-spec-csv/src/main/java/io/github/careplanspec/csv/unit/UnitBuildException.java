package io.github.careplanspec.csv.unit;

import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Keyed;
import java.util.List;
import java.util.Locale;

/**
 * Thrown by {@link TransmissionUnit.Builder#build()} when the files it would write do not make a transmission unit
 * of the spec (R21 and the other unit rules). Its id is {@code unit.notSpecUnit}, its parameters the
 * {@link #problems()}; {@link #getMessage()} is English, the catcher renders {@link #message(Locale)} in its
 * language.
 */
public final class UnitBuildException extends IllegalStateException implements Keyed {
    private static final long serialVersionUID = 1L;
    private static final IssueId ID = IssueId.of("unit.notSpecUnit");

    /** The problems; not serialized. */
    private final transient List<UnitProblem> problems;

    UnitBuildException(List<UnitProblem> problems) {
        super(InvalidUnitException.summary(ID, problems, Locale.ENGLISH));
        this.problems = List.copyOf(problems);
    }

    /** @return the errors of the unit rules (empty after deserialization) */
    public List<UnitProblem> problems() {
        return problems == null ? List.of() : problems;
    }

    /** @return the issue id, {@code unit.notSpecUnit} */
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
        return InvalidUnitException.summary(ID, problems(), locale);
    }
}
