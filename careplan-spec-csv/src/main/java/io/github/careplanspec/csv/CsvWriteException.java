package io.github.careplanspec.csv;

import java.io.IOException;
import java.util.List;

/**
 * A record the writer refused because its text cannot be MS932 under the writer's policy (R2c). Nothing of the
 * record was written; the writer stays usable for the next record.
 */
public final class CsvWriteException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient List<ItemConversion> refusals;

    /**
     * Creates the exception.
     *
     * @param refusals every refused text of the record
     */
    public CsvWriteException(List<ItemConversion> refusals) {
        super(message(refusals));
        this.refusals = List.copyOf(refusals);
    }

    private static String message(List<ItemConversion> refusals) {
        StringBuilder sb = new StringBuilder("MS932 に変換できない文字があります / not convertible to MS932 (R2c):");
        for (ItemConversion r : refusals) {
            sb.append(" record ").append(r.recordIndex()).append(' ').append(r.column().label()).append(" [")
                    .append(r.conversion().offset()).append("] ").append(r.conversion().original()).append(" (")
                    .append(r.conversion().codePoints()).append(");");
        }
        return sb.toString();
    }

    /** @return every refused text of the record, located */
    public List<ItemConversion> refusals() {
        return refusals;
    }
}
