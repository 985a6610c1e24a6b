package io.github.careplanspec.csv.receive;

import java.util.List;

/**
 * Thrown by {@link ReceivedUnit#from} when a file of a transmission unit cannot be read into records as the spec
 * says (an error of the strict reader: bytes that are not MS932, a wrong item count, an item that does not convert
 * …). Validate units first ({@code careplan-spec-validation}) to get every problem located and explained.
 */
public final class UnreadableUnitException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The problems, one line each, {@code FILE: message (ja) / message (en)}. */
    private final List<String> problems;

    UnreadableUnitException(String unit, List<String> problems) {
        super("unreadable transmission unit / 読めない送信単位 " + unit + ":\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** @return the problems that stopped reading, one line each (Japanese / English) */
    public List<String> problems() {
        return problems;
    }
}
