package io.github.careplanspec.csv;

/** How bad a {@link CsvProblem} is. */
public enum Severity {
    /** The record (or file) does not conform; a record with an error is not delivered as a typed record. */
    ERROR,
    /** Accepted, but not what the spec asks for (lenient mode, Q12–Q14, Q36). */
    WARNING
}
