package io.github.careplanspec.csv.unit;

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
 * @param detail what exactly (a name, a count, the refused part), or {@code null}
 */
public record UnitProblem(UnitProblemCode code, Severity severity, String location, UnitKey unit, String detail) {
    /**
     * Checks.
     *
     * @param code the code
     * @param severity the severity
     * @param location the file or entry, or {@code null}
     * @param unit the unit, or {@code null}
     * @param detail the detail, or {@code null}
     */
    public UnitProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
    }

    static UnitProblem of(UnitProblemCode code, String location, UnitKey unit, String detail) {
        return new UnitProblem(code, code.severity(), location, unit, detail);
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
        boolean ja = Locale.JAPANESE.getLanguage().equals(locale.getLanguage());
        StringBuilder sb = new StringBuilder();
        if (location != null) {
            sb.append(location);
        } else if (unit != null) {
            sb.append(ja ? "送信単位 " : "unit ").append(unit);
        } else {
            sb.append(ja ? "受信ファイル全体" : "reception");
        }
        sb.append(": ").append(code.message(locale, detail));
        sb.append(" [").append(code.id()).append(' ').append(code.rule()).append(']');
        return sb.toString();
    }

    @Override
    public String toString() {
        return severity + " " + message(Locale.ENGLISH);
    }
}
