package io.github.careplanspec.examples.bench;

import io.github.careplanspec.csv.receive.Party;
import io.github.careplanspec.csv.receive.ReceiveProcessor;
import io.github.careplanspec.csv.receive.ReceivedUnit;
import io.github.careplanspec.examples.db.CatalogSchema;
import io.github.careplanspec.examples.db.Durability;
import io.github.careplanspec.examples.db.ImportException;
import io.github.careplanspec.examples.db.JdbcImporter;
import io.github.careplanspec.examples.db.UnitGate;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.kyotaku.ServiceTicketLine;
import io.github.careplanspec.model.name.FileSequence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing {@code units} 実績 units (one user-month of UPJSK, {@code linesPerUnit} lines each) through
 * {@link JdbcImporter}, one transaction per unit, against the ceiling: a plain JDBC batch insert of the same rows
 * into the same table, also one transaction per unit, both on a connection made durable ({@link Durability#ensure}).
 * {@code db=h2} is a fresh H2 file database per operation (deleted after it); {@code db=h2mem} an in-memory one;
 * {@code db=pg} uses
 * {@code CAREPLAN_PG_URL}/{@code CAREPLAN_PG_USER}/{@code CAREPLAN_PG_PASSWORD}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
// a fixed, pre-touched heap: on a VM, growing the heap while H2 fills it made single shots vary 5-fold
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class ImportBenchmark {
    /** Units per operation. */
    @Param("10000")
    public int units;

    /** Lines per unit. */
    @Param("20")
    public int linesPerUnit;

    /** {@code h2} (a file database, durable), {@code pg}, or {@code h2mem} (in memory, not durable). */
    @Param("h2")
    public String db;

    private List<ReceivedUnit> received;
    private List<String[][]> rows;
    private Connection connection;
    private int invocation;
    private java.nio.file.Path dir;

    /** Builds the units once. */
    @Setup(Level.Trial)
    public void build() {
        received = new ArrayList<>(units);
        rows = new ArrayList<>(units);
        RecordLayout<ServiceTicketLine> layout = RecordLayout.of(ServiceTicketLine.class);
        LocalDateTime t0 = LocalDateTime.of(2025, 5, 1, 8, 0);
        for (int u = 0; u < units; u++) {
            List<ServiceTicketLine> lines = new ArrayList<>(linesPerUnit);
            String[][] texts = new String[linesPerUnit][];
            for (int i = 0; i < linesPerUnit; i++) {
                // Upjsk.record gives 40 lines per user: take this unit's user and one provider
                ServiceTicketLine l = Upjsk.record(u * 40 + i).toBuilder()
                        .serviceProviderNumber(io.github.careplanspec.model.OfficeNumber.parse("1310100011")).build();
                lines.add(l);
                texts[i] = layout.format(l);
            }
            received.add(ReceivedUnit.of(FileSequence.of(t0.plusSeconds(u)), Party.parse("1310100011_11"),
                    Party.parse("1310100001_43"), Map.of(FileKind.UPJSK, lines), List.of()));
            rows.add(texts);
        }
    }

    /** A fresh, empty schema before every operation, durable for the importer and the baseline alike. */
    @Setup(Level.Invocation)
    public void open() throws SQLException, java.io.IOException {
        if (db.equals("pg")) {
            connection = DriverManager.getConnection(System.getenv("CAREPLAN_PG_URL"), System.getenv("CAREPLAN_PG_USER"),
                    System.getenv("CAREPLAN_PG_PASSWORD"));
            CatalogSchema.drop(connection);
        } else if (db.equals("h2mem")) {
            // a new in-memory database per operation, gone when its connection closes: not durable
            connection = DriverManager.getConnection("jdbc:h2:mem:bench" + (++invocation));
        } else {
            // a new H2 file database per operation (the importer's default kind), deleted after it
            dir = java.nio.file.Files.createTempDirectory("careplan-bench");
            connection = DriverManager.getConnection("jdbc:h2:" + dir.resolve("careplan"));
        }
        CatalogSchema.create(connection);
        // what the importer does to its connection (H2: WRITE_DELAY 0), done for the baseline too
        Durability.ensure(connection);
    }

    /** Closes the connection and deletes an H2 file database. */
    @TearDown(Level.Invocation)
    public void close() throws SQLException, java.io.IOException {
        connection.close();
        if (dir != null) {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(dir)) {
                for (java.nio.file.Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.delete(f);
                }
            }
            dir = null;
        }
    }

    /** The importer: gate, processor, ledger, replace-by-key, one transaction per unit. */
    @Benchmark
    public int importer() throws SQLException, ImportException {
        JdbcImporter importer = new JdbcImporter(connection, new ReceiveProcessor(), UnitGate.ACCEPT_ALL);
        return importer.importAll(received).size();
    }

    /** The ceiling: the same rows, a plain batch insert per unit, one transaction per unit. */
    @Benchmark
    public int plainBatchInsert() throws SQLException {
        int n = Catalog.columns(FileKind.UPJSK).size();
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(CatalogSchema.table(FileKind.UPJSK)).append(" (");
        StringBuilder qs = new StringBuilder();
        for (String c : CatalogSchema.columns(FileKind.UPJSK)) {
            sql.append(c).append(", ");
            qs.append("?, ");
        }
        sql.append(CatalogSchema.SERVICE_TYPE_COLUMN).append(", row_no, source_sequence, source_sender, source_receiver)"
                + " VALUES (").append(qs).append("?, ?, ?, ?, ?)");
        connection.setAutoCommit(false);
        int count = 0;
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            for (String[][] unit : rows) {
                int rowNo = 0;
                for (String[] t : unit) {
                    for (int i = 0; i < n; i++) {
                        ps.setString(i + 1, t[i].isEmpty() ? null : t[i]);
                    }
                    ps.setString(n + 1, "11");
                    ps.setInt(n + 2, ++rowNo);
                    ps.setString(n + 3, "20250501080000");
                    ps.setString(n + 4, "1310100011_11");
                    ps.setString(n + 5, "1310100001_43");
                    ps.addBatch();
                    count++;
                }
                ps.executeBatch();
                connection.commit();
            }
        }
        return count;
    }
}
