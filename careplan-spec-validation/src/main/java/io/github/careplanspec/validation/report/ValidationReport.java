package io.github.careplanspec.validation.report;

import io.github.careplanspec.model.issue.Severity;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a validation: the files seen, the issues kept, and exact counts per rule. Immutable; build one
 * with a {@link Builder}, which is the thread-safe {@link IssueSink} the validators write to.
 *
 * <p>Memory stays bounded on a file with millions of issues: the builder keeps at most
 * {@link Builder#maxIssuesPerRule(int)} issues of each rule (1,000 by default); counts stay exact and
 * {@link #truncated()} says when detail was dropped.
 */
public final class ValidationReport {
    /** The spec this library validates against. */
    public static final String SPEC = "V4.1";

    private final List<FileSummary> files;
    private final List<ValidationIssue> issues;
    private final Map<Rule, Long> counts;
    private final boolean truncated;
    private final RuleProfile profile;

    private ValidationReport(Builder b) {
        this.profile = b.profile;
        this.files = List.copyOf(b.files.values());
        List<ValidationIssue> kept = new ArrayList<>(b.issues);
        this.issues = Collections.unmodifiableList(kept);
        this.counts = Collections.unmodifiableMap(new LinkedHashMap<>(b.counts));
        this.truncated = b.truncated;
    }

    /**
     * One file that was validated.
     *
     * @param file the file name (an entry of a ZIP as {@code archive.zip!/NAME.CSV})
     * @param kind the file-name prefix (kind), e.g. {@code UPJSK}, or {@code null} if unknown
     * @param records the number of records read
     */
    public record FileSummary(String file, String kind, long records) {
        /**
         * Checks.
         *
         * @param file the file
         * @param kind the kind
         * @param records the record count
         */
        public FileSummary {
            Objects.requireNonNull(file, "file");
        }
    }

    /** @return the files, in the order first seen */
    public List<FileSummary> files() {
        return files;
    }

    /** @return the issues kept, in the order found (capped per rule, see {@link #truncated()}) */
    public List<ValidationIssue> issues() {
        return issues;
    }

    /** @return the exact number of issues per rule, including those not kept */
    public Map<Rule, Long> counts() {
        return counts;
    }

    /** @return the rule profile the issues were reported with ({@link RuleProfile#strict()} unless set) */
    public RuleProfile profile() {
        return profile;
    }

    /** @return whether some issues were counted but not kept */
    public boolean truncated() {
        return truncated;
    }

    /** @return the total number of records of all files */
    public long records() {
        long n = 0;
        for (FileSummary f : files) {
            n += f.records();
        }
        return n;
    }

    /**
     * The exact number of issues of a severity.
     *
     * @param severity the severity
     * @return the count
     */
    public long count(Severity severity) {
        long n = 0;
        for (Map.Entry<Rule, Long> e : counts.entrySet()) {
            if (e.getKey().severity() == severity) {
                n += e.getValue();
            }
        }
        return n;
    }

    /** @return the exact number of errors */
    public long errors() {
        return count(Severity.ERROR);
    }

    /** @return the exact number of warnings */
    public long warnings() {
        return count(Severity.WARNING);
    }

    /** @return whether no error was found (warnings allowed) */
    public boolean isValid() {
        return errors() == 0;
    }

    /**
     * Renders the report as plain text for people.
     *
     * @param locale the language: Japanese, else English
     * @return the text
     */
    public String toText(Locale locale) {
        return TextRenderer.render(this, locale);
    }

    /**
     * Writes the report as JSON (the published contract, {@code docs/validation-report.schema.json}).
     *
     * @param out the stream (UTF-8); not closed
     * @param locale the language of {@code message}
     */
    public void writeJson(OutputStream out, Locale locale) {
        try {
            JsonRenderer.write(this, out, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the report as JUnit XML (Ant/Surefire shape: one {@code testcase} per file).
     *
     * @param out the stream (UTF-8); not closed
     * @param locale the language of the messages
     */
    public void writeJUnitXml(OutputStream out, Locale locale) {
        JUnitXmlRenderer.write(this, out, locale);
    }

    /**
     * Writes the report as SARIF 2.1.0.
     *
     * @param out the stream (UTF-8); not closed
     * @param locale the language of the messages
     */
    public void writeSarif(OutputStream out, Locale locale) {
        try {
            SarifRenderer.write(this, out, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects issues and file summaries; thread-safe, so several validators may write to it in parallel. */
    public static final class Builder implements IssueSink {
        private final Map<String, FileSummary> files = new LinkedHashMap<>();
        private final List<ValidationIssue> issues = new ArrayList<>();
        private final Map<Rule, Long> counts = new LinkedHashMap<>();
        private int maxPerRule = 1000;
        private boolean truncated;
        private RuleProfile profile = RuleProfile.strict();

        private Builder() {
        }

        /**
         * Sets how many issues of one rule are kept (counts stay exact).
         *
         * @param max the cap, at least 0
         * @return this builder
         */
        public synchronized Builder maxIssuesPerRule(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("negative cap");
            }
            this.maxPerRule = max;
            return this;
        }

        /**
         * Records a validated file (a later call for the same name replaces the summary).
         *
         * @param file the file name
         * @param kind the kind prefix, or {@code null}
         * @param records the number of records
         * @return this builder
         */
        public synchronized Builder file(String file, String kind, long records) {
            files.put(file, new FileSummary(file, kind, records));
            return this;
        }

        /**
         * Sets the rule profile: every issue reported afterwards gets the profile's severity for its rule, and the
         * issues of a rule the profile turns off are dropped (not counted). Set it before reporting.
         *
         * @param profile the profile, e.g. {@link RuleProfile#receiver()}
         * @return this builder
         */
        public synchronized Builder profile(RuleProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        @Override
        public synchronized void report(ValidationIssue issue) {
            Objects.requireNonNull(issue, "issue");
            java.util.Optional<Rule> as = profile.apply(issue.rule());
            if (as.isEmpty()) {
                return;
            }
            if (as.get() != issue.rule()) {
                issue = issue.as(as.get());
            }
            long n = counts.merge(issue.rule(), 1L, Long::sum);
            if (n <= maxPerRule) {
                issues.add(issue);
            } else {
                truncated = true;
            }
        }

        /** @return the report of everything collected so far */
        public synchronized ValidationReport build() {
            return new ValidationReport(this);
        }
    }
}
