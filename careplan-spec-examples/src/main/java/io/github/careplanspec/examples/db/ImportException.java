package io.github.careplanspec.examples.db;

import io.github.careplanspec.csv.receive.UnitId;

/** A unit could not be applied because the database failed; the unit's transaction was rolled back. */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The unit. */
    private final transient UnitId unit;

    /**
     * Creates.
     *
     * @param unit the unit
     * @param cause the database failure
     */
    public ImportException(UnitId unit, Throwable cause) {
        super("送信単位を取り込めませんでした（ロールバック済み） / could not import unit " + unit
                + " (rolled back): " + cause.getMessage(), cause);
        this.unit = unit;
    }

    /** @return the unit, if still known after deserialisation */
    public UnitId unit() {
        return unit;
    }
}
