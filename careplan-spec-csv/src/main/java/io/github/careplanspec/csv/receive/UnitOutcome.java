package io.github.careplanspec.csv.receive;

import io.github.careplanspec.model.catalog.Phrase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * @param findings why the unit was rejected, as phrases rendered in the language asked for
 *     ({@link #problems(Locale)}); empty unless {@link Status#REJECTED}
 * @param remarks remarks, as phrases ({@link #notes(Locale)}) that did not stop the unit (an unlinked or missing image, …)
 */
public record UnitOutcome(UnitId unit, Status status, List<ReceiveEvent> events, Map<ChangeKey, KeyState> keyStates,
        List<Phrase> findings, List<Phrase> remarks) {

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
     * @param findings the problems
     * @param remarks the notes
     */
    public UnitOutcome {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(status, "status");
        events = List.copyOf(events);
        keyStates = Collections.unmodifiableMap(new LinkedHashMap<>(keyStates));
        findings = List.copyOf(findings);
        remarks = List.copyOf(remarks);
    }

    /**
     * Why the unit was rejected.
     *
     * @param locale the language (Japanese, else English)
     * @return one text per problem; empty unless {@link Status#REJECTED}
     */
    public List<String> problems(Locale locale) {
        return findings.stream().map(p -> p.text(locale)).toList();
    }

    /** @return {@link #problems(Locale)} in English */
    public List<String> problems() {
        return problems(Locale.ENGLISH);
    }

    /**
     * The remarks that did not stop the unit (an unlinked or missing image, a superseded change, …).
     *
     * @param locale the language (Japanese, else English)
     * @return one text per remark
     */
    public List<String> notes(Locale locale) {
        return remarks.stream().map(p -> p.text(locale)).toList();
    }

    /** @return {@link #notes(Locale)} in English */
    public List<String> notes() {
        return notes(Locale.ENGLISH);
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
