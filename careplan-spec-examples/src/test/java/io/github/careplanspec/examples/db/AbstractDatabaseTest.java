package io.github.careplanspec.examples.db;

import static io.github.careplanspec.examples.db.DbFixtures.PLANNER;
import static io.github.careplanspec.examples.db.DbFixtures.PROVIDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.careplanspec.csv.receive.ImageFile;
import io.github.careplanspec.csv.receive.InMemoryReceiptLedger;
import io.github.careplanspec.csv.receive.InMemoryReceiveStore;
import io.github.careplanspec.csv.receive.ReceiveProcessor;
import io.github.careplanspec.csv.receive.ReceivedUnit;
import io.github.careplanspec.csv.receive.UnitOutcome;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.name.FileSequence;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The importer's contract, run against each database (H2 always; PostgreSQL when configured): one transaction per
 * unit, nothing partial after a failure, import then export gives the records back, and the stateful property
 * against the reference model of the spec.
 */
abstract class AbstractDatabaseTest {
    private Connection connection;

    /** @return a new connection to the test database (the same database on every call within a test) */
    abstract Connection open() throws SQLException;

    @BeforeEach
    void fresh() throws SQLException {
        connection = open();
        CatalogSchema.drop(connection);
        CatalogSchema.create(connection);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private JdbcImporter importer(Connection c) throws SQLException {
        return new JdbcImporter(c, new ReceiveProcessor(), UnitGate.ACCEPT_ALL);
    }

    private DatabaseContents exported() throws SQLException {
        try (Connection c = open()) {
            return DbFixtures.normalize(new JdbcExporter(c).export());
        }
    }

    private static ReceivedUnit everyFamily(long seq, String payload) {
        String img = DbFixtures.imageName(seq, 1);
        Map<FileKind, List<Record>> m = new java.util.EnumMap<>(FileKind.class);
        m.put(FileKind.UP1KYO, List.of(DbFixtures.row(FileKind.UP1KYO, 1, "20240401", payload)));
        m.put(FileKind.UP2KYO, List.of(DbFixtures.row(FileKind.UP2KYO, 1, "20240401", payload + "a"),
                DbFixtures.row(FileKind.UP2KYO, 1, "20240401", payload + "b")));
        m.put(FileKind.UP3KYO, List.of(DbFixtures.row(FileKind.UP3KYO, 1, "20240401", payload)));
        m.put(FileKind.UPHOSOKU, List.of(DbFixtures.supplement(1, "20240401", "000000", payload),
                DbFixtures.supplement(1, "00000000", "202405", payload)));
        m.put(FileKind.UPPLAN, List.of(DbFixtures.row(FileKind.UPPLAN, 1, "202405", payload)));
        m.put(FileKind.UPSIKYU, List.of(DbFixtures.row(FileKind.UPSIKYU, 1, "202405", payload)));
        m.put(FileKind.UPKIHON, List.of(DbFixtures.basicInfo(1, "20240910", img, payload)));
        m.put(FileKind.UPKIHON_SUB1, List.of(DbFixtures.row(FileKind.UPKIHON_SUB1, 1, "20240910", payload)));
        m.put(FileKind.UPKIHON_SUB2, List.of(DbFixtures.row(FileKind.UPKIHON_SUB2, 1, "20240910", payload)));
        m.put(FileKind.UPYOBO, List.of(DbFixtures.row(FileKind.UPYOBO, 1, "20240915", payload)));
        m.put(FileKind.UPYOBO_SUB, List.of(DbFixtures.row(FileKind.UPYOBO_SUB, 1, "20240915", "1"),
                DbFixtures.row(FileKind.UPYOBO_SUB, 1, "20240915", "2")));
        return ReceivedUnit.of(FileSequence.parse(Long.toString(seq)), PLANNER, PROVIDER, m,
                List.of(new ImageFile(img, payload.getBytes(StandardCharsets.UTF_8))));
    }

    private static ReceivedUnit results(long seq, String payload) {
        return ReceivedUnit.of(FileSequence.parse(Long.toString(seq)), PROVIDER, PLANNER, Map.of(FileKind.UPJSK,
                List.of(DbFixtures.result(1, "202405", "0300000005", "111111", payload),
                        DbFixtures.result(1, "202405", "0300000005", "131111", payload))), List.of());
    }

    /** What the library's in-memory receiver holds after the same units: the expected database contents. */
    private static DatabaseContents inMemory(List<ReceivedUnit> units) {
        InMemoryReceiveStore store = new InMemoryReceiveStore();
        new ReceiveProcessor().processAll(units, new InMemoryReceiptLedger()).forEach(store::apply);
        return DbFixtures.normalize(new DatabaseContents(store.snapshot(), store.allImages()));
    }

    @Test
    void theDatabaseHoldsTheSchemaWithItsCommentsAsDocumented() throws SQLException {
        java.sql.DatabaseMetaData md = connection.getMetaData();
        for (CatalogSchema.Table t : CatalogSchema.tables()) {
            Map<String, String> remarks = new java.util.LinkedHashMap<>();
            for (String name : List.of(t.name(), t.name().toUpperCase(java.util.Locale.ROOT))) {
                try (java.sql.ResultSet rs = md.getColumns(null, connection.getSchema(), name, null)) {
                    while (rs.next()) {
                        remarks.put(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT),
                                rs.getString("REMARKS"));
                    }
                }
            }
            Map<String, String> expected = new java.util.LinkedHashMap<>();
            t.columns().forEach(c -> expected.put(c.name(), c.comment()));
            assertEquals(expected, remarks, t.name());
        }
    }

