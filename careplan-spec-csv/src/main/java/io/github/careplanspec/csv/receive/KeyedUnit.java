package io.github.careplanspec.csv.receive;

import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Phrase;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A received unit with every record keyed ({@link ChangeKey}): the half of {@link ReceiveProcessor#process} that
 * does not need the ledger. Made by {@link ReceiveProcessor#key}. A database-backed ledger uses {@link #keys()} to
 * read the state of every key of many units in one query before processing them, without keying any record twice.
 * Immutable; its records are those of the {@link ReceivedUnit}.
 */
public final class KeyedUnit {
    private final ReceivedUnit unit;
    private final Map<ChangeKey, Map<FileKind, List<Record>>> stores;
    private final Map<ChangeKey, FileKind> deletions;
    private final Map<ChangeKey, List<String>> imageNames;
    private final List<Phrase> problems;
    private final Set<ChangeKey> keys;

    KeyedUnit(ReceivedUnit unit, Map<ChangeKey, Map<FileKind, List<Record>>> stores,
            Map<ChangeKey, FileKind> deletions, Map<ChangeKey, List<String>> imageNames, List<Phrase> problems) {
        this.unit = unit;
        this.stores = Collections.unmodifiableMap(stores);
        this.deletions = Collections.unmodifiableMap(deletions);
        this.imageNames = Collections.unmodifiableMap(imageNames);
        this.problems = List.copyOf(problems);
        Set<ChangeKey> all = new LinkedHashSet<>(stores.keySet());
        all.addAll(deletions.keySet());
        this.keys = Collections.unmodifiableSet(all);
    }

    /** @return the unit */
    public ReceivedUnit unit() {
        return unit;
    }

    /** @return the unit's identity (ファイル連番, sender, receiver) */
    public UnitId id() {
        return unit.id();
    }

    /**
     * The keys the unit registers or deletes: exactly the keys whose {@link ReceiptLedger#state ledger state}
     * {@link ReceiveProcessor#process(KeyedUnit, ReceiptLedger)} reads when it applies the unit.
     *
     * @return the keys, registrations first, each in the order the unit first touches it
     */
    public Set<ChangeKey> keys() {
        return keys;
    }

    /**
     * Why the unit cannot be applied as a whole: records that cannot be keyed, a key both registered and deleted.
     *
     * @param locale the language (Japanese, else English)
     * @return the problems, empty if none
     */
    public List<String> problems(Locale locale) {
        return problems.stream().map(p -> p.text(locale)).toList();
    }

    /** @return {@link #problems(Locale)} in English */
    public List<String> problems() {
        return problems(Locale.ENGLISH);
    }

    /** @return the problems as phrases (id and parameters) */
    List<Phrase> problemPhrases() {
        return problems;
    }

    Map<ChangeKey, Map<FileKind, List<Record>>> stores() {
        return stores;
    }

    Map<ChangeKey, FileKind> deletions() {
        return deletions;
    }

    Map<ChangeKey, List<String>> imageNames() {
        return imageNames;
    }
}
