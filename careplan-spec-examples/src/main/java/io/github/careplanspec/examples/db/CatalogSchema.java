package io.github.careplanspec.examples.db;

import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.Family;
import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Repeated;
import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Messages;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The database schema, derived from the catalog: one table per stored CSV kind ({@code cp_up1kyo}, …), one text
 * column per item named after its record component in snake case ({@code plan_date}, {@code insured_number}; a
 * repeated group's items with the repetition's index, {@code emergency_contacts_1_name}), each with a
 * {@code COMMENT ON COLUMN} giving its No. and 日本語名称. The spec's key items and a {@code row_no} (the record's
 * place among the records of its key) are the primary key; UPJSK adds {@code service_type} (the サービス種類 of No.15,
 * part of the 実績 key, R36). Every stored row keeps the unit it came from ({@code source_sequence},
 * {@code source_sender}, {@code source_receiver}: the applied unit's identity, for {@code export} per partner pair).
 * Plus the 家族構成 images and the receipt ledger (units applied, last change per key). Portable SQL: runs on H2 and
 * PostgreSQL. {@code docs/database-schema.md} is {@link #markdown()}.
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
    /** The row's place among the records of its key. */
    public static final String ROW_NO_COLUMN = "row_no";
    /** The ファイル連番 of the unit a row came from. */
    public static final String SOURCE_SEQUENCE_COLUMN = "source_sequence";
    /** The 送信元 of the unit a row came from ({@code 0300000100_43}). */
    public static final String SOURCE_SENDER_COLUMN = "source_sender";
    /** The 送信先 of the unit a row came from. */
    public static final String SOURCE_RECEIVER_COLUMN = "source_receiver";
    /** PostgreSQL's identifier limit (NAMEDATALEN - 1). */
    static final int MAX_IDENTIFIER = 63;

    /**
     * One column of a table.
     *
     * @param name the column name
     * @param type the SQL type
     * @param notNull whether {@code NOT NULL}
     * @param comment the {@code COMMENT ON COLUMN} text (an item's {@code No.14 居宅サービス計画作成（変更）日})
     */
    public record TableColumn(String name, String type, boolean notNull, String comment) {
    }

    /**
     * One table.
     *
     * @param name the table name
     * @param comment the {@code COMMENT ON TABLE} text
     * @param columns the columns, items first in No. order
     * @param primaryKey the primary key's columns
     */
    public record Table(String name, String comment, List<TableColumn> columns, List<String> primaryKey) {
        /**
         * Copies.
         *
         * @param name the table name
         * @param comment the comment
         * @param columns the columns
         * @param primaryKey the primary key
         */
        public Table {
            columns = List.copyOf(columns);
            primaryKey = List.copyOf(primaryKey);
        }

        /** @return {@code CREATE TABLE IF NOT EXISTS …} */
        public String createSql() {
            StringBuilder sb = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(name).append(" (");
            for (TableColumn c : columns) {
                sb.append(c.name()).append(' ').append(c.type()).append(c.notNull() ? " NOT NULL" : "").append(", ");
            }
            return sb.append("PRIMARY KEY (").append(String.join(", ", primaryKey)).append("))").toString();
        }

        /** @return the {@code COMMENT ON TABLE} and {@code COMMENT ON COLUMN} statements */
        public List<String> commentSql() {
            List<String> out = new ArrayList<>();
            out.add("COMMENT ON TABLE " + name + " IS " + literal(comment));
            for (TableColumn c : columns) {
                out.add("COMMENT ON COLUMN " + name + "." + c.name() + " IS " + literal(c.comment()));
            }
            return out;
        }
    }

    /** SQL words a column may not be named (H2 and PostgreSQL keywords the components could spell). */
    private static final Set<String> RESERVED = Set.of("all", "and", "any", "array", "as", "between", "both", "case",
            "check", "constraint", "cross", "current_date", "current_time", "current_user", "date", "day", "default",
            "distinct", "else", "end", "except", "exists", "false", "fetch", "for", "foreign", "from", "full",
            "group", "having", "hour", "if", "in", "inner", "intersect", "interval", "is", "join", "key", "left",
            "like", "limit", "minute", "month", "natural", "not", "null", "offset", "on", "or", "order", "primary",
            "qualify", "references", "right", "row", "rownum", "second", "select", "table", "then", "time", "to",
            "top", "true", "union", "unique", "user", "value", "values", "when", "where", "window", "with", "year");

    private static final Map<FileKind, List<String>> ITEM_COLUMNS = new EnumMap<>(FileKind.class);
    private static final List<FileKind> STORED;
    private static final List<Table> TABLES;

    static {
        List<FileKind> stored = new ArrayList<>();
        for (Family f : Family.values()) {
            for (FileKind k : f.members()) {
                if (k.isCsv() && Catalog.recordType(k).isPresent() && !stored.contains(k)) {
                    stored.add(k);
                }
            }
        }
        STORED = Collections.unmodifiableList(stored);
        for (FileKind k : STORED) {
            List<String> names = new ArrayList<>();
            itemNames(Catalog.recordType(k).orElseThrow(), "", names);
            if (names.size() != Catalog.columns(k).size()) {
                throw new IllegalStateException(k + ": " + names.size() + " names for " + Catalog.columns(k).size()
                        + " items");
            }
            ITEM_COLUMNS.put(k, Collections.unmodifiableList(names));
        }
        List<Table> tables = new ArrayList<>();
        for (FileKind k : STORED) {
            tables.add(kindTable(k));
        }
        tables.add(imageTable());
        tables.add(new Table(APPLIED_UNIT_TABLE, comment("appliedUnit"),
                List.of(new TableColumn("sequence", "VARCHAR(14)", true, comment("appliedUnit.sequence")),
                        new TableColumn("sender", "VARCHAR(13)", true, comment("appliedUnit.sender")),
                        new TableColumn("receiver", "VARCHAR(13)", true, comment("appliedUnit.receiver"))),
                List.of("sequence", "sender", "receiver")));
        tables.add(new Table(KEY_STATE_TABLE, comment("keyState"),
                List.of(new TableColumn("change_key", "VARCHAR(200)", true, comment("keyState.changeKey")),
                        new TableColumn("sequence", "VARCHAR(14)", true, comment("keyState.sequence")),
                        new TableColumn("present", "BOOLEAN", true, comment("keyState.present"))),
                List.of("change_key")));
        for (Table t : tables) {
            Set<String> seen = new HashSet<>();
            for (TableColumn c : t.columns()) {
                if (!seen.add(c.name()) || c.name().length() > MAX_IDENTIFIER) {
                    throw new IllegalStateException(t.name() + ": column " + c.name() + " twice or too long");
                }
            }
        }
        TABLES = Collections.unmodifiableList(tables);
    }

    private CatalogSchema() {
    }

    /** @return the CSV kinds stored, in family order, that the catalog has a layout for */
    public static List<FileKind> storedKinds() {
        return STORED;
    }

    /** @return every table of the schema: the kinds' tables in {@link #storedKinds()} order, images, the ledger */
    public static List<Table> tables() {
        return TABLES;
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
     * The item columns of a kind, in No. order (index {@code No. - 1}).
     *
     * @param kind a stored kind
     * @return e.g. {@code insurer_number, insured_number, …}
     * @throws IllegalArgumentException if the kind is not stored
     */
    public static List<String> columns(FileKind kind) {
        List<String> c = ITEM_COLUMNS.get(kind);
        if (c == null) {
            throw new IllegalArgumentException("not a stored kind: " + kind);
        }
        return c;
    }

    /**
     * The column of an item of a kind.
     *
     * @param kind a stored kind
     * @param no the item No.
     * @return e.g. {@code plan_date}
     */
    public static String column(FileKind kind, int no) {
        return columns(kind).get(no - 1);
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

    /** @return the columns of the image table that hold the UPKIHON key (No.2, 3, 4) */
    public static List<String> imageKeyColumns() {
        List<String> out = new ArrayList<>();
        for (int no : FileKind.UPKIHON.keyNos()) {
            out.add(column(FileKind.UPKIHON, no));
        }
        return out;
    }

    private static Table kindTable(FileKind kind) {
        List<Integer> keys = keyNos(kind);
        List<TableColumn> cols = new ArrayList<>();
        List<ColumnSpec> specs = Catalog.columns(kind);
        for (ColumnSpec s : specs) {
            cols.add(new TableColumn(column(kind, s.no()), "VARCHAR", keys.contains(s.no()), s.label()));
        }
        List<String> pk = new ArrayList<>();
        for (int no : keys) {
            pk.add(column(kind, no));
        }
        if (kind == FileKind.UPJSK) {
            cols.add(new TableColumn(SERVICE_TYPE_COLUMN, "VARCHAR(2)", true, comment("serviceType")));
            pk.add(SERVICE_TYPE_COLUMN);
        }
        addRowAndSource(cols, pk);
        return new Table(table(kind), kind.prefix() + " " + kind.nameJa(), cols, pk);
    }

    private static Table imageTable() {
        List<TableColumn> cols = new ArrayList<>();
        List<String> pk = new ArrayList<>();
        for (int no : FileKind.UPKIHON.keyNos()) {
            ColumnSpec s = Catalog.columns(FileKind.UPKIHON).get(no - 1);
            cols.add(new TableColumn(column(FileKind.UPKIHON, no), "VARCHAR", true, "UPKIHON " + s.label()));
            pk.add(column(FileKind.UPKIHON, no));
        }
        cols.add(new TableColumn("file_name", "VARCHAR", true, comment("image.fileName")));
        cols.add(new TableColumn("data", "BYTEA", true, "JPEG"));
        addRowAndSource(cols, pk);
        // the kind's own name, as the kinds' tables are named
        return new Table(IMAGE_TABLE, FileKind.UPKIHON_IMAGE.prefix() + " " + FileKind.UPKIHON_IMAGE.nameJa() + " (P6)",
                cols, pk);
    }

    private static void addRowAndSource(List<TableColumn> cols, List<String> pk) {
        cols.add(new TableColumn(ROW_NO_COLUMN, "INTEGER", true, comment("rowNo")));
        pk.add(ROW_NO_COLUMN);
        cols.add(new TableColumn(SOURCE_SEQUENCE_COLUMN, "VARCHAR(14)", true, comment("sourceSequence")));
        cols.add(new TableColumn(SOURCE_SENDER_COLUMN, "VARCHAR(13)", true, comment("sourceSender")));
        cols.add(new TableColumn(SOURCE_RECEIVER_COLUMN, "VARCHAR(13)", true, comment("sourceReceiver")));
    }

    /**
     * The comment of a table or column the catalog does not name: the Japanese and the English text of
     * {@code db.schema.KEY}, joined, since a database keeps one comment for every reader (schema documentation,
     * not a message: messages render in one language).
     */
    private static String comment(String key) {
        IssueId id = IssueId.of("db.schema." + key);
        return Messages.text(id, Locale.JAPANESE) + " / " + Messages.text(id, Locale.ENGLISH);
    }

    /** The item columns of a record type, in No. order: snake case of the component, a group's with its index. */
    private static void itemNames(Class<?> type, String prefix, List<String> out) {
        for (RecordComponent rc : type.getRecordComponents()) {
            Repeated r = rc.getAnnotation(Repeated.class);
            if (r != null) {
                Class<?> member = (Class<?>) ((ParameterizedType) rc.getGenericType()).getActualTypeArguments()[0];
                for (int rep = 1; rep <= r.prefixes().length; rep++) {
                    itemNames(member, prefix + snake(rc.getName()) + "_" + rep + "_", out);
                }
            } else {
                out.add(identifier(prefix + snake(rc.getName())));
            }
        }
    }

    private static String identifier(String name) {
        String n = RESERVED.contains(name) ? name + "_value" : name;
        if (n.length() > MAX_IDENTIFIER) {
            throw new IllegalStateException("column name over " + MAX_IDENTIFIER + " characters: " + n);
        }
        return n;
    }

    /** {@code planDate} → {@code plan_date}; {@code adl2Score} → {@code adl2_score}. */
    static String snake(String camel) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean prevLower = i > 0 && !Character.isUpperCase(camel.charAt(i - 1));
                boolean nextLower = i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1));
                if (i > 0 && (prevLower || nextLower)) {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /**
     * The DDL, one statement per element: every table's {@code CREATE TABLE IF NOT EXISTS} and comments.
     *
     * @return the statements
     */
    public static List<String> ddl() {
        List<String> out = new ArrayList<>();
        for (Table t : TABLES) {
            out.add(t.createSql());
            out.addAll(t.commentSql());
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Creates the tables that do not exist yet, with their comments, in one transaction; checks that the tables that
     * exist have this schema's columns.
     *
     * @param connection the connection
     * @throws SQLException if the database refuses, or holds a table of another schema (an older careplan-spec's
     *     {@code item_NNN} columns): then nothing is created
     */
    public static void create(Connection connection) throws SQLException {
        Map<String, Set<String>> existing = existingColumns(connection);
        List<String> statements = new ArrayList<>();
        for (Table t : TABLES) {
            Set<String> have = existing.get(t.name());
            if (have == null) {
                statements.add(t.createSql());
                statements.addAll(t.commentSql());
                continue;
            }
            Set<String> want = new TreeSet<>();
            t.columns().forEach(c -> want.add(c.name()));
            if (!have.equals(want)) {
                throw mismatch(t.name(), have, want);
            }
        }
        if (!statements.isEmpty()) {
            try {
                run(connection, statements);
            } catch (SQLException e) {
                // another importer may have created them meanwhile (CREATE TABLE IF NOT EXISTS races on PostgreSQL)
                if (existingColumns(connection).keySet().containsAll(tableNames())) {
                    return;
                }
                throw e;
            }
        }
    }

    private static List<String> tableNames() {
        List<String> out = new ArrayList<>();
        TABLES.forEach(t -> out.add(t.name()));
        return out;
    }

    private static SQLException mismatch(String table, Set<String> have, Set<String> want) {
        boolean old = have.stream().anyMatch(c -> c.matches("item_\\d{3}"));
        Set<String> missing = new TreeSet<>(want);
        missing.removeAll(have);
        Set<String> extra = new TreeSet<>(have);
        extra.removeAll(want);
        return old ? new SchemaMismatchException("db.schema.old", table)
                : new SchemaMismatchException("db.schema.mismatch", table, missing, extra);
    }

    /**
     * The database holds tables of the schema's names with other columns (an older careplan-spec, or someone
     * else's): {@code db.schema.old} or {@code db.schema.mismatch} with the table (and the columns missing and
     * unexpected), rendered by the catcher in its language; {@link #getMessage()} is the English text. SQL state
     * {@code 42S21}.
     */
    public static final class SchemaMismatchException extends SQLException implements Localized {
        private static final long serialVersionUID = 1L;
        private final transient IssueId id;
        private final transient List<Object> params;

        SchemaMismatchException(String key, Object... params) {
            super(Messages.text(IssueId.of(key), Locale.ENGLISH, params), "42S21");
            this.id = IssueId.of(key);
            this.params = Localized.params(params);
        }

        @Override
        public IssueId id() {
            return id;
        }

        @Override
        public List<Object> params() {
            return params;
        }
    }

    /** The columns (lower case) of the schema's tables that exist, per table. */
    private static Map<String, Set<String>> existingColumns(Connection connection) throws SQLException {
        Set<String> ours = new HashSet<>(tableNames());
        Map<String, Set<String>> out = new LinkedHashMap<>();
        DatabaseMetaData md = connection.getMetaData();
        String schema = connection.getSchema();
        try (ResultSet rs = md.getColumns(null, schema, "CP\\_%", null)) {
            collect(rs, ours, out);
        }
        try (ResultSet rs = md.getColumns(null, schema, "cp\\_%", null)) {
            collect(rs, ours, out);
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
        return out;
    }

    private static void collect(ResultSet rs, Set<String> ours, Map<String, Set<String>> out) throws SQLException {
        while (rs.next()) {
            String t = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
            if (ours.contains(t)) {
                out.computeIfAbsent(t, x -> new TreeSet<>()).add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
    }

    /**
     * Drops every table of the schema (tests, or a fresh start).
     *
     * @param connection the connection
     * @throws SQLException if the database refuses
     */
    public static void drop(Connection connection) throws SQLException {
        List<String> out = new ArrayList<>();
        for (Table t : TABLES) {
            out.add("DROP TABLE IF EXISTS " + t.name());
        }
        run(connection, out);
    }

    /**
     * The schema as {@code docs/database-schema.md} shows it.
     *
     * @return Markdown: per table its comment and columns (name, type, key, comment)
     */
    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Database schema\n\n")
                .append("Generated from `CatalogSchema` (careplan-spec-examples, `io.github.careplanspec.examples.db`);"
                        + " `DatabaseSchemaDocTest` fails when this file and the code differ. Regenerate with\n"
                        + "`mvn -B -q -pl careplan-spec-examples -am verify -Dtest=DatabaseSchemaDocTest"
                        + " -Dsurefire.failIfNoSpecifiedTests=false -Dcareplan.regenerate=true`.\n\n")
                .append("Every item column is `VARCHAR` (the item's text as the file carries it; an absent item is"
                        + " `NULL`); each column carries its No. and Japanese item name as a `COMMENT ON COLUMN`. The spec's key"
                        + " items and `row_no` are the primary key. `source_sequence`, `source_sender` and"
                        + " `source_receiver` name the applied unit a row came from (`cp_applied_unit`). H2 and"
                        + " PostgreSQL run the same DDL.\n");
        for (Table t : TABLES) {
            sb.append("\n## `").append(t.name()).append("`: ").append(t.comment()).append("\n\n")
                    .append("| column | type | key | comment |\n|---|---|---|---|\n");
            for (TableColumn c : t.columns()) {
                sb.append("| `").append(c.name()).append("` | ").append(c.type()).append(c.notNull() ? " NOT NULL" : "")
                        .append(" | ").append(t.primaryKey().contains(c.name()) ? "PK" : "").append(" | ")
                        .append(c.comment().replace("|", "\\|")).append(" |\n");
            }
        }
        return sb.toString();
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