    @Test
    void aDatabaseOfTheOldItemNnnSchemaIsRefusedWithAClearMessage() throws SQLException {
        CatalogSchema.drop(connection);
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE " + CatalogSchema.table(FileKind.UP1KYO) + " (item_001 VARCHAR, item_002 VARCHAR"
                    + " NOT NULL, row_no INTEGER NOT NULL)");
        }
        SQLException e = assertThrows(SQLException.class, () -> importer(connection));
        assertTrue(e.getMessage().contains("older careplan-spec schema (columns item_NNN)"), e::getMessage);
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE " + CatalogSchema.table(FileKind.UP1KYO));
        }
        CatalogSchema.create(connection);
    }

    @Test
    void importThenExportGivesTheRecordsBack() throws Exception {
        List<ReceivedUnit> units = List.of(everyFamily(20240401090000L, "一"), results(20240601090000L, "実績"));
        List<ImportResult> r = importer(connection).importAll(units);
        assertTrue(r.stream().allMatch(x -> x.status() == ImportResult.Status.APPLIED), r.toString());
        DatabaseContents db = exported();
        assertEquals(inMemory(units), db);
        int total = units.stream().mapToInt(u -> u.records().values().stream().mapToInt(List::size).sum()).sum();
        assertEquals(total, db.records().values().stream().mapToInt(List::size).sum());
        assertEquals(1, db.images().size());
    }

    @Test
    void reDeliveryAndGateRejectionChangeNothing() throws Exception {
        ReceivedUnit u = everyFamily(20240401090000L, "一");
        JdbcImporter imp = importer(connection);
        imp.importUnit(u);
        DatabaseContents before = exported();
        assertEquals(ImportResult.Status.DUPLICATE, imp.importUnit(u).status());
        JdbcImporter gated = new JdbcImporter(connection, new ReceiveProcessor(),
                unit -> UnitGate.Decision.reject(List.of("E: 必須項目が空です / a required item is empty")));
        ImportResult r = gated.importUnit(everyFamily(20240402090000L, "二"));
        assertEquals(ImportResult.Status.REJECTED_BY_GATE, r.status());
        assertTrue(r.outcome().isEmpty());
        assertEquals(before, exported());
    }

    @Test
    void constraintViolationMidUnitLeavesNothingPartial() throws Exception {
        JdbcImporter imp = importer(connection);
        imp.importUnit(everyFamily(20240401090000L, "一"));
        DatabaseContents before = exported();
        // 別表2 is written after the plan, 利用票, 利用者基本情報 and 別表1 rows of the unit
        String col = CatalogSchema.column(FileKind.UPKIHON_SUB2, DbFixtures.payloadNo(FileKind.UPKIHON_SUB2));
        try (Statement st = connection.createStatement()) {
            st.execute("ALTER TABLE " + CatalogSchema.table(FileKind.UPKIHON_SUB2) + " ADD CONSTRAINT no_boom CHECK ("
                    + col + " IS NULL OR " + col + " <> '二')");
        }
        ReceivedUnit second = everyFamily(20240402090000L, "二");
        assertThrows(ImportException.class, () -> imp.importUnit(second));
        assertEquals(before, exported(), "the tables written before the failing row are rolled back too");
        try (Statement st = connection.createStatement()) {
            st.execute("ALTER TABLE " + CatalogSchema.table(FileKind.UPKIHON_SUB2) + " DROP CONSTRAINT no_boom");
        }
        assertEquals(ImportResult.Status.APPLIED, imp.importUnit(second).status(),
                "not recorded as applied: it can be imported again");
        assertEquals(inMemory(List.of(everyFamily(20240401090000L, "一"), second)), exported());
    }

    @Test
    void importAllHandsOverEachResultBeforeAFailureAndTriesNothingAfterIt() throws Exception {
        JdbcImporter imp = importer(connection);
        String col = CatalogSchema.column(FileKind.UPKIHON_SUB2, DbFixtures.payloadNo(FileKind.UPKIHON_SUB2));
        try (Statement st = connection.createStatement()) {
            st.execute("ALTER TABLE " + CatalogSchema.table(FileKind.UPKIHON_SUB2) + " ADD CONSTRAINT no_boom CHECK ("
                    + col + " IS NULL OR " + col + " <> '二')");
        }
        ReceivedUnit first = everyFamily(20240401090000L, "一");
        ReceivedUnit failing = everyFamily(20240402090000L, "二");
        ReceivedUnit third = results(20240601090000L, "三");
        List<ImportResult> handed = new java.util.ArrayList<>();
        ImportException e = assertThrows(ImportException.class,
                () -> imp.importAll(List.of(third, failing, first), handed::add));
        assertEquals(failing.id(), e.unit());
        assertEquals(List.of(first.id()), handed.stream().map(ImportResult::unit).toList(), "in processing order");
        assertEquals(inMemory(List.of(first)), exported(), "the failing unit rolled back, the one after not tried");
    }

    @Test
    void brokenConnectionMidUnitLeavesNothingPartial() throws Exception {
        importer(connection).importUnit(everyFamily(20240401090000L, "一"));
        DatabaseContents before = exported();
        Connection real = open();
        AtomicInteger statements = new AtomicInteger();
        Connection breaking = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") && statements.incrementAndGet() == 12) {
                        real.close();
                        throw new SQLException("connection lost (injected)");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        JdbcImporter imp = importer(breaking);
        statements.set(0);
        assertThrows(ImportException.class, () -> imp.importUnit(everyFamily(20240402090000L, "二")));
        assertTrue(real.isClosed());
        assertEquals(before, exported());
    }

    @Test
    void anySequenceOfUnitsLeavesTheDatabaseEqualToTheReferenceModel() throws SQLException {
        JdbcImporter imp = importer(connection);
        qt().withExamples(examples()).forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(1, 14),
                lists().of(integers().between(0, 100_000)).ofSizeBetween(0, 8))
                .check((program, arrival) -> {
                    try {
                        clear();
                        DbFixtures.Scenario s = DbFixtures.decode(program, arrival);
                        Set<Object> seen = new HashSet<>();
                        for (ReceivedUnit u : s.arrivals()) {
                            ImportResult r = imp.importUnit(u);
                            ImportResult.Status expected = seen.add(u.id()) ? ImportResult.Status.APPLIED
                                    : ImportResult.Status.DUPLICATE;
                            if (r.status() != expected) {
                                return false;
                            }
                            if (r.outcome().map(UnitOutcome::status).orElse(null) == UnitOutcome.Status.REJECTED) {
                                return false;
                            }
                        }
                        return DbFixtures.reference(s.steps()).equals(exported());
                    } catch (SQLException | ImportException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    @Test
    void importAllWithItsPrefetchedLedgerLeavesTheDatabaseEqualToTheReferenceModel() throws SQLException {
        JdbcImporter imp = importer(connection);
        qt().withExamples(examples()).forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(1, 14),
                lists().of(integers().between(0, 100_000)).ofSizeBetween(0, 8), integers().between(0, 22))
                .check((program, arrival, cut) -> {
                    try {
                        clear();
                        DbFixtures.Scenario s = DbFixtures.decode(program, arrival);
                        List<ReceivedUnit> all = s.arrivals();
                        int split = Math.min(cut, all.size());
                        // two calls: the second prefetches a ledger the first one wrote
                        List<ImportResult> results = new java.util.ArrayList<>(imp.importAll(all.subList(0, split)));
                        results.addAll(imp.importAll(all.subList(split, all.size())));
                        long applied = results.stream().filter(r -> r.status() == ImportResult.Status.APPLIED)
                                .count();
                        long distinct = all.stream().map(ReceivedUnit::id).distinct().count();
                        return applied == distinct && results.size() == all.size()
                                && DbFixtures.reference(s.steps()).equals(exported());
                    } catch (SQLException | ImportException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    @Test
    void anotherImporterInsertingKeyStatesMeanwhileIsDetected() throws Exception {
        concurrentWriterAtGateCall(1);
    }

    @Test
    void anotherImporterUpdatingKeyStatesMeanwhileIsDetected() throws Exception {
        concurrentWriterAtGateCall(2);
    }

    /**
     * While importAll works through its prefetched chunk, a second importer on its own connection applies a NEWER
     * unit touching the same keys (at the given gate call): the prefetched ledger is stale. Written blindly, the
     * older units would overwrite the newer data; detected, they are retried and superseded (R22).
     */
    private void concurrentWriterAtGateCall(int call) throws Exception {
        ReceivedUnit first = results(20240601090000L, "一");
        ReceivedUnit later = results(20240603090000L, "三");
        ReceivedUnit newest = results(20240605090000L, "五");
        try (Connection other = open()) {
            JdbcImporter concurrent = importer(other);
            AtomicInteger gateCalls = new AtomicInteger();
            JdbcImporter imp = new JdbcImporter(connection, new ReceiveProcessor(), unit -> {
                if (gateCalls.incrementAndGet() == call) {
                    try {
                        assertEquals(ImportResult.Status.APPLIED, concurrent.importUnit(newest).status());
                    } catch (ImportException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return UnitGate.Decision.accept();
            });
            List<ImportResult> r = imp.importAll(List.of(first, later));
            assertEquals(List.of(ImportResult.Status.APPLIED, ImportResult.Status.APPLIED),
                    r.stream().map(ImportResult::status).toList());
            assertTrue(r.get(1).reasons().stream().anyMatch(x -> x.contains("superseded by 20240605090000")),
                    () -> r.get(1).reasons().toString());
        }
        assertEquals(inMemory(List.of(newest)), exported(), "the newer unit's rows stay");
        try (Statement st = connection.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*), MIN(sequence) FROM "
                        + CatalogSchema.KEY_STATE_TABLE)) {
            assertTrue(rs.next());
            assertEquals(2, rs.getInt(1), "one state per (user, month, office, サービス種類)");
            assertEquals("20240605090000", rs.getString(2), "the newer unit's states stay");
        }
    }

    /** @return the number of generated scenarios for the stateful property */
    int examples() {
        return 40;
    }

    private void clear() throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (FileKind k : CatalogSchema.storedKinds()) {
                st.execute("DELETE FROM " + CatalogSchema.table(k));
            }
            st.execute("DELETE FROM " + CatalogSchema.IMAGE_TABLE);
            st.execute("DELETE FROM " + CatalogSchema.APPLIED_UNIT_TABLE);
            st.execute("DELETE FROM " + CatalogSchema.KEY_STATE_TABLE);
        }
    }
}
