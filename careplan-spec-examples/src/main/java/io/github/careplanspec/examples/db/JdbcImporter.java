package io.github.careplanspec.examples.db;

import io.github.careplanspec.csv.receive.ChangeKey;
import io.github.careplanspec.csv.receive.ImageFile;
import io.github.careplanspec.csv.receive.KeyState;
import io.github.careplanspec.csv.receive.ReceiptLedger;
import io.github.careplanspec.csv.receive.ReceiveEvent;
import io.github.careplanspec.csv.receive.ReceiveProcessor;
import io.github.careplanspec.csv.receive.ReceivedUnit;
import io.github.careplanspec.csv.receive.UnitId;
import io.github.careplanspec.csv.receive.UnitOutcome;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.name.FileSequence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports received units into a database with the {@link CatalogSchema}: each unit passes the {@link UnitGate}, is
 * processed by the {@link ReceiveProcessor} against the ledger held in the database, and its changes and ledger
 * entries are written in ONE transaction — a failure leaves the database as it was. Not thread-safe (one
 * connection).
 */
public final class JdbcImporter {
    /** The embedded default database: an H2 file {@code careplan.mv.db} in the working directory, no server. */
    public static final String DEFAULT_URL = "jdbc:h2:./careplan";

    private final Connection connection;
    private final ReceiveProcessor processor;
    private final UnitGate gate;

    /**
     * An importer; creates the schema's missing tables.
     *
     * @param connection the connection (its auto-commit is switched off while a unit is applied)
     * @param processor the processor
     * @param gate the check before applying
     * @throws SQLException if the schema cannot be created
     */
    public JdbcImporter(Connection connection, ReceiveProcessor processor, UnitGate gate) throws SQLException {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.processor = Objects.requireNonNull(processor, "processor");
        this.gate = Objects.requireNonNull(gate, "gate");
        CatalogSchema.create(connection);
    }

    /**
     * Imports units in processing order (R22: sorted by ファイル連番, then sender, receiver).
     *
     * @param units the units in any order
     * @return one result per unit, in processing order
     * @throws ImportException at the first unit the database fails on (earlier units stay applied)
     */
    public List<ImportResult> importAll(Collection<ReceivedUnit> units) throws ImportException {
        List<ReceivedUnit> sorted = new ArrayList<>(units);
        sorted.sort((a, b) -> a.id().compareTo(b.id()));
        List<ImportResult> out = new ArrayList<>();
        for (ReceivedUnit u : sorted) {
            out.add(importUnit(u));
        }
        return out;
    }

    /**
     * Imports one unit in one transaction.
     *
     * @param unit the unit
     * @return what was done
     * @throws ImportException if the database failed; the transaction was rolled back
     */
    public ImportResult importUnit(ReceivedUnit unit) throws ImportException {
        UnitGate.Decision d = gate.check(unit);
        if (!d.accepted()) {
            return new ImportResult(unit.id(), ImportResult.Status.REJECTED_BY_GATE, d.reasons(), Optional.empty());
        }
        boolean auto;
        try {
            auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new ImportException(unit.id(), e);
        }
        try {
            UnitOutcome o = processor.process(unit, new Ledger());
            if (o.status() == UnitOutcome.Status.APPLIED) {
                for (ReceiveEvent e : o.changes()) {
                    apply(e);
                }
                record(o);
            }
            connection.commit();
            List<String> reasons = new ArrayList<>(d.reasons());
            reasons.addAll(o.problems());
            reasons.addAll(o.notes());
            ImportResult.Status s = switch (o.status()) {
                case APPLIED -> ImportResult.Status.APPLIED;
                case DUPLICATE -> ImportResult.Status.DUPLICATE;
                case REJECTED -> ImportResult.Status.REJECTED;
            };
            return new ImportResult(unit.id(), s, reasons, Optional.of(o));
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            throw new ImportException(unit.id(), e);
        } finally {
            try {
                connection.setAutoCommit(auto);
            } catch (SQLException ignored) {
                // the connection is broken; the caller sees the ImportException
            }
        }
    }

    private void apply(ReceiveEvent e) throws SQLException {
        if (e instanceof ReceiveEvent.FamilyStored s) {
            for (FileKind kind : s.key().family().members()) {
                deleteKind(s.key(), kind);
            }
            for (FileKind kind : s.key().family().members()) {
                if (kind == FileKind.UPKIHON_IMAGE) {
                    insertImages(s.key(), s.content().images());
                } else if (isStored(kind)) {
                    insertRows(s.key(), kind, s.content().rows(kind));
                }
            }
        } else if (e instanceof ReceiveEvent.FamilyDeleted d) {
            for (FileKind kind : d.cascade()) {
                deleteKind(d.key(), kind);
            }
        }
    }

    private static boolean isStored(FileKind kind) {
        return kind.isCsv() && Catalog.recordType(kind).isPresent();
    }

