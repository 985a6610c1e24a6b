package io.github.careplanspec.examples.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;

/** The importer's contract on an embedded H2 file database under {@code target/}. */
class H2DatabaseTest extends AbstractDatabaseTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private String url;

    @BeforeEach
    @Override
    void fresh() throws SQLException {
        Path dir = Path.of("target", "h2-test").toAbsolutePath();
        url = "jdbc:h2:" + dir.resolve("careplan-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet());
        super.fresh();
    }

    @Override
    Connection open() throws SQLException {
        return DriverManager.getConnection(url);
    }
}
