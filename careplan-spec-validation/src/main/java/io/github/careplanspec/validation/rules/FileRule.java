package io.github.careplanspec.validation.rules;

import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import java.util.List;

/**
 * A rule on a whole file (R11, R12, R16, R18, R20, the 第7表 totals …). It streams: {@link #start} returns a
 * per-file check that sees every record in order and reports at the end, so memory stays bounded on any file
 * size. The rule itself is stateless and thread-safe; each {@link Check} is used by one thread.
 */
public interface FileRule {
    /** @return the rules this check reports */
    List<Rule> rules();

    /**
     * Starts checking one file; rules that need only the file name report here.
     *
     * @param file the file
     * @param sink receives the issues
     * @return the per-file check
     */
    Check start(FileContext file, IssueSink sink);

    /** The state of a file rule for one file. */
    interface Check {
        /**
         * Sees the next record.
         *
         * @param record the record
         * @param sink receives the issues
         */
        void accept(RecordContext<?> record, IssueSink sink);

        /**
         * Ends the file.
         *
         * @param sink receives the issues
         */
        default void finish(IssueSink sink) {
        }
    }
}
