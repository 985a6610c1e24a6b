package io.github.careplanspec.csv.receive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What processing one unit yields: its status, the changes to apply in order, the key states to record with them
 * and, for people, problems (which stop the unit) and notes (which do not).
 *
 * @param unit the unit
 * @param status applied, duplicate or rejected
 * @param events the events in the order to apply them; empty unless {@link Status#APPLIED}
 * @param keyStates the key states to record when applying (see {@link ReceiptLedger})
 * @param problems why the unit was rejected (Japanese / English); empty unless {@link Status#REJECTED}
 * @param notes remarks that did not stop the unit (an unlinked or missing image, …)
 */
public record UnitOutcome(UnitId unit, Status status, List<ReceiveEvent> events, Map<ChangeKey, KeyState> keyStates,
        List<String> problems, List<String> notes) {

    /** The status of a processed unit. */
    public enum Status {
        /** The unit's changes are to be applied (some may be {@link ReceiveEvent.ChangeSuperseded}). */
        APPLIED,
        /** The unit (same ファイル連番, sender and receiver) was applied before: nothing to do. */
        DUPLICATE,
        /** The unit cannot be keyed (a key item empty or malformed, R26–R28, P4, R37): nothing to apply. */
        REJECTED
    }

    /**
     * Checks and copies.
     *
     * @param unit the unit
     * @param status the status
     * @param events the events
     * @param keyStates the key states
     * @param problems the problems
     * @param notes the notes
     */
    public UnitOutcome {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(status, "status");
        events = List.copyOf(events);
        keyStates = Collections.unmodifiableMap(new LinkedHashMap<>(keyStates));
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** @return the events that change something (stored or deleted families), without superseded ones */
    public List<ReceiveEvent> changes() {
        List<ReceiveEvent> out = new ArrayList<>();
        for (ReceiveEvent e : events) {
            if (!(e instanceof ReceiveEvent.ChangeSuperseded)) {
                out.add(e);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** @return the changes skipped as superseded (out-of-order arrival) */
    public List<ReceiveEvent.ChangeSuperseded> superseded() {
        List<ReceiveEvent.ChangeSuperseded> out = new ArrayList<>();
        for (ReceiveEvent e : events) {
            if (e instanceof ReceiveEvent.ChangeSuperseded s) {
                out.add(s);
            }
        }
        return Collections.unmodifiableList(out);
    }
}
