package io.github.careplanspec.csv.unit;

import java.util.List;
import java.util.Locale;

/**
 * Thrown when opened content is not one transmission unit of interface files: a name that is no interface file
 * name, an image that is not JPEG, files of several units, or files that are not interface files.
 */
public final class InvalidUnitException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The problems; not serialized. */
    private final transient List<UnitProblem> problems;

    InvalidUnitException(List<UnitProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** @return the problems that refused the content (empty after deserialization) */
    public List<UnitProblem> problems() {
        return problems == null ? List.of() : problems;
    }

    private static String summary(List<UnitProblem> problems) {
        StringBuilder sb = new StringBuilder("not one transmission unit / 1つの送信単位ではありません:");
        for (UnitProblem p : problems) {
            sb.append("\n  ").append(p.message(Locale.ENGLISH)).append(" / ").append(p.message(Locale.JAPANESE));
        }
        return sb.toString();
    }
}
