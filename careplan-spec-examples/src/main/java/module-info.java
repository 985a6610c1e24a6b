/** The careplan-spec command line, runnable examples, the conformance corpus and benchmarks. */
module io.github.careplanspec.examples {
    requires transitive io.github.careplanspec.validation;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires transitive java.sql;
    requires transitive io.github.careplanspec.csv;

    exports io.github.careplanspec.examples.db;

    opens io.github.careplanspec.examples.cli to info.picocli;
}
