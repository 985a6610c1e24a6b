package io.github.careplanspec.csv.receive;

import io.github.careplanspec.model.catalog.FileKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The records (and, for 利用者基本情報, the images) of one family instance as one unit delivers them: what a
 * {@link ReceiveEvent.FamilyStored} puts in place of whatever the key held before (replace-as-a-set, R35, P9).
 *
 * @param rows per member kind, the records in file order; kinds without records are absent
 * @param images the 家族構成 images linked by 利用者基本情報 No.62 (P6); empty for other families
 */
public record FamilyContent(Map<FileKind, List<Record>> rows, List<ImageFile> images) {
    /**
     * Copies; drops empty lists so that equal contents are equal.
     *
     * @param rows per member kind, the records
     * @param images the images
     */
    public FamilyContent {
        Map<FileKind, List<Record>> m = new EnumMap<>(FileKind.class);
        rows.forEach((k, v) -> {
            if (!v.isEmpty()) {
                m.put(k, List.copyOf(v));
            }
        });
        rows = Collections.unmodifiableMap(m);
        images = List.copyOf(images);
    }

    /**
     * The records of one kind.
     *
     * @param kind the kind
     * @return the records in file order, possibly empty
     */
    public List<Record> rows(FileKind kind) {
        return rows.getOrDefault(kind, List.of());
    }

    /**
     * The records of one kind, typed.
     *
     * @param kind the kind
     * @param type the record type of the kind
     * @param <R> the record type
     * @return the records in file order, possibly empty
     * @throws ClassCastException if a record is not of the type
     */
    public <R extends Record> List<R> rows(FileKind kind, Class<R> type) {
        List<R> out = new ArrayList<>();
        for (Record r : rows(kind)) {
            out.add(type.cast(r));
        }
        return Collections.unmodifiableList(out);
    }

    /** @return the number of records, all kinds together */
    public int recordCount() {
        int n = 0;
        for (List<Record> l : rows.values()) {
            n += l.size();
        }
        return n;
    }

    /** @return whether there is neither a record nor an image */
    public boolean isEmpty() {
        return rows.isEmpty() && images.isEmpty();
    }

    static FamilyContent of(Map<FileKind, List<Record>> rows, List<ImageFile> images) {
        return new FamilyContent(Objects.requireNonNull(rows), Objects.requireNonNull(images));
    }
}
