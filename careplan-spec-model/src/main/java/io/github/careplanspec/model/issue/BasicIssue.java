package io.github.careplanspec.model.issue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An {@link Issue} that is nothing more than its parts (see {@link Issue#of}). Immutable when its parameters are.
 *
 * @param id the id
 * @param severity the severity
 * @param type the type
 * @param location the location
 * @param params the parameters by name (unmodifiable)
 */
public record BasicIssue(IssueId id, Severity severity, IssueType type, IssueLocation location,
        Map<String, Object> params) implements Issue {
    /**
     * Checks and copies.
     *
     * @param id the id
     * @param severity the severity
     * @param type the type
     * @param location the location, {@code null} for {@link IssueLocation#NONE}
     * @param params the parameters
     */
    public BasicIssue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(type, "type");
        location = location == null ? IssueLocation.NONE : location;
        params = params == null || params.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    @Override
    public String toString() {
        return toText(Locale.ENGLISH);
    }
}
