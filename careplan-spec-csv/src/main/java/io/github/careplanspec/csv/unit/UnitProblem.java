package io.github.careplanspec.csv.unit;

import io.github.careplanspec.model.catalog.Phrase;
import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Messages;
import io.github.careplanspec.model.issue.Severity;
import java.util.Locale;
import java.util.Objects;

/**
 * One located problem of a reception, a unit or a file: data, never an exception.
 *
 * @param code what is wrong (stable id, cited rule, messages)
 * @param severity error or warning
 * @param location the file or archive entry concerned, as the folder or archive names it (a path inside a ZIP);
 *                 {@code null} for a problem of the whole reception
 * @param unit the unit concerned, or {@code null}
 * @param note what exactly (a name, a count, the refused part), rendered in the language asked for, or
 *     {@code null}
 */
public record UnitProblem(UnitProblemCode code, Severity severity, String location, UnitKey unit, Phrase note) {
    private static final IssueId AT_UNIT = IssueId.of("unit.at.unit");
    private static final IssueId AT_RECEPTION = IssueId.of("unit.at.reception");

    /**
     * Checks.
     *
     * @param code the code
     * @param severity the severity
     * @param location the file or entry, or {@code null}
     * @param unit the unit, or {@code null}
     * @param note the detail, or {@code null}
     */
    public UnitProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
    }

    static UnitProblem of(UnitProblemCode code, String location, UnitKey unit, String detail) {
        return new UnitProblem(code, code.severity(), location, unit, detail == null ? null : Phrase.literal(detail));
    }

    static UnitProblem of(UnitProblemCode code, String location, UnitKey unit, Phrase note) {
        return new UnitProblem(code, code.severity(), location, unit, note);
    }

    /** @return the detail in English, or {@code null} */
    public String detail() {
        return detail(Locale.ENGLISH);
    }

    /**
     * The detail in a language.
     *
     * @param locale the language (Japanese, else English)
     * @return the detail, or {@code null}
     */
    public String detail(Locale locale) {
        return note == null ? null : note.text(locale);
    }

    /** @return whether this is an error */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The message with its location, e.g. {@code UPPLAN_202410_…CSV: 送信単位に必要なファイルがありません: UPSIKYU
     * 第7表（サービス利用票別表） [UNIT003 R21]}.
     *
     * @param locale {@link Locale#JAPANESE} or another locale for English
     * @return the message
     */
    public String message(Locale locale) {
        StringBuilder sb = new StringBuilder();
        if (location != null) {
            sb.append(location);
        } else if (unit != null) {
            sb.append(Messages.text(AT_UNIT, locale, unit));
        } else {
            sb.append(Messages.text(AT_RECEPTION, locale));
        }
        sb.append(": ").append(code.message(locale, detail(locale)));
        sb.append(" [").append(code.id()).append(' ').append(code.rule()).append(']');
        return sb.toString();
    }

    @Override
    public String toString() {
        return severity + " " + message(Locale.ENGLISH);
    }
}
