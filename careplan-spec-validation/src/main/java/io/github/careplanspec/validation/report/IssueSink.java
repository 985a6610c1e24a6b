package io.github.careplanspec.validation.report;

/** Receives issues as rules find them. Implementations used from several threads must be thread-safe. */
@FunctionalInterface
public interface IssueSink {
    /**
     * Takes one issue.
     *
     * @param issue the issue
     */
    void report(ValidationIssue issue);
}
