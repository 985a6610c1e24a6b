package io.github.careplanspec.examples.db;

import io.github.careplanspec.csv.receive.ImageFile;
import io.github.careplanspec.model.catalog.FileKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the database holds, as records: per kind, the records ordered by their key and their place within it; and
 * the 家族構成 images.
 *
 * @param records per kind, the records; kinds without records are absent
 * @param images the images
 */
public record DatabaseContents(Map<FileKind, List<Record>> records, List<ImageFile> images) {
    /**
     * Copies.
     *
     * @param records per kind, the records
     * @param images the images
     */
    public DatabaseContents {
        Map<FileKind, List<Record>> m = new EnumMap<>(FileKind.class);
        records.forEach((k, v) -> {
            if (!v.isEmpty()) {
                m.put(k, List.copyOf(v));
            }
        });
        records = Collections.unmodifiableMap(m);
        images = List.copyOf(images);
    }

    /**
     * The records of a kind.
     *
     * @param kind the kind
     * @return the records, possibly empty
     */
    public List<Record> records(FileKind kind) {
        return records.getOrDefault(kind, List.of());
    }
}
