package io.github.careplanspec.examples.db;

import io.github.careplanspec.csv.receive.ChangeKey;
import io.github.careplanspec.csv.receive.ImageFile;
import io.github.careplanspec.csv.receive.KeyedUnit;
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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Imports received units into a database with the {@link CatalogSchema}: each unit passes the {@link UnitGate}, is
 * processed by the {@link ReceiveProcessor} against the ledger held in the database, and its changes and ledger
 * entries are written in ONE transaction — a failure leaves the database as it was. Not thread-safe (one
 * connection).
 *
 * <p>Speed: {@link #importAll} reads the ledger for {@value #PREFETCH_UNITS} units at a time in two queries (the units
 * already applied, the state of every key the units touch — {@link KeyedUnit#keys()}) instead of querying it per
 * unit, skips the replace-deletes of keys no applied unit ever touched (no rows can exist for them while only
 * importers write the tables), and reuses its prepared statements. The prefetched ledger is checked when it is
 * written: a key state is updated only if it still holds the value read
 * ({@code UPDATE … WHERE sequence = ? AND present = ?}) and new entries are inserted under their primary keys, so
 * another importer writing the same database meanwhile is detected, never overwritten: the unit is rolled back and
 * retried once against the ledger as the database then holds it.
 */
public final class JdbcImporter {
    /** The embedded default database: an H2 file {@code careplan.mv.db} in the working directory, no server. */
    public static final String DEFAULT_URL = "jdbc:h2:./careplan";

    /** Units whose ledger entries {@link #importAll} reads in one go. */
    static final int PREFETCH_UNITS = 256;
    /** Values per {@code IN (…)} list of a prefetch query (padded, so one prepared statement serves). */
    private static final int IN_LIST = 256;
    /** SQLSTATE of a unique or primary key violation (ISO/IEC 9075; H2 and PostgreSQL use it). */
    private static final String UNIQUE_VIOLATION = "23505";

    private final Connection connection;
    private final ReceiveProcessor processor;
    private final UnitGate gate;
    private final Durability durability;

    /**
     * An importer; creates the schema's missing tables and makes the connection's commits durable where the database
     * allows it ({@link Durability#ensure}): a unit is reported {@code APPLIED} only once its commit survives a crash
     * of this process.
     *
     * @param connection the connection (its auto-commit is switched off while units are applied)
     * @param processor the processor
     * @param gate the check before applying
     * @throws SQLException if the schema cannot be created
     */
    public JdbcImporter(Connection connection, ReceiveProcessor processor, UnitGate gate) throws SQLException {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.processor = Objects.requireNonNull(processor, "processor");
        this.gate = Objects.requireNonNull(gate, "gate");
        CatalogSchema.create(connection);
        this.durability = Durability.ensure(connection);
    }

    /** @return whether the units reported applied survive a crash of this process, and what a user should know */
    public Durability durability() {
        return durability;
    }

    /**
     * Imports units in processing order (R22: sorted by ファイル連番, then sender, receiver), one transaction per unit.
     *
     * @param units the units in any order
     * @return one result per unit, in processing order
     * @throws ImportException at the first unit the database fails on (earlier units stay applied)
     */
    public List<ImportResult> importAll(Collection<ReceivedUnit> units) throws ImportException {
        List<ImportResult> out = new ArrayList<>(units.size());
        importAll(units, out::add);
        return out;
    }

    /**
     * Imports units in processing order (R22), one transaction per unit, handing each result over as soon as its
     * unit is committed (or found a duplicate, or rejected) — so a caller knows what was applied before a failure.
     *
     * @param units the units in any order
     * @param results receives one result per unit, in processing order
     * @throws ImportException at the first unit the database fails on (the units before it were handed over and stay
     *     applied; the units after it were not tried)
     */
    public void importAll(Collection<ReceivedUnit> units, Consumer<ImportResult> results) throws ImportException {
        Objects.requireNonNull(results, "results");
        List<ReceivedUnit> sorted = new ArrayList<>(units);
        if (sorted.isEmpty()) {
            return;
        }
        sorted.sort((a, b) -> a.id().compareTo(b.id()));
        try (Session session = new Session(sorted.get(0).id())) {
            for (int from = 0; from < sorted.size(); from += PREFETCH_UNITS) {
                List<KeyedUnit> chunk = new ArrayList<>();
                for (ReceivedUnit u : sorted.subList(from, Math.min(sorted.size(), from + PREFETCH_UNITS))) {
                    chunk.add(processor.key(u));
                }
                Prefetched known;
                try {
                    known = prefetch(session, chunk);
                } catch (SQLException | RuntimeException e) {
                    try {
                        connection.rollback();
                    } catch (SQLException r) {
                        e.addSuppressed(r);
                    }
                    throw new ImportException(chunk.get(0).id(), e);
                }
                for (KeyedUnit u : chunk) {
                    results.accept(importUnit(session, u, known));
                }
            }
        }
    }

    /**
     * Imports one unit in one transaction, reading the ledger as the database holds it.
     *
     * @param unit the unit
     * @return what was done
     * @throws ImportException if the database failed; the transaction was rolled back
     */
    public ImportResult importUnit(ReceivedUnit unit) throws ImportException {
        try (Session session = new Session(unit.id())) {
            return importUnit(session, processor.key(unit), null);
        }
    }

    private ImportResult importUnit(Session session, KeyedUnit unit, Prefetched known) throws ImportException {
        UnitGate.Decision d = gate.check(unit.unit());
        if (!d.accepted()) {
            return new ImportResult(unit.id(), ImportResult.Status.REJECTED_BY_GATE, d.reasons(), Optional.empty());
        }
        UnitOutcome o;
        try {
            o = applyInTransaction(session, unit, known);
        } catch (LedgerConflict c) {
            if (known == null) {
                throw new ImportException(unit.id(), c.getCause() != null ? c.getCause() : c);
            }
            // another writer changed the ledger since the prefetch: read it afresh and try once more
            known.invalidate();
            try {
                o = applyInTransaction(session, unit, null);
            } catch (LedgerConflict again) {
                throw new ImportException(unit.id(), again.getCause() != null ? again.getCause() : again);
            }
        }
        if (known != null) {
            known.remember(o);
        }
        List<String> reasons = new ArrayList<>(d.reasons());
        reasons.addAll(o.problems());
        reasons.addAll(o.notes());
        ImportResult.Status s = switch (o.status()) {
            case APPLIED -> ImportResult.Status.APPLIED;
            case DUPLICATE -> ImportResult.Status.DUPLICATE;
            case REJECTED -> ImportResult.Status.REJECTED;
        };
        return new ImportResult(unit.id(), s, reasons, Optional.of(o));
    }

    /** Processes and writes one unit, committed; rolled back on any failure. */
    private UnitOutcome applyInTransaction(Session session, KeyedUnit unit, Prefetched known)
            throws ImportException, LedgerConflict {
        try {
            Ledger ledger = new Ledger(session, known);
            UnitOutcome o = processor.process(unit, ledger);
            if (o.status() == UnitOutcome.Status.APPLIED) {
                // the ledger first: a concurrent writer is detected before any row is written
                record(session, o, ledger);
                for (ReceiveEvent e : o.changes()) {
                    apply(session, e, ledger);
                }
            }
            connection.commit();
            return o;
        } catch (SQLException | RuntimeException | LedgerConflict e) {
            try {
                connection.rollback();
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            if (e instanceof LedgerConflict c) {
                throw c;
            }
            if (e instanceof SQLException q && UNIQUE_VIOLATION.equals(q.getSQLState())) {
                throw new LedgerConflict(q);
            }
            throw new ImportException(unit.id(), e);
        }
    }

    private void apply(Session session, ReceiveEvent e, Ledger ledger) throws SQLException {
        if (e instanceof ReceiveEvent.FamilyStored s) {
            // a key no applied unit ever touched has no rows: nothing to replace
            if (ledger.wasTouched(s.key())) {
                for (FileKind kind : s.key().family().members()) {
                    deleteKind(session, s.key(), kind);
                }
            }
            for (FileKind kind : s.key().family().members()) {
                if (kind == FileKind.UPKIHON_IMAGE) {
                    insertImages(session, s.key(), s.content().images());
                } else if (isStored(kind)) {
                    insertRows(session, s.key(), kind, s.content().rows(kind));
                }
            }
        } else if (e instanceof ReceiveEvent.FamilyDeleted d) {
            if (ledger.wasTouched(d.key())) {
                for (FileKind kind : d.cascade()) {
                    deleteKind(session, d.key(), kind);
                }
            }
        }
    }

    private static boolean isStored(FileKind kind) {
        return kind.isCsv() && Catalog.recordType(kind).isPresent();
    }

    private void deleteKind(Session session, ChangeKey key, FileKind kind) throws SQLException {
        if (kind == FileKind.UPKIHON_IMAGE) {
            PreparedStatement ps = session.prepare("DELETE FROM " + CatalogSchema.IMAGE_TABLE
                    + " WHERE item_002 = ? AND item_003 = ? AND item_004 = ?");
            bindKey(ps, key.keyItems(FileKind.UPKIHON), 1);
            ps.executeUpdate();
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
        PreparedStatement ps = session.prepare(sql.toString());
        int i = bindKey(ps, items, 1);
        if (key instanceof ChangeKey.ResultKey r) {
            ps.setString(i, r.serviceType().text());
        }
        ps.executeUpdate();
    }

    private static int bindKey(PreparedStatement ps, Map<Integer, String> items, int first) throws SQLException {
        int i = first;
        for (String v : items.values()) {
            ps.setString(i++, v);
        }
        return i;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void insertRows(Session session, ChangeKey key, FileKind kind, List<Record> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        RecordLayout layout = Catalog.layout(kind);
        int n = layout.size();
        boolean result = kind == FileKind.UPJSK;
        PreparedStatement ps = session.prepare(INSERT_SQL.get(kind));
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

    /** The INSERT of every stored kind, built once. */
    private static final Map<FileKind, String> INSERT_SQL = new EnumMap<>(FileKind.class);

    static {
        for (FileKind kind : CatalogSchema.storedKinds()) {
            INSERT_SQL.put(kind, insertSql(kind, Catalog.layout(kind).size(), kind == FileKind.UPJSK));
        }
    }

    private static String insertSql(FileKind kind, int n, boolean result) {
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
        return sql.append("row_no) VALUES (").append(qs).append("?)").toString();
    }

    private void insertImages(Session session, ChangeKey key, List<ImageFile> images) throws SQLException {
        if (images.isEmpty()) {
            return;
        }
        PreparedStatement ps = session.prepare("INSERT INTO " + CatalogSchema.IMAGE_TABLE
                + " (item_002, item_003, item_004, row_no, file_name, data) VALUES (?, ?, ?, ?, ?, ?)");
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

    /** Writes the unit id and its key states: inserts for keys read as absent, checked updates for the others. */
    private void record(Session session, UnitOutcome o, Ledger ledger) throws SQLException, LedgerConflict {
        UnitId id = o.unit();
        PreparedStatement unitPs = session.prepare("INSERT INTO " + CatalogSchema.APPLIED_UNIT_TABLE
                + " (sequence, sender, receiver) VALUES (?, ?, ?)");
        unitPs.setString(1, id.sequence().text());
        unitPs.setString(2, id.sender().toString());
        unitPs.setString(3, id.receiver().toString());
        unitPs.executeUpdate();
        PreparedStatement ins = null;
        PreparedStatement upd = null;
        List<String> updated = new ArrayList<>();
        for (Map.Entry<ChangeKey, KeyState> e : o.keyStates().entrySet()) {
            String key = e.getKey().canonical();
            Optional<KeyState> before = ledger.read(e.getKey());
            if (before.isEmpty()) {
                if (ins == null) {
                    ins = session.prepare("INSERT INTO " + CatalogSchema.KEY_STATE_TABLE
                            + " (change_key, sequence, present) VALUES (?, ?, ?)");
                }
                ins.setString(1, key);
                ins.setString(2, e.getValue().sequence().text());
                ins.setBoolean(3, e.getValue().present());
                ins.addBatch();
            } else {
                if (upd == null) {
                    upd = session.prepare("UPDATE " + CatalogSchema.KEY_STATE_TABLE
                            + " SET sequence = ?, present = ? WHERE change_key = ? AND sequence = ? AND present = ?");
                }
                upd.setString(1, e.getValue().sequence().text());
                upd.setBoolean(2, e.getValue().present());
                upd.setString(3, key);
                upd.setString(4, before.get().sequence().text());
                upd.setBoolean(5, before.get().present());
                upd.addBatch();
                updated.add(key);
            }
        }
        if (ins != null) {
            ins.executeBatch();
        }
        if (upd != null) {
            int[] counts = upd.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    throw new LedgerConflict("受信台帳が他の取込で更新されました / the receipt ledger was changed by"
                            + " another import meanwhile: " + updated.get(i));
                }
            }
        }
    }

    /** The ledger entries of a chunk of units, read in two queries; updated as the chunk's units commit. */
    private Prefetched prefetch(Session session, List<KeyedUnit> chunk) throws SQLException {
        Prefetched known = new Prefetched();
        Map<String, UnitId> byText = new HashMap<>();
        Set<String> sequences = new LinkedHashSet<>();
        Set<ChangeKey> keys = new LinkedHashSet<>();
        for (KeyedUnit u : chunk) {
            known.applied.put(u.id(), Boolean.FALSE);
            byText.put(u.id().sequence().text() + ' ' + u.id().sender() + ' ' + u.id().receiver(), u.id());
            sequences.add(u.id().sequence().text());
            keys.addAll(u.keys());
        }
        Map<String, ChangeKey> byCanonical = new HashMap<>();
        for (ChangeKey k : keys) {
            byCanonical.put(k.canonical(), k);
            known.states.put(k, Optional.empty());
        }
        String in = "?" + ", ?".repeat(IN_LIST - 1);
        PreparedStatement units = session.prepare("SELECT sequence, sender, receiver FROM "
                + CatalogSchema.APPLIED_UNIT_TABLE + " WHERE sequence IN (" + in + ")");
        for (List<String> part : parts(new ArrayList<>(sequences))) {
            bindPadded(units, part);
            try (ResultSet rs = units.executeQuery()) {
                while (rs.next()) {
                    UnitId id = byText.get(rs.getString(1) + ' ' + rs.getString(2) + ' ' + rs.getString(3));
                    if (id != null) {
                        known.applied.put(id, Boolean.TRUE);
                    }
                }
            }
        }
        PreparedStatement states = session.prepare("SELECT change_key, sequence, present FROM "
                + CatalogSchema.KEY_STATE_TABLE + " WHERE change_key IN (" + in + ")");
        for (List<String> part : parts(new ArrayList<>(byCanonical.keySet()))) {
            bindPadded(states, part);
            try (ResultSet rs = states.executeQuery()) {
                while (rs.next()) {
                    ChangeKey k = byCanonical.get(rs.getString(1));
                    if (k != null) {
                        known.states.put(k, Optional.of(new KeyState(FileSequence.parse(rs.getString(2)),
                                rs.getBoolean(3))));
                    }
                }
            }
        }
        return known;
    }

    private static List<List<String>> parts(List<String> values) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i += IN_LIST) {
            out.add(values.subList(i, Math.min(values.size(), i + IN_LIST)));
        }
        return out;
    }

    /** Binds the values, repeating the last one to fill the list (the statement keeps one shape). */
    private static void bindPadded(PreparedStatement ps, List<String> values) throws SQLException {
        for (int i = 0; i < IN_LIST; i++) {
            ps.setString(i + 1, values.get(Math.min(i, values.size() - 1)));
        }
    }

    /** What the prefetch read, kept current as units commit; dropped after a conflict. */
    private static final class Prefetched {
        private final Map<UnitId, Boolean> applied = new HashMap<>();
        private final Map<ChangeKey, Optional<KeyState>> states = new HashMap<>();
        private boolean valid = true;

        void invalidate() {
            valid = false;
        }

        void remember(UnitOutcome o) {
            if (o.status() == UnitOutcome.Status.APPLIED) {
                applied.put(o.unit(), Boolean.TRUE);
                o.keyStates().forEach((k, v) -> states.put(k, Optional.of(v)));
            }
        }
    }

    /**
     * The ledger for one unit's transaction: answers from the prefetch where it can, otherwise from the database;
     * remembers the state it gave for each key (what {@link #record} checks and {@link #apply} relies on).
     */
    private final class Ledger implements ReceiptLedger {
        private final Session session;
        private final Prefetched known;
        private final Map<ChangeKey, Optional<KeyState>> read = new HashMap<>();

        Ledger(Session session, Prefetched known) {
            this.session = session;
            this.known = known != null && known.valid ? known : null;
        }

        Optional<KeyState> read(ChangeKey key) {
            Optional<KeyState> s = read.get(key);
            return s != null ? s : state(key);
        }

        /** @return whether an applied unit ever touched the key (else no rows can exist for it) */
        boolean wasTouched(ChangeKey key) {
            return read(key).isPresent();
        }

        @Override
        public boolean isApplied(UnitId id) {
            Boolean b = known == null ? null : known.applied.get(id);
            if (b != null) {
                return b;
            }
            try {
                PreparedStatement ps = session.prepare("SELECT 1 FROM " + CatalogSchema.APPLIED_UNIT_TABLE
                        + " WHERE sequence = ? AND sender = ? AND receiver = ?");
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
            Optional<KeyState> s = known == null ? null : known.states.get(key);
            if (s == null) {
                s = query(key);
            }
            read.put(key, s);
            return s;
        }

        private Optional<KeyState> query(ChangeKey key) {
            try {
                PreparedStatement ps = session.prepare("SELECT sequence, present FROM " + CatalogSchema.KEY_STATE_TABLE
                        + " WHERE change_key = ?");
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

    /**
     * The connection set up for importing (auto-commit off) and the prepared statements reused across units;
     * closing it closes them and restores auto-commit.
     */
    private final class Session implements AutoCloseable {
        private final UnitId first;
        private final Map<String, PreparedStatement> statements = new HashMap<>();
        private final boolean autoCommit;

        Session(UnitId first) throws ImportException {
            this.first = first;
            try {
                autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(false);
            } catch (SQLException e) {
                throw new ImportException(first, e);
            }
        }

        PreparedStatement prepare(String sql) throws SQLException {
            PreparedStatement ps = statements.get(sql);
            if (ps == null) {
                ps = connection.prepareStatement(sql);
                statements.put(sql, ps);
            }
            return ps;
        }

        @Override
        public void close() throws ImportException {
            SQLException failure = null;
            for (PreparedStatement ps : statements.values()) {
                try {
                    ps.close();
                } catch (SQLException e) {
                    failure = failure == null ? e : failure;
                }
            }
            try {
                connection.setAutoCommit(autoCommit);
            } catch (SQLException e) {
                failure = failure == null ? e : failure;
            }
            if (failure != null && !isBroken()) {
                throw new ImportException(first, failure);
            }
        }

        private boolean isBroken() {
            try {
                return connection.isClosed();
            } catch (SQLException e) {
                return true;
            }
        }
    }

    /** A database failure while the processor reads the ledger (caught by {@link #applyInTransaction}). */
    private static final class LedgerException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LedgerException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** The ledger changed between reading and writing it (another importer); the transaction was rolled back. */
    private static final class LedgerConflict extends Exception {
        private static final long serialVersionUID = 1L;

        LedgerConflict(String message) {
            super(message);
        }

        LedgerConflict(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