    private void deleteKind(ChangeKey key, FileKind kind) throws SQLException {
        if (kind == FileKind.UPKIHON_IMAGE) {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM " + CatalogSchema.IMAGE_TABLE
                    + " WHERE item_002 = ? AND item_003 = ? AND item_004 = ?")) {
                bindKey(ps, key.keyItems(FileKind.UPKIHON), 1);
                ps.executeUpdate();
            }
            return;
        }
        if (!isStored(kind)) {
            return;
        }
        Map<Integer, String> items = key.keyItems(kind);
        StringBuilder sql = new StringBuilder("DELETE FROM ").append(CatalogSchema.table(kind)).append(" WHERE ");
        String sep = "";
        for (int no : items.keySet()) {
            sql.append(sep).append(CatalogSchema.column(no)).append(" = ?");
            sep = " AND ";
        }
        if (key instanceof ChangeKey.ResultKey) {
            sql.append(" AND ").append(CatalogSchema.SERVICE_TYPE_COLUMN).append(" = ?");
        }
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            int i = bindKey(ps, items, 1);
            if (key instanceof ChangeKey.ResultKey r) {
                ps.setString(i, r.serviceType().text());
            }
            ps.executeUpdate();
        }
    }

    private static int bindKey(PreparedStatement ps, Map<Integer, String> items, int first) throws SQLException {
        int i = first;
        for (String v : items.values()) {
            ps.setString(i++, v);
        }
        return i;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void insertRows(ChangeKey key, FileKind kind, List<Record> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        RecordLayout layout = Catalog.layout(kind);
        int n = layout.size();
        boolean result = kind == FileKind.UPJSK;
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(CatalogSchema.table(kind)).append(" (");
        StringBuilder qs = new StringBuilder();
        for (int no = 1; no <= n; no++) {
            sql.append(CatalogSchema.column(no)).append(", ");
            qs.append("?, ");
        }
        if (result) {
            sql.append(CatalogSchema.SERVICE_TYPE_COLUMN).append(", ");
            qs.append("?, ");
        }
        sql.append("row_no) VALUES (").append(qs).append("?)");
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            int rowNo = 0;
            for (Record r : rows) {
                String[] t = layout.format(r);
                for (int i = 0; i < n; i++) {
                    // an absent item is stored as NULL, read back as an empty text
                    ps.setString(i + 1, t[i].isEmpty() ? null : t[i]);
                }
                int p = n + 1;
                if (result) {
                    ps.setString(p++, ((ChangeKey.ResultKey) key).serviceType().text());
                }
                ps.setInt(p, ++rowNo);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertImages(ChangeKey key, List<ImageFile> images) throws SQLException {
        if (images.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + CatalogSchema.IMAGE_TABLE
                + " (item_002, item_003, item_004, row_no, file_name, data) VALUES (?, ?, ?, ?, ?, ?)")) {
            int rowNo = 0;
            for (ImageFile f : images) {
                int i = bindKey(ps, key.keyItems(FileKind.UPKIHON), 1);
                ps.setInt(i++, ++rowNo);
                ps.setString(i++, f.fileName());
                ps.setBytes(i, f.data());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void record(UnitOutcome o) throws SQLException {
        UnitId id = o.unit();
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + CatalogSchema.APPLIED_UNIT_TABLE
                + " (sequence, sender, receiver) VALUES (?, ?, ?)")) {
            ps.setString(1, id.sequence().text());
            ps.setString(2, id.sender().toString());
            ps.setString(3, id.receiver().toString());
            ps.executeUpdate();
        }
        if (o.keyStates().isEmpty()) {
            return;
        }
        try (PreparedStatement del = connection.prepareStatement("DELETE FROM " + CatalogSchema.KEY_STATE_TABLE
                + " WHERE change_key = ?");
                PreparedStatement ins = connection.prepareStatement("INSERT INTO " + CatalogSchema.KEY_STATE_TABLE
                        + " (change_key, sequence, present) VALUES (?, ?, ?)")) {
            for (Map.Entry<ChangeKey, KeyState> e : o.keyStates().entrySet()) {
                del.setString(1, e.getKey().canonical());
                del.addBatch();
                ins.setString(1, e.getKey().canonical());
                ins.setString(2, e.getValue().sequence().text());
                ins.setBoolean(3, e.getValue().present());
                ins.addBatch();
            }
            del.executeBatch();
            ins.executeBatch();
        }
    }

    /** The ledger as the database holds it, read inside the unit's transaction. */
    private final class Ledger implements ReceiptLedger {
        @Override
        public boolean isApplied(UnitId id) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM " + CatalogSchema.APPLIED_UNIT_TABLE
                    + " WHERE sequence = ? AND sender = ? AND receiver = ?")) {
                ps.setString(1, id.sequence().text());
                ps.setString(2, id.sender().toString());
                ps.setString(3, id.receiver().toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            } catch (SQLException e) {
                throw new LedgerException(e);
            }
        }

        @Override
        public Optional<KeyState> state(ChangeKey key) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT sequence, present FROM "
                    + CatalogSchema.KEY_STATE_TABLE + " WHERE change_key = ?")) {
                ps.setString(1, key.canonical());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new KeyState(FileSequence.parse(rs.getString(1)), rs.getBoolean(2)))
                            : Optional.empty();
                }
            } catch (SQLException e) {
                throw new LedgerException(e);
            }
        }
    }

    /** A database failure while the processor reads the ledger (caught by {@link #importUnit}). */
    private static final class LedgerException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LedgerException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
