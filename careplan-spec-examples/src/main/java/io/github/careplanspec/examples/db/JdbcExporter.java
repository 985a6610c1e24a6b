package io.github.careplanspec.examples.db;

import io.github.careplanspec.csv.receive.ImageFile;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads back what a database with the {@link CatalogSchema} holds, as typed records (for writing as conformant
 * files). Each record is rebuilt from its item texts through the catalog's {@link RecordLayout}.
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
        for (FileKind kind : CatalogSchema.storedKinds()) {
            out.put(kind, read(kind));
        }
        List<ImageFile> images = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT file_name, data FROM " + CatalogSchema.IMAGE_TABLE
                        + " ORDER BY item_002, item_003, item_004, row_no")) {
            while (rs.next()) {
                images.add(new ImageFile(rs.getString(1), rs.getBytes(2)));
            }
        }
        return new DatabaseContents(out, images);
    }

    private List<Record> read(FileKind kind) throws SQLException {
        RecordLayout<? extends Record> layout = Catalog.layout(kind);
        int n = layout.size();
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int no = 1; no <= n; no++) {
            sql.append(no > 1 ? ", " : "").append(CatalogSchema.column(no));
        }
        sql.append(" FROM ").append(CatalogSchema.table(kind)).append(" ORDER BY ");
        for (int no : CatalogSchema.keyNos(kind)) {
            sql.append(CatalogSchema.column(no)).append(", ");
        }
        if (kind == FileKind.UPJSK) {
            sql.append(CatalogSchema.SERVICE_TYPE_COLUMN).append(", ");
        }
        sql.append("row_no");
        List<Record> out = new ArrayList<>();
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
                out.add(p.value());
            }
        }
        return out;
    }
}
