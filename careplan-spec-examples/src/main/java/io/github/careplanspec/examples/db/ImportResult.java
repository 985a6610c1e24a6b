package io.github.careplanspec.examples.db;

import io.github.careplanspec.csv.receive.UnitId;
import io.github.careplanspec.csv.receive.UnitOutcome;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What importing one unit did.
 *
 * @param unit the unit
 * @param status applied, duplicate or rejected (by the gate or the processor)
 * @param reasons why it was rejected, and remarks (gate and processor notes)
 * @param outcome the processor's outcome; absent when the gate rejected the unit
 */
public record ImportResult(UnitId unit, Status status, List<String> reasons, Optional<UnitOutcome> outcome) {
    /** The status of an imported unit. */
    public enum Status {
        /** Applied in one transaction. */
        APPLIED,
        /** Applied before (re-delivery): nothing changed. */
        DUPLICATE,
        /** Rejected by the {@link UnitGate}: nothing applied. */
        REJECTED_BY_GATE,
        /** Rejected by the processor (cannot be keyed): nothing applied. */
        REJECTED
    }

    /**
     * Checks and copies.
     *
     * @param unit the unit
     * @param status the status
     * @param reasons the reasons
     * @param outcome the outcome
     */
    public ImportResult {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(outcome, "outcome");
    }
}
