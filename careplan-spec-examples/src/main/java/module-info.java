/**
 * The careplan-spec command line, runnable examples, the conformance corpus and benchmarks.
 */
module io.github.careplanspec.examples {
    requires transitive io.github.careplanspec.validation;
    requires transitive io.github.careplanspec.csv;
    requires transitive java.sql;
    requires info.picocli;
    // seal and open (the csv module's envelope dependencies are optional)
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.util;
    requires com.fasterxml.jackson.databind;
    requires java.desktop;
    requires gg.jte.runtime;
    // @javax.annotation.processing.Generated (source retention) on the precompiled templates
    requires static java.compiler;

    exports io.github.careplanspec.examples;
    exports io.github.careplanspec.examples.corpus;
    exports io.github.careplanspec.examples.db;
    exports io.github.careplanspec.examples.sample;
    exports io.github.careplanspec.examples.render;

    opens io.github.careplanspec.examples.cli to info.picocli;
    // the precompiled jte templates are loaded and called by jte's runtime
    opens io.github.careplanspec.examples.render.templates to gg.jte.runtime;
}
