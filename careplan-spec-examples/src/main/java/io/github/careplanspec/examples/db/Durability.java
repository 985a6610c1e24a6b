package io.github.careplanspec.examples.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a commit on a connection survives a crash of this process: what {@link JdbcImporter} makes sure of before it
 * reports a unit {@code APPLIED}.
 *
 * <p>H2 keeps commits in memory for its write delay (500 ms by default): a killed process loses them. {@link #ensure}
 * sets {@code WRITE_DELAY 0} on an H2 file database, so that every commit is written to the file before
 * {@code commit()} returns. An in-memory H2 database ({@code mem:}) cannot be durable, and a user without the right to
 * change the setting leaves it as it is: both are reported in {@link #warning()}. PostgreSQL commits are the server's
 * and survive this process whatever it does; a server running with {@code synchronous_commit} or {@code fsync} off is
 * reported, since an OS crash or power loss may then lose what was reported applied. Against an OS crash or power
 * loss, every database gives what its own fsync gives.
 *
 * @param durable whether a commit survives a crash of this process
 * @param warning what a user should know when not, or when the database's own settings weaken it; rendered by the
 *     caller in its language ({@link Localized#message})
 */
public record Durability(boolean durable, Optional<Localized> warning) {
    /**
     * Checks.
     *
     * @param durable whether a commit survives a crash of this process
     * @param warning what a user should know
     */
    public Durability {
        Objects.requireNonNull(warning, "warning");
    }

    /**
     * Makes the connection's commits durable where the database allows it, and says what it could not.
     *
     * @param connection the connection
     * @return what commits on it are
     * @throws SQLException if the database cannot be asked
     */
    public static Durability ensure(Connection connection) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        String product = md.getDatabaseProductName();
        String url = String.valueOf(md.getURL());
        if ("H2".equalsIgnoreCase(product)) {
            if (url.startsWith("jdbc:h2:mem:") || url.contains(":mem:")) {
                return new Durability(false, Optional.of(Localized.of("db.durability.memory", url)));
            }
            try (Statement st = connection.createStatement()) {
                // every commit written to the file before commit() returns (H2 defaults to 500 ms in memory)
                st.execute("SET WRITE_DELAY 0");
            } catch (SQLException e) {
                return new Durability(false, Optional.of(Localized.of("db.durability.writeDelay", e.getMessage())));
            }
            return new Durability(true, Optional.empty());
        }
        if ("PostgreSQL".equalsIgnoreCase(product)) {
            for (String setting : new String[] {"synchronous_commit", "fsync"}) {
                String v = show(connection, setting);
                if ("off".equals(v)) {
                    return new Durability(true, Optional.of(Localized.of("db.durability.postgresOff", setting)));
                }
            }
            return new Durability(true, Optional.empty());
        }
        return new Durability(true, Optional.of(Localized.of("db.durability.unchecked", product)));
    }

    private static String show(Connection connection, String setting) throws SQLException {
        boolean auto = connection.getAutoCommit();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SHOW " + setting)) {
            return rs.next() ? String.valueOf(rs.getString(1)).toLowerCase(Locale.ROOT) : "";
        } finally {
            if (!auto) {
                connection.commit();
            }
        }
    }
}
