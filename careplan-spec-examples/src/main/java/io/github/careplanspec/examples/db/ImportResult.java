package io.github.careplanspec.examples.db;

import io.github.careplanspec.csv.receive.UnitId;
import io.github.careplanspec.csv.receive.UnitOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What importing one unit did.
 *
 * @param unit the unit
 * @param status applied, duplicate or rejected (by the gate or the processor)
 * @param reasons why it was rejected, and remarks: the gate's, then the processor's problems and notes in English
 *     ({@link #reasons(Locale)} gives them in a language)
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

    /**
     * The reasons in a language: the gate's as given, the processor's problems and notes ({@link UnitOutcome#problems(
     * Locale)}, {@link UnitOutcome#notes(Locale)}) rendered in {@code locale}. When {@link #reasons()} does not end
     * with the outcome's English texts (a result built by other code), it is returned as it is.
     *
     * @param locale the language (Japanese, else English)
     * @return one text per reason, in order
     */
    public List<String> reasons(Locale locale) {
        if (outcome.isEmpty()) {
            return reasons;
        }
        UnitOutcome o = outcome.get();
        List<String> english = new ArrayList<>(o.problems());
        english.addAll(o.notes());
        int own = reasons.size() - english.size();
        if (own < 0 || !reasons.subList(own, reasons.size()).equals(english)) {
            return reasons;
        }
        List<String> out = new ArrayList<>(reasons.subList(0, own));
        out.addAll(o.problems(locale));
        out.addAll(o.notes(locale));
        return List.copyOf(out);
    }
}
