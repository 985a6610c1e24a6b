package io.github.careplanspec.examples.render;

import io.github.careplanspec.csv.unit.TransmissionUnit;
import io.github.careplanspec.csv.unit.UnitProblem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one page is rendered from: a received or built transmission unit (送信単位), or an input that could not be
 * received (a reception a guard refused, an archive that cannot be read), shown as why. Immutable.
 */
public final class RenderSource {
    private final TransmissionUnit unit;
    private final String prefix;
    private final String origin;
    private final List<UnitProblem> problems;

    private RenderSource(TransmissionUnit unit, String prefix, String origin, List<UnitProblem> problems) {
        this.unit = unit;
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.problems = List.copyOf(problems);
    }

    /**
     * A unit.
     *
     * @param unit the unit
     * @param prefix put before its files' names to find them in a validation report (e.g. {@code units.zip!/},
     *               {@code UnitValidator.prefixOf}); may be empty
     * @param origin the input it was read from, for the index
     * @return the source
     */
    public static RenderSource of(TransmissionUnit unit, String prefix, String origin) {
        return new RenderSource(Objects.requireNonNull(unit, "unit"), prefix, origin, List.of());
    }

    /**
     * An input that could not be received: its page says why instead of showing a form.
     *
     * @param origin the input (a folder, an archive)
     * @param problems why ({@code ReceivedUnits.problems()} of a refused reception)
     * @return the source
     */
    public static RenderSource refused(String origin, List<UnitProblem> problems) {
        return new RenderSource(null, "", origin, problems);
    }

    /** @return the unit, empty for a refused input */
    public Optional<TransmissionUnit> unit() {
        return Optional.ofNullable(unit);
    }

    /** @return the prefix of the unit's file names in a report */
    public String prefix() {
        return prefix;
    }

    /** @return the input it was read from */
    public String origin() {
        return origin;
    }

    /** @return why a refused input was refused; empty for a unit */
    public List<UnitProblem> problems() {
        return problems;
    }
}
