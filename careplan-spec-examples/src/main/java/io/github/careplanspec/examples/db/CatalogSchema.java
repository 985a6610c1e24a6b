package io.github.careplanspec.examples.db;

import io.github.careplanspec.csv.receive.Family;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.FileKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The database schema, derived from the catalog: one table per stored CSV kind ({@code cp_up1kyo}, …), one text
 * column per item ({@code item_001} … in No. order, from {@code Catalog.columns}), the spec's key items as the
 * primary key with a {@code row_no} (the record's place among the records of its key); UPJSK adds
 * {@code service_type} (the サービス種類 of No.15, part of the 実績 key, R36). Plus the 家族構成 images and the
 * receipt ledger (units applied, last change per key). Portable SQL: runs on H2 and PostgreSQL.
 */
public final class CatalogSchema {
    /** The table of 家族構成 images (P6). */
    public static final String IMAGE_TABLE = "cp_upkihon_image";
    /** The table of applied units (idempotent re-delivery). */
    public static final String APPLIED_UNIT_TABLE = "cp_applied_unit";
    /** The table of last change per key (out-of-order detection). */
    public static final String KEY_STATE_TABLE = "cp_key_state";
    /** The extra UPJSK key column. */
    public static final String SERVICE_TYPE_COLUMN = "service_type";

    private CatalogSchema() {
    }

    /** @return the CSV kinds stored, in family order, that the catalog has a layout for */
    public static List<FileKind> storedKinds() {
        List<FileKind> out = new ArrayList<>();
        for (Family f : Family.values()) {
            for (FileKind k : f.members()) {
                if (k.isCsv() && Catalog.recordType(k).isPresent() && !out.contains(k)) {
                    out.add(k);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The table of a kind.
     *
     * @param kind a stored kind
     * @return e.g. {@code cp_up1kyo}
     */
    public static String table(FileKind kind) {
        return "cp_" + kind.prefix().toLowerCase(Locale.ROOT);
    }

    /**
     * The column of an item.
     *
     * @param no the item No.
     * @return e.g. {@code item_014}
     */
    public static String column(int no) {
        return no > 0 && no < COLUMNS.length ? COLUMNS[no] : String.format(Locale.ROOT, "item_%03d", no);
    }

    /**
     * The column of an item of a kind.
     *
     * @param kind a stored kind
     * @param no the item No.
     * @return the column name
     */
    public static String column(FileKind kind, int no) {
        return column(no);
    }

    /** {@code item_001}… precomputed: SQL is built per unit on the import path. */
    private static final String[] COLUMNS = new String[200];

    static {
        for (int no = 1; no < COLUMNS.length; no++) {
            COLUMNS[no] = String.format(Locale.ROOT, "item_%03d", no);
        }
    }

    /**
     * The key items of a kind's table (the spec's key; UPJSK also No.20 サービス事業者コード, R36).
     *
     * @param kind a stored kind
     * @return the item numbers
     */
    public static List<Integer> keyNos(FileKind kind) {
        List<Integer> k = new ArrayList<>(kind.keyNos());
        if (kind == FileKind.UPJSK) {
            k.add(20);
        }
        return Collections.unmodifiableList(k);
    }

    /**
     * The DDL, one statement per element.
     *
     * @return the {@code CREATE TABLE IF NOT EXISTS} statements
     */
    public static List<String> ddl() {
        List<String> out = new ArrayList<>();
        for (FileKind kind : storedKinds()) {
            List<Integer> keys = keyNos(kind);
            StringBuilder sb = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(table(kind)).append(" (");
            int n = Catalog.columns(kind).size();
            for (int no = 1; no <= n; no++) {
                sb.append(column(no)).append(" VARCHAR").append(keys.contains(no) ? " NOT NULL" : "").append(", ");
            }
            StringBuilder pk = new StringBuilder();
            for (int no : keys) {
                pk.append(column(no)).append(", ");
            }
            if (kind == FileKind.UPJSK) {
                sb.append(SERVICE_TYPE_COLUMN).append(" VARCHAR(2) NOT NULL, ");
                pk.append(SERVICE_TYPE_COLUMN).append(", ");
            }
            sb.append("row_no INTEGER NOT NULL, PRIMARY KEY (").append(pk).append("row_no))");
            out.add(sb.toString());
        }
        out.add("CREATE TABLE IF NOT EXISTS " + IMAGE_TABLE + " (item_002 VARCHAR NOT NULL, item_003 VARCHAR NOT NULL,"
                + " item_004 VARCHAR NOT NULL, row_no INTEGER NOT NULL, file_name VARCHAR NOT NULL, data BYTEA NOT NULL,"
                + " PRIMARY KEY (item_002, item_003, item_004, row_no))");
        out.add("CREATE TABLE IF NOT EXISTS " + APPLIED_UNIT_TABLE + " (sequence VARCHAR(14) NOT NULL,"
                + " sender VARCHAR(13) NOT NULL, receiver VARCHAR(13) NOT NULL, PRIMARY KEY (sequence, sender, receiver))");
        out.add("CREATE TABLE IF NOT EXISTS " + KEY_STATE_TABLE + " (change_key VARCHAR(200) NOT NULL PRIMARY KEY,"
                + " sequence VARCHAR(14) NOT NULL, present BOOLEAN NOT NULL)");
        return Collections.unmodifiableList(out);
    }

    /**
     * Creates the tables that do not exist yet, in one transaction.
     *
     * @param connection the connection
     * @throws SQLException if the database refuses
     */
    public static void create(Connection connection) throws SQLException {
        run(connection, ddl());
    }

    /**
     * Drops every table of the schema (tests, or a fresh start).
     *
     * @param connection the connection
     * @throws SQLException if the database refuses
     */
    public static void drop(Connection connection) throws SQLException {
        List<String> out = new ArrayList<>();
        for (FileKind kind : storedKinds()) {
            out.add("DROP TABLE IF EXISTS " + table(kind));
        }
        out.add("DROP TABLE IF EXISTS " + IMAGE_TABLE);
        out.add("DROP TABLE IF EXISTS " + APPLIED_UNIT_TABLE);
        out.add("DROP TABLE IF EXISTS " + KEY_STATE_TABLE);
        run(connection, out);
    }

    private static void run(Connection connection, List<String> statements) throws SQLException {
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(auto);
        }
    }
}
