package io.github.careplanspec.examples.db;

import io.github.careplanspec.csv.receive.KeyedUnit;
import io.github.careplanspec.csv.receive.ReceiveEvent;
import io.github.careplanspec.csv.receive.ReceiveProcessor;
import io.github.careplanspec.csv.receive.ReceivedUnit;
import io.github.careplanspec.csv.receive.UnitOutcome;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Imports received units into a database with the {@link CatalogSchema}: each unit passes the {@link UnitGate}, is
 * processed by the {@link ReceiveProcessor} against the ledger held in the database, and its changes and ledger
 * entries are written in ONE transaction — a failure leaves the database as it was. A unit is handed over as
 * {@code APPLIED} only once its commit returned on a connection made durable ({@link Durability}). Not thread-safe
 * (one connection); several importers (processes) may write one database at once.
 *
 * <p>This class is the loop: order, prefetch per chunk, gate, process, retry. The ledger with its prefetch and
 * optimistic check is {@link JdbcLedger}, the family rows {@link FamilyTables}, the prepared statements
 * {@link StatementCache}.
 *
 * <p>Speed: {@link #importAll} reads the ledger for {@value #PREFETCH_UNITS} units at a time in two queries (the units
 * already applied, the state of every key the units touch — {@link KeyedUnit#keys()}) instead of querying it per
 * unit, skips the replace-deletes of keys no applied unit ever touched (no rows can exist for them while only
 * importers write the tables), and reuses its prepared statements. The prefetched ledger is checked when it is
 * written, so another importer writing the same database meanwhile is detected, never overwritten: the unit is rolled
 * back and tried again against the ledger as the database then holds it (at most {@value #ATTEMPTS} times).
 */
public final class JdbcImporter {
    /** The embedded default database: an H2 file {@code careplan.mv.db} in the working directory, no server. */
    public static final String DEFAULT_URL = "jdbc:h2:./careplan";

    /** Units whose ledger entries {@link #importAll} reads in one go. */
    static final int PREFETCH_UNITS = 256;
    /** Tries of one unit whose ledger another importer changed meanwhile (the first and two re-reads). */
    static final int ATTEMPTS = 3;
    /**
     * SQLSTATEs of another writer getting there first: a unique or primary key violation (ISO/IEC 9075; H2 and
     * PostgreSQL use it), a serialization failure, a deadlock (PostgreSQL) and a lock timeout (H2).
     */
    private static final Set<String> CONFLICT_STATES = Set.of("23505", "40001", "40P01", "HYT00");

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
        try (StatementCache session = new StatementCache(connection, sorted.get(0).id())) {
            for (int from = 0; from < sorted.size(); from += PREFETCH_UNITS) {
                List<KeyedUnit> chunk = new ArrayList<>();
                for (ReceivedUnit u : sorted.subList(from, Math.min(sorted.size(), from + PREFETCH_UNITS))) {
                    chunk.add(processor.key(u));
                }
                JdbcLedger.Prefetched known;
                try {
                    known = JdbcLedger.prefetch(session, chunk);
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
        try (StatementCache session = new StatementCache(connection, unit.id())) {
            return importUnit(session, processor.key(unit), null);
        }
    }

    private ImportResult importUnit(StatementCache session, KeyedUnit unit, JdbcLedger.Prefetched known)
            throws ImportException {
        UnitGate.Decision d = gate.check(unit.unit());
        if (!d.accepted()) {
            return new ImportResult(unit.id(), ImportResult.Status.REJECTED_BY_GATE, d.reasons(), Optional.empty());
        }
        UnitOutcome o = null;
        JdbcLedger.Prefetched read = known;
        for (int attempt = 1; o == null; attempt++) {
            try {
                o = applyInTransaction(session, unit, read);
            } catch (JdbcLedger.Conflict c) {
                if (attempt == ATTEMPTS) {
                    throw new ImportException(unit.id(), c.getCause() != null ? c.getCause() : c);
                }
                // another writer changed the ledger since it was read: read it afresh and try again
                if (known != null) {
                    known.invalidate();
                }
                read = null;
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
    private UnitOutcome applyInTransaction(StatementCache session, KeyedUnit unit, JdbcLedger.Prefetched known)
            throws ImportException, JdbcLedger.Conflict {
        try {
            JdbcLedger ledger = new JdbcLedger(session, known);
            UnitOutcome o = processor.process(unit, ledger);
            if (o.status() == UnitOutcome.Status.APPLIED) {
                // the ledger first: a concurrent writer is detected before any row is written
                ledger.record(o);
                FamilyTables tables = new FamilyTables(session);
                for (ReceiveEvent e : o.changes()) {
                    tables.apply(e, ledger::wasTouched, o.unit());
                }
            }
            connection.commit();
            return o;
        } catch (SQLException | RuntimeException | JdbcLedger.Conflict e) {
            try {
                connection.rollback();
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            if (e instanceof JdbcLedger.Conflict c) {
                throw c;
            }
            SQLException q = e instanceof SQLException x ? x
                    : e instanceof JdbcLedger.Failure f && f.getCause() instanceof SQLException y ? y : null;
            if (q != null && q.getSQLState() != null && CONFLICT_STATES.contains(q.getSQLState())) {
                throw new JdbcLedger.Conflict(q);
            }
            throw new ImportException(unit.id(), e);
        }
    }
}
