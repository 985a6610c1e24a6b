package io.github.careplanspec.examples.db;

import io.github.careplanspec.csv.receive.UnitId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A connection set up for importing (auto-commit off) and the prepared statements reused across units, by SQL text;
 * closing it closes them and restores auto-commit. Not thread-safe.
 */
final class StatementCache implements AutoCloseable {
    private final Connection connection;
    private final UnitId first;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final boolean autoCommit;

    /**
     * Switches auto-commit off.
     *
     * @param connection the connection
     * @param first the unit a failure is reported for
     * @throws ImportException if the connection refuses
     */
    StatementCache(Connection connection, UnitId first) throws ImportException {
        this.connection = connection;
        this.first = first;
        try {
            autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new ImportException(first, e);
        }
    }

    /** @return the connection */
    Connection connection() {
        return connection;
    }

    /**
     * The statement for a SQL text, prepared on first use.
     *
     * @param sql the SQL
     * @return the statement, parameters as the last use left them
     * @throws SQLException if the database cannot prepare it
     */
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
