package io.github.careplanspec.validation.text;

import io.github.careplanspec.csv.CsvProblem;
import io.github.careplanspec.csv.unit.UnitProblem;
import io.github.careplanspec.model.issue.Issue;
import io.github.careplanspec.model.issue.IssueLocation;
import io.github.careplanspec.model.issue.IssueType;
import io.github.careplanspec.model.issue.Localized;
import io.github.careplanspec.model.issue.Message;
import io.github.careplanspec.model.issue.Messages;
import io.github.careplanspec.model.name.FileNameProblem;
import io.github.careplanspec.model.name.NamePart;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The lower layers' problems in the one issue vocabulary ({@link Issue}, {@link Message}), until each problem record
 * is an {@code Issue} itself: the reader's {@link CsvProblem}, the unit reader's {@link UnitProblem}, the file-name
 * parser's {@link FileNameProblem}. Nothing here renders text in one language ahead of time: each result renders in
 * the language it is asked for. Meant to move into (or be replaced by) those records' own layers.
 */
public final class Adapters {
    private Adapters() {
    }

    /**
     * A reader problem as an issue: its code as the id, the item's location, {@code {0}} raw, {@code {1}} expected,
     * {@code {2}} detail (the templates of {@code ProblemCode}).
     *
     * @param p the problem
     * @param file the file it was found in, or {@code null}
     * @return the issue
     */
    public static Issue issue(CsvProblem p, String file) {
        IssueLocation at = new IssueLocation(file, p.line(), p.recordIndex(), p.column() == null ? 0 : p.column().no(),
                p.column() == null ? null : p.column().name(), p.raw(), Math.max(-1, p.byteOffset()));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("0", p.raw());
        params.put("1", p.expectation()); // a Phrase: renders in the issue's language
        params.put("2", p.detail());
        return Issue.of(p.code(), p.severity(), p.code() == io.github.careplanspec.csv.ProblemCode.FIELD_FORMAT
                ? IssueType.VALUE : IssueType.STRUCTURE, at, params);
    }

    /**
     * A unit problem's message, {@code {0}} its detail (the templates of {@code UnitProblemCode}); a problem of a
     * unit that names no file says which unit ({@link Words#IN_UNIT}).
     *
     * @param p the problem
     * @return the message
     */
    public static Message message(UnitProblem p) {
        Message m = Message.of(p.code(), p.note()); // the note renders in the issue's language
        return p.unit() != null && p.location() == null ? Words.IN_UNIT.with(m, p.unit()) : m;
    }

    /**
     * A file-name problem's words, in the language asked for. (The parser words its problems in both languages; this
     * picks one at render time.)
     *
     * @param p the problem
     * @return the text
     */
    public static Localized detail(FileNameProblem p) {
        return new NameProblemText(p);
    }

    /**
     * The label of a file name's part, in the language asked for.
     *
     * @param part the part
     * @return the label
     */
    public static Localized label(NamePart part) {
        return new NamePartLabel(part);
    }

    private record NameProblemText(FileNameProblem problem) implements Localized {
        @Override
        public String text(Locale locale) {
            return Messages.isJapanese(locale) ? problem.messageJa() : problem.messageEn();
        }
    }

    private record NamePartLabel(NamePart part) implements Localized {
        @Override
        public String text(Locale locale) {
            return Messages.isJapanese(locale) ? part.labelJa() : part.labelEn();
        }
    }
}
