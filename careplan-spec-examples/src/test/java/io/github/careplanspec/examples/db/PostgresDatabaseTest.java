package io.github.careplanspec.examples.db;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The importer's contract on PostgreSQL, at {@code CAREPLAN_PG_URL} with {@code CAREPLAN_PG_USER} and
 * {@code CAREPLAN_PG_PASSWORD} ({@code .ci/run} starts one on loopback). Without it the tests are skipped, except
 * in CI ({@code CI=true}), where they fail.
 */
class PostgresDatabaseTest extends AbstractDatabaseTest {
    private static final String URL = System.getenv("CAREPLAN_PG_URL");

    @BeforeAll
    static void configured() {
        if (URL == null || URL.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but CAREPLAN_PG_URL is not set: PostgreSQL tests must run in CI");
            }
            Assumptions.abort("CAREPLAN_PG_URL not set: PostgreSQL tests skipped (outside CI)");
        }
    }

    @Override
    Connection open() throws SQLException {
        return DriverManager.getConnection(URL, System.getenv("CAREPLAN_PG_USER"),
                System.getenv("CAREPLAN_PG_PASSWORD"));
    }

    @Override
    int examples() {
        return 25;
    }
}
