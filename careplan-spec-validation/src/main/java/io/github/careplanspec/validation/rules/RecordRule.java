package io.github.careplanspec.validation.rules;

import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import java.util.List;

/**
 * A rule on one record (rules.md section G, notes-yobo.md P15): sees the record's item texts and, when available,
 * the typed record. Implementations are stateless and thread-safe.
 *
 * @param <R> the record type the rule applies to
 */
public interface RecordRule<R extends Record> {
    /** @return the rules this check reports, each listed in {@code Rules} */
    List<Rule> rules();

    /** @return the record type the rule applies to */
    Class<R> recordType();

    /**
     * Checks one record.
     *
     * @param record the record
     * @param sink receives the issues
     */
    void check(RecordContext<R> record, IssueSink sink);
}
