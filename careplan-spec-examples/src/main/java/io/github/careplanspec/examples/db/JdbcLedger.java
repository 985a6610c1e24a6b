package io.github.careplanspec.examples.db;

import io.github.careplanspec.csv.receive.ChangeKey;
import io.github.careplanspec.csv.receive.KeyState;
import io.github.careplanspec.csv.receive.KeyedUnit;
import io.github.careplanspec.csv.receive.ReceiptLedger;
import io.github.careplanspec.csv.receive.UnitId;
import io.github.careplanspec.csv.receive.UnitOutcome;
import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Messages;
import io.github.careplanspec.model.name.FileSequence;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The receipt ledger in the database ({@link CatalogSchema#APPLIED_UNIT_TABLE}, {@link CatalogSchema#KEY_STATE_TABLE})
 * for one unit's transaction: answers from a {@link Prefetched} read where it can, otherwise from the database;
 * remembers the state it gave for each key, and writes the unit's entries checked against it ({@link #record}): a key
 * state is updated only if it still holds the value read ({@code UPDATE … WHERE sequence = ? AND present = ?}) and new
 * entries go in under their primary keys, so another importer writing meanwhile is detected ({@link Conflict}), never
 * overwritten.
 */
final class JdbcLedger implements ReceiptLedger {
    /** Values per {@code IN (…)} list of a prefetch query (padded, so one prepared statement serves). */
    private static final int IN_LIST = 256;

    private final StatementCache cache;
    private final Prefetched known;
    private final Map<ChangeKey, Optional<KeyState>> read = new HashMap<>();

    /**
     * A ledger for one transaction.
     *
     * @param cache the statements
     * @param known what a prefetch read, or {@code null} (or invalidated) to read the database
     */
    JdbcLedger(StatementCache cache, Prefetched known) {
        this.cache = cache;
        this.known = known != null && known.valid ? known : null;
    }

    /** @return the state of a key as this transaction saw it (read now if not yet) */
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
            PreparedStatement ps = cache.prepare("SELECT 1 FROM " + CatalogSchema.APPLIED_UNIT_TABLE
                    + " WHERE sequence = ? AND sender = ? AND receiver = ?");
            ps.setString(1, id.sequence().text());
            ps.setString(2, id.sender().toString());
            ps.setString(3, id.receiver().toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new Failure(e);
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
            PreparedStatement ps = cache.prepare("SELECT sequence, present FROM " + CatalogSchema.KEY_STATE_TABLE
                    + " WHERE change_key = ?");
            ps.setString(1, key.canonical());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new KeyState(FileSequence.parse(rs.getString(1)), rs.getBoolean(2)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new Failure(e);
        }
    }

    /**
     * Writes the unit id and its key states: inserts for keys read as absent, checked updates for the others.
     *
     * @param o an applied unit's outcome
     * @throws SQLException if the database fails (a unique violation: another importer inserted meanwhile)
     * @throws Conflict if a key state changed since it was read
     */
    void record(UnitOutcome o) throws SQLException, Conflict {
        UnitId id = o.unit();
        PreparedStatement unitPs = cache.prepare("INSERT INTO " + CatalogSchema.APPLIED_UNIT_TABLE
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
            Optional<KeyState> before = read(e.getKey());
            if (before.isEmpty()) {
                if (ins == null) {
                    ins = cache.prepare("INSERT INTO " + CatalogSchema.KEY_STATE_TABLE
                            + " (change_key, sequence, present) VALUES (?, ?, ?)");
                }
                ins.setString(1, key);
                ins.setString(2, e.getValue().sequence().text());
                ins.setBoolean(3, e.getValue().present());
                ins.addBatch();
            } else {
                if (upd == null) {
                    upd = cache.prepare("UPDATE " + CatalogSchema.KEY_STATE_TABLE
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
                    throw new Conflict(updated.get(i));
                }
            }
        }
    }

    /**
     * The ledger entries of a chunk of units, read in two queries.
     *
     * @param cache the statements
     * @param chunk the units
     * @return what the database holds for them
     * @throws SQLException if the database fails
     */
    static Prefetched prefetch(StatementCache cache, List<KeyedUnit> chunk) throws SQLException {
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
        PreparedStatement units = cache.prepare("SELECT sequence, sender, receiver FROM "
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
        PreparedStatement states = cache.prepare("SELECT change_key, sequence, present FROM "
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

    /** What a prefetch read, kept current as units commit; dropped after a conflict. */
    static final class Prefetched {
        private final Map<UnitId, Boolean> applied = new HashMap<>();
        private final Map<ChangeKey, Optional<KeyState>> states = new HashMap<>();
        private boolean valid = true;

        /** Another writer changed the ledger: the rest of the chunk reads the database. */
        void invalidate() {
            valid = false;
        }

        /** Takes in a committed unit's entries. */
        void remember(UnitOutcome o) {
            if (o.status() == UnitOutcome.Status.APPLIED) {
                applied.put(o.unit(), Boolean.TRUE);
                o.keyStates().forEach((k, v) -> states.put(k, Optional.of(v)));
            }
        }
    }

    /** A database failure while the processor reads the ledger. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * The ledger changed between reading and writing it (another importer); the transaction must roll back. Its text
     * ({@code db.ledger.conflict} with the key, or the database's own) is rendered by the catcher.
     */
    static final class Conflict extends Exception implements Localized {
        private static final long serialVersionUID = 1L;
        private static final IssueId CHANGED = IssueId.of("db.ledger.conflict");
        private static final IssueId DATABASE = IssueId.of("db.error");

        /** The key another import changed, or the database's message. */
        private final String detail;

        Conflict(String key) {
            super(Messages.text(CHANGED, Locale.ENGLISH, key));
            this.detail = key;
        }

        Conflict(SQLException cause) {
            super(Messages.text(DATABASE, Locale.ENGLISH, cause.getMessage()), cause);
            this.detail = cause.getMessage();
        }

        @Override
        public IssueId id() {
            return getCause() == null ? CHANGED : DATABASE;
        }

        @Override
        public List<Object> params() {
            return Localized.params(detail);
        }
    }
}
