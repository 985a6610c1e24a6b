package io.github.careplanspec.csv.receive;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A {@link ReceiptLedger} in memory. Thread-safe. */
public final class InMemoryReceiptLedger implements ReceiptLedger {
    private final Set<UnitId> applied = new HashSet<>();
    private final Map<ChangeKey, KeyState> states = new HashMap<>();

    /** An empty ledger. */
    public InMemoryReceiptLedger() {
    }

    @Override
    public synchronized boolean isApplied(UnitId id) {
        return applied.contains(id);
    }

    @Override
    public synchronized Optional<KeyState> state(ChangeKey key) {
        return Optional.ofNullable(states.get(key));
    }

    /**
     * Records an outcome: an applied unit and its key states. A duplicate or rejected outcome changes nothing.
     *
     * @param outcome the outcome
     */
    public synchronized void record(UnitOutcome outcome) {
        if (outcome.status() == UnitOutcome.Status.APPLIED) {
            applied.add(outcome.unit());
            states.putAll(outcome.keyStates());
        }
    }
}
