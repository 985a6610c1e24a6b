package io.github.careplanspec.validation.report;

import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.IssueType;
import io.github.careplanspec.model.issue.Messages;
import io.github.careplanspec.model.issue.Severity;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A validation rule: a stable id that cites the spec, a severity, a type, and the spec passage it states. Its
 * messages are the entries {@code <id>} (an issue's message) and {@code <id>.title} (the rule's short description)
 * of the one bundle pair {@link Messages} ({@code model/issue/Messages(_ja).properties}): a rule is the
 * {@link IssueId} of its issues. Every rule is listed in {@link Rules#all()} and in {@code docs/validation-rules.md}.
 *
 * @param id the stable rule id, e.g. {@code R12.202410}; it starts with the spec rule it cites
 * @param severity the severity of every issue of the rule
 * @param type the issue type
 * @param spec the spec citation, e.g. {@code rules.md R12, R13; uncertain.md Q9}
 */
public record Rule(String id, Severity severity, IssueType type, String spec) implements IssueId {
    /**
     * Checks.
     *
     * @param id the id
     * @param severity the severity
     * @param type the type
     * @param spec the citation
     */
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(spec, "spec");
    }

    /**
     * The rule's short description (its message title) in a language.
     *
     * @param locale the language
     * @return the title, from {@code <id>.title}
     */
    public String title(Locale locale) {
        String t = Messages.template(IssueId.of(id + ".title"), locale);
        return t == null ? id : Messages.format(IssueId.of(id + ".title"), locale, Map.of());
    }

    /** @return the id, the key of the rule's message */
    @Override
    public String key() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
