package io.github.careplanspec.csv.unit;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * What a received folder, archive or envelope holds: the transmission units in processing order (R22), the
 * attachments beside them, and every problem found. Immutable.
 *
 * <p>When a guard refuses the reception as a whole ({@link #isRefused()}: too many files or entries, sizes over
 * the limits, a zip bomb, an unreadable archive), no unit and no attachment is handed out — a partial reception
 * could hide a missing file.
 *
 * <p>A reception of a ZIP read from a stream ({@link Units#openZip}) reads its files from a temporary copy of the
 * archive: {@link #close()} deletes it (its files cannot be read after). For a path, closing does nothing.
 */
public final class ReceivedUnits implements AutoCloseable {
    private final String source;
    private final List<TransmissionUnit> units;
    private final List<Attachment> attachments;
    private final List<UnitProblem> problems;
    private final boolean refused;
    private final Closeable spill;

    ReceivedUnits(String source, List<TransmissionUnit> units, List<Attachment> attachments,
            List<UnitProblem> problems, boolean refused) {
        this(source, units, attachments, problems, refused, null);
    }

    ReceivedUnits(String source, List<TransmissionUnit> units, List<Attachment> attachments,
            List<UnitProblem> problems, boolean refused, Closeable spill) {
        this.spill = spill;
        this.source = Objects.requireNonNull(source, "source");
        this.units = List.copyOf(units);
        this.attachments = List.copyOf(attachments);
        this.problems = List.copyOf(problems);
        this.refused = refused;
    }

    /** @return what was read (a path or a description) */
    public String source() {
        return source;
    }

    /** @return the units, in processing order: ascending ファイル連番, then sender, then receiver (R22) */
    public List<TransmissionUnit> units() {
        return units;
    }

    /** @return the files that are not interface files (ファイル種別 「PDF等」), by name */
    public List<Attachment> attachments() {
        return attachments;
    }

    /** @return every problem: the reception's and files' first, then each unit's in processing order */
    public List<UnitProblem> problems() {
        return problems;
    }

    /**
     * The problems of one unit (its combination and its files).
     *
     * @param unit a unit of this reception
     * @return its problems
     */
    public List<UnitProblem> problems(TransmissionUnit unit) {
        return problems.stream().filter(p -> unit.key().equals(p.unit())).toList();
    }

    /** @return whether a guard refused the whole reception (then no unit is handed out) */
    public boolean isRefused() {
        return refused;
    }

    /** @return whether some problem is an error */
    public boolean hasErrors() {
        return problems.stream().anyMatch(UnitProblem::isError);
    }

    /**
     * Deletes the temporary copy of an archive read from a stream; does nothing for a path.
     *
     * @throws IOException if the copy cannot be deleted
     */
    @Override
    public void close() throws IOException {
        if (spill != null) {
            spill.close();
        }
    }

    @Override
    public String toString() {
        return "ReceivedUnits[" + source + ", " + units.size() + " units, " + attachments.size() + " attachments, "
                + problems.size() + " problems" + (refused ? ", refused" : "") + "]";
    }
}
