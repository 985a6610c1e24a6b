package io.github.careplanspec.validation.report;

import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Keyed;
import io.github.careplanspec.model.issue.Messages;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A rule profile file that cannot be used: its source and line, why ({@link #reason()}, an issue id) and the
 * reason's parameters. The catcher renders it in its language with {@link #message(Locale)} (a command line reports
 * it as a usage error); {@link #getMessage()} is the English text, for logs.
 */
public final class RuleProfileException extends Exception implements Keyed {
    private static final long serialVersionUID = 2L;

    /** Why a profile cannot be used; each is a message key {@code profile.*} of the bundle pair. */
    public enum Reason implements IssueId {
        /** No file at the path (and not a built-in name). */
        NO_FILE("profile.noFile"),
        /** The file is larger than 1 MiB. */
        TOO_LARGE("profile.tooLarge"),
        /** The file is not UTF-8. */
        NOT_UTF8("profile.notUtf8"),
        /** The file cannot be read; {0} the I/O error. */
        UNREADABLE("profile.unreadable"),
        /** A line that is not {@code RULE = level}; {0} the line. */
        SYNTAX("profile.syntax"),
        /** A second {@code profile} line. */
        SECOND_NAME("profile.secondName"),
        /** A profile name that is not 1–64 of {@code A-Z a-z 0-9 . _ -}. */
        BAD_NAME("profile.badName"),
        /** A {@code base} that is no built-in profile; {0} the value. */
        BAD_BASE("profile.badBase"),
        /** A {@code base} line after a rule line or a second one. */
        BASE_PLACE("profile.basePlace"),
        /** An unknown rule id; {0} the id. */
        UNKNOWN_RULE("profile.unknownRule"),
        /** A level that is not error, warning or off; {0} the value. */
        BAD_LEVEL("profile.badLevel"),
        /** A rule set twice; {0} the rule id, {1} the line of the first setting. */
        ALREADY_SET("profile.alreadySet"),
        /** A hostile-input guard lowered; {0} the rule id. */
        GUARD("profile.guard");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }
    }

    /** The file (or built-in name) read. */
    private final String source;
    /** The 1-based line, or 0 for the file as a whole. */
    private final int line;
    /** Why the profile cannot be used. */
    private final Reason reason;
    /** The reason's parameters (not serialized: a deserialized exception keeps its English message only). */
    private final transient List<Object> params;

    /**
     * Creates the exception.
     *
     * @param source the file (or built-in name) read
     * @param line the 1-based line, or 0 for the file as a whole
     * @param reason why
     * @param params the reason's parameters {@code {0}}, {@code {1}}, …
     */
    public RuleProfileException(String source, int line, Reason reason, Object... params) {
        super(text(source, line, reason, params, Locale.ENGLISH));
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.reason = reason;
        this.params = Collections.unmodifiableList(Arrays.asList(params.clone()));
    }

    private static String text(String source, int line, Reason reason, Object[] params, Locale locale) {
        return source + (line > 0 ? ":" + line : "") + ": " + Messages.text(reason, locale, params);
    }

    /** @return the file (or built-in name) read */
    public String source() {
        return source;
    }

    /** @return the 1-based line, or 0 */
    public int line() {
        return line;
    }

    /** @return why, the issue id of the message */
    public Reason reason() {
        return reason;
    }

    /** @return the issue id: the {@link #reason()} */
    @Override
    public IssueId id() {
        return reason;
    }

    /** @return the reason's parameters (unmodifiable) */
    @Override
    public List<Object> params() {
        return params == null ? List.of() : params;
    }

    /**
     * The message in a language, with source and line, e.g. {@code p.rules:2: unknown rule id "R99"}.
     *
     * @param locale the language: Japanese, else English
     * @return the message
     */
    @Override
    public String message(Locale locale) {
        return text(source, line, reason, params().toArray(), locale);
    }

    /** @return the message in Japanese, with source and line; a catcher with a language uses {@link #message(Locale)} */
    public String messageJa() {
        return message(Locale.JAPANESE);
    }
}
