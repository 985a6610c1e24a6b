package io.github.careplanspec.model.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of turning one record's item texts into a typed record: the record, or the problems that stopped it.
 *
 * @param value the typed record, or {@code null} when a problem stopped it
 * @param problems the items whose text could not become a typed value, in No. order
 * @param recordProblem a problem of the record as a whole (a record invariant, e.g. a tenth サービス種類 slot), or
 *     {@code null}; rendered in the language asked for ({@link Phrase#text(java.util.Locale)})
 * @param <R> the record type
 */
public record Parsed<R>(R value, List<FieldProblem> problems, Phrase recordProblem) {
    /**
     * Copies.
     *
     * @param value the record
     * @param problems the item problems
     * @param recordProblem the record problem
     */
    public Parsed {
        problems = List.copyOf(problems);
    }

    /** @return whether the record was built */
    public boolean isOk() {
        return value != null;
    }

    /** @return the record, if built */
    public Optional<R> record() {
        return Optional.ofNullable(value);
    }
}
