package io.github.careplanspec.csv.receive;

import io.github.careplanspec.model.name.FileSequence;
import java.util.Comparator;
import java.util.Objects;

/**
 * The identity of a transmission unit (送信単位, R21): its ファイル連番, sender and receiver. A unit delivered again
 * with the same identity is a re-delivery and has no second effect.
 *
 * <p>The natural order is the processing order (R22): ascending ファイル連番; equal 連番 (order unspecified by the
 * spec) are ordered by sender, then receiver, so that processing is deterministic.
 *
 * @param sequence the ファイル連番
 * @param sender the 送信元
 * @param receiver the 送信先
 */
public record UnitId(FileSequence sequence, Party sender, Party receiver) implements Comparable<UnitId> {
    private static final Comparator<UnitId> ORDER = Comparator.comparing(UnitId::sequence)
            .thenComparing(UnitId::sender).thenComparing(UnitId::receiver);

    /**
     * Checks.
     *
     * @param sequence the ファイル連番
     * @param sender the 送信元
     * @param receiver the 送信先
     */
    public UnitId {
        Objects.requireNonNull(sequence, "sequence");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
    }

    @Override
    public int compareTo(UnitId o) {
        return ORDER.compare(this, o);
    }

    /** @return {@code 20240401120000 0300000100_43→0300000005_11} */
    @Override
    public String toString() {
        return sequence + " " + sender + "→" + receiver;
    }
}
