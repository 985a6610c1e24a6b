/**
 * The careplan-spec command line, runnable examples, the conformance corpus and benchmarks.
 */
module io.github.careplanspec.examples {
    requires transitive io.github.careplanspec.validation;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
<<<<<<< HEAD
    requires java.sql;
    requires java.desktop;

    exports io.github.careplanspec.examples;
    exports io.github.careplanspec.examples.corpus;
    exports io.github.careplanspec.examples.sample;

    opens io.github.careplanspec.examples.cli to info.picocli;
=======
    requires transitive java.sql;
    requires transitive io.github.careplanspec.csv;

    exports io.github.careplanspec.examples.db;
>>>>>>> main
}
