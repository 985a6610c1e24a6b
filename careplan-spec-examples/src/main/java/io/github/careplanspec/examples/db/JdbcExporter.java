package io.github.careplanspec.examples.db;

import io.github.careplanspec.csv.receive.ImageFile;
import io.github.careplanspec.csv.receive.Party;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Parsed;
import io.github.careplanspec.model.catalog.RecordLayout;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Reads back what a database with the {@link CatalogSchema} holds, as typed records (for writing as conformant
 * files): all of it, or per {@link PartnerPair} (from each row's source unit). Each record is rebuilt from its item
 * texts through the catalog's {@link RecordLayout}.
 */
public final class JdbcExporter {
    private final Connection connection;

    /**
     * An exporter.
     *
     * @param connection the connection
     */
    public JdbcExporter(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /**
     * Reads everything.
     *
     * @return the records per kind, ordered by key and row number, and the images
     * @throws SQLException if the database fails or holds an item text its layout cannot read
     */
    public DatabaseContents export() throws SQLException {
        Map<FileKind, List<Record>> out = new EnumMap<>(FileKind.class);
        List<ImageFile> images = new ArrayList<>();
        for (Map.Entry<PartnerPair, Holder> e : read().entrySet()) {
            e.getValue().records.forEach((k, v) -> out.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            images.addAll(e.getValue().images);
        }
        return new DatabaseContents(out, images);
    }

    /**
     * Reads everything, per partner pair: each row goes to the pair of the unit it came from
     * ({@link PartnerPair#of}).
     *
     * @return per pair (in order of planning office, then service office), what the database holds from it
     * @throws SQLException if the database fails or holds an item text its layout cannot read
     */
    public Map<PartnerPair, DatabaseContents> exportByPair() throws SQLException {
        Map<PartnerPair, DatabaseContents> out = new TreeMap<>();
        read().forEach((p, h) -> out.put(p, new DatabaseContents(h.records, h.images)));
        return Collections.unmodifiableMap(out);
    }

    /** What one pair holds, while reading. */
    private static final class Holder {
        private final Map<FileKind, List<Record>> records = new EnumMap<>(FileKind.class);
        private final List<ImageFile> images = new ArrayList<>();
    }

    private Map<PartnerPair, Holder> read() throws SQLException {
        Map<PartnerPair, Holder> out = new TreeMap<>();
        for (FileKind kind : CatalogSchema.storedKinds()) {
            read(kind, out);
        }
        String source = CatalogSchema.SOURCE_SENDER_COLUMN + ", " + CatalogSchema.SOURCE_RECEIVER_COLUMN;
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT file_name, data, " + source + " FROM " + CatalogSchema.IMAGE_TABLE
                        + " ORDER BY " + String.join(", ", CatalogSchema.imageKeyColumns()) + ", "
                        + CatalogSchema.ROW_NO_COLUMN)) {
            while (rs.next()) {
                PartnerPair p = PartnerPair.of(Party.parse(rs.getString(3)), Party.parse(rs.getString(4)),
                        FileKind.UPKIHON_IMAGE);
                out.computeIfAbsent(p, x -> new Holder()).images.add(new ImageFile(rs.getString(1), rs.getBytes(2)));
            }
        }
        return out;
    }

    private void read(FileKind kind, Map<PartnerPair, Holder> out) throws SQLException {
        RecordLayout<? extends Record> layout = Catalog.layout(kind);
        int n = layout.size();
        StringBuilder sql = new StringBuilder("SELECT ");
        for (String c : CatalogSchema.columns(kind)) {
            sql.append(c).append(", ");
        }
        sql.append(CatalogSchema.SOURCE_SENDER_COLUMN).append(", ").append(CatalogSchema.SOURCE_RECEIVER_COLUMN)
                .append(" FROM ").append(CatalogSchema.table(kind)).append(" ORDER BY ");
        for (int no : CatalogSchema.keyNos(kind)) {
            sql.append(CatalogSchema.column(kind, no)).append(", ");
        }
        if (kind == FileKind.UPJSK) {
            sql.append(CatalogSchema.SERVICE_TYPE_COLUMN).append(", ");
        }
        sql.append(CatalogSchema.ROW_NO_COLUMN);
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql.toString())) {
            while (rs.next()) {
                String[] t = new String[n];
                for (int i = 0; i < n; i++) {
                    String v = rs.getString(i + 1);
                    t[i] = v == null ? "" : v;
                }
                Parsed<? extends Record> p = layout.parse(Arrays.asList(t));
                if (!p.isOk()) {
                    throw new SQLException(CatalogSchema.table(kind) + ": a stored row cannot be read back: "
                            + p.problems() + " " + p.recordProblem());
                }
                PartnerPair pair = PartnerPair.of(Party.parse(rs.getString(n + 1)), Party.parse(rs.getString(n + 2)),
                        kind);
                out.computeIfAbsent(pair, x -> new Holder()).records.computeIfAbsent(kind, x -> new ArrayList<>())
                        .add(p.value());
            }
        }
    }
}
