package io.github.careplanspec.csv.receive;

import io.github.careplanspec.csv.CsvProblem;
import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Keyed;
import io.github.careplanspec.model.issue.Messages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Thrown by {@link ReceivedUnit#from} when a file of a transmission unit cannot be read into records as the spec
 * says (an error of the strict reader: bytes that are not MS932, a wrong item count, an item that does not convert
 * …). Validate units first ({@code careplan-spec-validation}) to get every problem located and explained. Its id is
 * {@code receive.unreadable}, its parameters the unit and the reader's errors; {@link #getMessage()} is English, the
 * catcher renders {@link #message(Locale)} in its language.
 */
public final class UnreadableUnitException extends Exception implements Keyed {
    private static final long serialVersionUID = 1L;
    private static final IssueId ID = IssueId.of("receive.unreadable");

    /** The unit, as the receiver names it (folder or archive entry). */
    private final String unit;
    /** The errors, each with the name of its file; not serialized. */
    private final transient List<Map.Entry<String, CsvProblem>> errors;

    UnreadableUnitException(String unit, List<Map.Entry<String, CsvProblem>> errors) {
        super(render(unit, errors, Locale.ENGLISH));
        this.unit = unit;
        this.errors = List.copyOf(errors);
    }

    private static String render(String unit, List<Map.Entry<String, CsvProblem>> errors, Locale locale) {
        return Messages.text(ID, locale, unit) + "\n  " + String.join("\n  ", lines(errors, locale));
    }

    private static List<String> lines(List<Map.Entry<String, CsvProblem>> errors, Locale locale) {
        List<String> out = new ArrayList<>(errors.size());
        for (Map.Entry<String, CsvProblem> e : errors) {
            out.add(e.getKey() + ": " + e.getValue().message(locale));
        }
        return Collections.unmodifiableList(out);
    }

    /** @return the issue id, {@code receive.unreadable} */
    @Override
    public IssueId id() {
        return ID;
    }

    /** @return the parameters: the unit, then each error of the reader as its {@link CsvProblem} */
    @Override
    public List<Object> params() {
        List<Object> out = new ArrayList<>();
        out.add(unit);
        errors().forEach(e -> out.add(e.getValue()));
        return Collections.unmodifiableList(out);
    }

    /**
     * The message for people: a heading and each error on its own line.
     *
     * @param locale the language (Japanese, else English)
     * @return the message
     */
    @Override
    public String message(Locale locale) {
        return render(unit, errors(), locale);
    }

    /**
     * The problems that stopped reading, one line each: {@code FILE: message}.
     *
     * @param locale the language (Japanese, else English)
     * @return the lines
     */
    public List<String> problems(Locale locale) {
        return lines(errors(), locale);
    }

    /** @return {@link #problems(Locale)} in English */
    public List<String> problems() {
        return problems(Locale.ENGLISH);
    }

    private List<Map.Entry<String, CsvProblem>> errors() {
        return errors == null ? List.of() : errors;
    }
}
