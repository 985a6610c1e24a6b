package io.github.careplanspec.csv;

import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Keyed;
import io.github.careplanspec.model.issue.Messages;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * A record the writer refused because its text cannot be MS932 under the writer's policy (R2c). Nothing of the
 * record was written; the writer stays usable for the next record. Its id is {@code csv.write.unencodable}, its
 * parameter the refused texts ({@link #refusals()}); {@link #getMessage()} is English, the catcher renders
 * {@link #message(Locale)} in its language.
 */
public final class CsvWriteException extends IOException implements Keyed {
    private static final long serialVersionUID = 1L;
    private static final IssueId ID = IssueId.of("csv.write.unencodable");
    private static final IssueId REFUSAL = IssueId.of("csv.write.refusal");

    private final transient List<ItemConversion> refusals;

    /**
     * Creates the exception.
     *
     * @param refusals every refused text of the record
     */
    public CsvWriteException(List<ItemConversion> refusals) {
        super(message(refusals, Locale.ENGLISH));
        this.refusals = List.copyOf(refusals);
    }

    private static String message(List<ItemConversion> refusals, Locale locale) {
        StringBuilder sb = new StringBuilder();
        for (ItemConversion r : refusals) {
            sb.append(Messages.text(REFUSAL, locale, r.recordIndex(), r.column().label(), r.conversion().offset(),
                    r.conversion().original(), r.conversion().codePoints()));
        }
        return Messages.text(ID, locale, sb.toString());
    }

    /** @return the issue id, {@code csv.write.unencodable} */
    @Override
    public IssueId id() {
        return ID;
    }

    /** @return the one parameter: the refused texts (a list of {@link ItemConversion}) */
    @Override
    public List<Object> params() {
        return List.of(refusals());
    }

    /**
     * The message for people, naming every refused text.
     *
     * @param locale the language (Japanese, else English)
     * @return the message
     */
    @Override
    public String message(Locale locale) {
        return message(refusals(), locale);
    }

    /** @return every refused text of the record, located (empty after deserialization) */
    public List<ItemConversion> refusals() {
        return refusals == null ? List.of() : refusals;
    }
}
