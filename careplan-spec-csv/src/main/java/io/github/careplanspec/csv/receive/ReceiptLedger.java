package io.github.careplanspec.csv.receive;

import java.util.Optional;

/**
 * What a receiver remembers between units (read side): the units already applied and, per key, the last applied
 * change. The {@link ReceiveProcessor} only reads it; whoever applies a {@link UnitOutcome} records the outcome's
 * {@link UnitOutcome#keyStates()} and unit id together with the changes (in one transaction, for a database).
 */
public interface ReceiptLedger {
    /**
     * Whether a unit with this identity was applied already (re-delivery).
     *
     * @param id the unit identity
     * @return whether it was applied
     */
    boolean isApplied(UnitId id);

    /**
     * The last applied change of a key.
     *
     * @param key the key
     * @return the state, or empty if no unit has touched the key
     */
    Optional<KeyState> state(ChangeKey key);
}
