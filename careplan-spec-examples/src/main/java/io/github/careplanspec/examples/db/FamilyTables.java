package io.github.careplanspec.examples.db;

import io.github.careplanspec.csv.receive.ChangeKey;
import io.github.careplanspec.csv.receive.ImageFile;
import io.github.careplanspec.csv.receive.ReceiveEvent;
import io.github.careplanspec.csv.receive.UnitId;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.RecordLayout;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The family tables' SQL (one table per kind, {@link CatalogSchema}): a stored family replaces its key's rows in every
 * member table, a deleted family removes its cascade. Every inserted row names the unit it came from.
 */
final class FamilyTables {
    /** The INSERT of every stored kind, built once. */
    private static final Map<FileKind, String> INSERT_SQL = new EnumMap<>(FileKind.class);
    private static final String IMAGE_INSERT;
    private static final String IMAGE_DELETE;

    static {
        for (FileKind kind : CatalogSchema.storedKinds()) {
            INSERT_SQL.put(kind, insertSql(kind));
        }
        List<String> key = CatalogSchema.imageKeyColumns();
        IMAGE_INSERT = "INSERT INTO " + CatalogSchema.IMAGE_TABLE + " (" + String.join(", ", key) + ", "
                + CatalogSchema.ROW_NO_COLUMN + ", file_name, data, " + sourceColumns() + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        IMAGE_DELETE = "DELETE FROM " + CatalogSchema.IMAGE_TABLE + " WHERE " + String.join(" = ? AND ", key) + " = ?";
    }

    private final StatementCache cache;

    FamilyTables(StatementCache cache) {
        this.cache = cache;
    }

    /**
     * Applies one change.
     *
     * @param e the change
     * @param touched whether an applied unit ever touched a key (if not, it has no rows to replace or delete)
     * @param source the unit the change comes from
     * @throws SQLException if the database fails
     */
    void apply(ReceiveEvent e, Predicate<ChangeKey> touched, UnitId source) throws SQLException {
        if (e instanceof ReceiveEvent.FamilyStored s) {
            if (touched.test(s.key())) {
                for (FileKind kind : s.key().family().members()) {
                    delete(s.key(), kind);
                }
            }
            for (FileKind kind : s.key().family().members()) {
                if (kind == FileKind.UPKIHON_IMAGE) {
                    insertImages(s.key(), s.content().images(), source);
                } else if (isStored(kind)) {
                    insertRows(s.key(), kind, s.content().rows(kind), source);
                }
            }
        } else if (e instanceof ReceiveEvent.FamilyDeleted d) {
            if (touched.test(d.key())) {
                for (FileKind kind : d.cascade()) {
                    delete(d.key(), kind);
                }
            }
        }
    }

    private static boolean isStored(FileKind kind) {
        return kind.isCsv() && Catalog.recordType(kind).isPresent();
    }

    private void delete(ChangeKey key, FileKind kind) throws SQLException {
        if (kind == FileKind.UPKIHON_IMAGE) {
            PreparedStatement ps = cache.prepare(IMAGE_DELETE);
            bindKey(ps, key.keyItems(FileKind.UPKIHON), 1);
            ps.executeUpdate();
            return;
        }
        if (!isStored(kind)) {
            return;
        }
        Map<Integer, String> items = key.keyItems(kind);
        StringBuilder sql = new StringBuilder("DELETE FROM ").append(CatalogSchema.table(kind)).append(" WHERE ");
        String sep = "";
        for (int no : items.keySet()) {
            sql.append(sep).append(CatalogSchema.column(kind, no)).append(" = ?");
            sep = " AND ";
        }
        if (key instanceof ChangeKey.ResultKey) {
            sql.append(" AND ").append(CatalogSchema.SERVICE_TYPE_COLUMN).append(" = ?");
        }
        PreparedStatement ps = cache.prepare(sql.toString());
        int i = bindKey(ps, items, 1);
        if (key instanceof ChangeKey.ResultKey r) {
            ps.setString(i, r.serviceType().text());
        }
        ps.executeUpdate();
    }

    private static int bindKey(PreparedStatement ps, Map<Integer, String> items, int first) throws SQLException {
        int i = first;
        for (String v : items.values()) {
            ps.setString(i++, v);
        }
        return i;
    }

    private static int bindSource(PreparedStatement ps, UnitId source, int first) throws SQLException {
        ps.setString(first, source.sequence().text());
        ps.setString(first + 1, source.sender().toString());
        ps.setString(first + 2, source.receiver().toString());
        return first + 3;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void insertRows(ChangeKey key, FileKind kind, List<Record> rows, UnitId source) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        RecordLayout layout = Catalog.layout(kind);
        int n = layout.size();
        boolean result = kind == FileKind.UPJSK;
        PreparedStatement ps = cache.prepare(INSERT_SQL.get(kind));
        int rowNo = 0;
        for (Record r : rows) {
            String[] t = layout.format(r);
            for (int i = 0; i < n; i++) {
                // an absent item is stored as NULL, read back as an empty text
                ps.setString(i + 1, t[i].isEmpty() ? null : t[i]);
            }
            int p = n + 1;
            if (result) {
                ps.setString(p++, ((ChangeKey.ResultKey) key).serviceType().text());
            }
            ps.setInt(p++, ++rowNo);
            bindSource(ps, source, p);
            ps.addBatch();
        }
        ps.executeBatch();
    }

    private static String sourceColumns() {
        return CatalogSchema.SOURCE_SEQUENCE_COLUMN + ", " + CatalogSchema.SOURCE_SENDER_COLUMN + ", "
                + CatalogSchema.SOURCE_RECEIVER_COLUMN;
    }

    private static String insertSql(FileKind kind) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(CatalogSchema.table(kind)).append(" (");
        StringBuilder qs = new StringBuilder();
        for (String c : CatalogSchema.columns(kind)) {
            sql.append(c).append(", ");
            qs.append("?, ");
        }
        if (kind == FileKind.UPJSK) {
            sql.append(CatalogSchema.SERVICE_TYPE_COLUMN).append(", ");
            qs.append("?, ");
        }
        return sql.append(CatalogSchema.ROW_NO_COLUMN).append(", ").append(sourceColumns()).append(") VALUES (")
                .append(qs).append("?, ?, ?, ?)").toString();
    }

    private void insertImages(ChangeKey key, List<ImageFile> images, UnitId source) throws SQLException {
        if (images.isEmpty()) {
            return;
        }
        PreparedStatement ps = cache.prepare(IMAGE_INSERT);
        int rowNo = 0;
        for (ImageFile f : images) {
            int i = bindKey(ps, key.keyItems(FileKind.UPKIHON), 1);
            ps.setInt(i++, ++rowNo);
            ps.setString(i++, f.fileName());
            ps.setBytes(i++, f.data());
            bindSource(ps, source, i);
            ps.addBatch();
        }
        ps.executeBatch();
    }
}
