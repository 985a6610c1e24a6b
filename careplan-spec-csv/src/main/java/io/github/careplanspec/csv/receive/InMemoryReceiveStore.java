package io.github.careplanspec.csv.receive;

import io.github.careplanspec.model.catalog.FileKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a receiver holds, in memory: per key, per member kind, the records (and images) last stored, after applying
 * {@link UnitOutcome}s. Together with an {@link InMemoryReceiptLedger} it is a complete in-memory receiver; it also
 * serves as the reference a database importer is compared with. Thread-safe.
 */
public final class InMemoryReceiveStore {
    private final Map<ChangeKey, Map<FileKind, List<Record>>> rows = new LinkedHashMap<>();
    private final Map<ChangeKey, List<ImageFile>> images = new LinkedHashMap<>();

    /** An empty store. */
    public InMemoryReceiveStore() {
    }

    /**
     * Applies the changes of an outcome (nothing for a duplicate or rejected unit; superseded changes are skipped).
     *
     * @param outcome the outcome
     */
    public synchronized void apply(UnitOutcome outcome) {
        for (ReceiveEvent e : outcome.changes()) {
            apply(e);
        }
    }

    /**
     * Applies one change.
     *
     * @param event the event; a {@link ReceiveEvent.ChangeSuperseded} changes nothing
     */
    public synchronized void apply(ReceiveEvent event) {
        if (event instanceof ReceiveEvent.FamilyStored s) {
            Map<FileKind, List<Record>> m = new EnumMap<>(FileKind.class);
            s.content().rows().forEach((k, v) -> m.put(k, List.copyOf(v)));
            putOrDrop(s.key(), m);
            if (s.content().images().isEmpty()) {
                images.remove(s.key());
            } else {
                images.put(s.key(), s.content().images());
            }
        } else if (event instanceof ReceiveEvent.FamilyDeleted d) {
            Map<FileKind, List<Record>> m = rows.get(d.key());
            if (m != null) {
                Map<FileKind, List<Record>> left = new EnumMap<>(m);
                left.keySet().removeAll(d.cascade());
                putOrDrop(d.key(), left);
            }
            if (d.cascade().contains(FileKind.UPKIHON_IMAGE)) {
                images.remove(d.key());
            }
        }
    }

    private void putOrDrop(ChangeKey key, Map<FileKind, List<Record>> m) {
        m.values().removeIf(List::isEmpty);
        if (m.isEmpty()) {
            rows.remove(key);
        } else {
            rows.put(key, m);
        }
    }

    /**
     * The records held for a key.
     *
     * @param key the key
     * @return per kind, the records; empty if nothing is held
     */
    public synchronized Map<FileKind, List<Record>> rows(ChangeKey key) {
        Map<FileKind, List<Record>> m = rows.get(key);
        return m == null ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(m));
    }

    /**
     * The images held for a key.
     *
     * @param key a {@link ChangeKey.BasicInfoKey}
     * @return the images, possibly empty
     */
    public synchronized List<ImageFile> images(ChangeKey key) {
        return images.getOrDefault(key, List.of());
    }

    /**
     * Everything held, per kind: the records of all keys, keys in {@link ChangeKey#canonical()} order, each key's
     * records in stored order.
     *
     * @return per kind, the records; kinds without records are absent
     */
    public synchronized Map<FileKind, List<Record>> snapshot() {
        Map<String, ChangeKey> sorted = new TreeMap<>();
        rows.keySet().forEach(k -> sorted.put(k.canonical(), k));
        Map<FileKind, List<Record>> out = new EnumMap<>(FileKind.class);
        for (ChangeKey k : sorted.values()) {
            rows.get(k).forEach((kind, rs) -> out.computeIfAbsent(kind, x -> new ArrayList<>()).addAll(rs));
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(out);
    }

    /** @return every image held, keys in {@link ChangeKey#canonical()} order */
    public synchronized List<ImageFile> allImages() {
        Map<String, List<ImageFile>> sorted = new TreeMap<>();
        images.forEach((k, v) -> sorted.put(k.canonical(), v));
        List<ImageFile> out = new ArrayList<>();
        sorted.values().forEach(out::addAll);
        return List.copyOf(out);
    }
}
