package io.github.careplanspec.csv.receive;

import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.PlanLinkDate;
import io.github.careplanspec.model.ServiceCode;
import io.github.careplanspec.model.ServiceMonthLink;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.catalog.Family;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Phrase;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.kyotaku.UserSupplement;
import io.github.careplanspec.model.yobo.UserBasicInfo;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * 受信処理 — turns received transmission units into the changes the spec asks of the receiving side, keyed as the
 * spec keys them: families registered or replaced as a set (R26–R28, R35, R36, P9), deletions with their cascade
 * (R31–R33, R36a, P8).
 *
 * <p>Rules applied, in this order:
 * <ol>
 *   <li>Units are meant to be given in processing order (R22: ascending ファイル連番; {@link #processAll} sorts).</li>
 *   <li>Re-delivery: a unit whose {@link UnitId} (連番 + sender + receiver) the ledger knows is
 *       {@link UnitOutcome.Status#DUPLICATE} and has no effect.</li>
 *   <li>Every record is keyed ({@link ChangeKey}); a UPHOSOKU row joins the plan when No.63 is {@code 000000} and the
 *       month when No.4 is {@code 00000000} (R37); a UPJSK row is keyed by its office (No.20) and the サービス種類 of its
 *       サービスコード (No.15; R36). A record that cannot be keyed, or a unit that both registers and deletes one key,
 *       makes the unit {@link UnitOutcome.Status#REJECTED}: nothing applies.</li>
 *   <li>Per key, the rows of all member kinds of the unit form the family's new content (replace-as-a-set: a kind
 *       without rows for the key ends up empty).</li>
 *   <li>Out-of-order arrival: if the ledger holds a later ファイル連番 for a key, the unit's change to that key is
 *       skipped and reported as {@link ReceiveEvent.ChangeSuperseded}; an equal 連番 (another sender) applies. So
 *       the end state equals in-order processing whatever the arrival order (with the default
 *       {@link ReceiveOptions}).</li>
 * </ol>
 *
 * <p>Pure: {@link #process} reads the ledger and returns an outcome; the caller applies the outcome's events and
 * records its key states (one transaction). Knows nothing of validation: a unit should be validated before. Immutable
 * and thread-safe.
 */
public final class ReceiveProcessor {
    private final ReceiveOptions options;

    /** A processor with {@link ReceiveOptions#DEFAULT}. */
    public ReceiveProcessor() {
        this(ReceiveOptions.DEFAULT);
    }

    /**
     * A processor.
     *
     * @param options the choices the spec leaves open
     */
    public ReceiveProcessor(ReceiveOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** @return the options */
    public ReceiveOptions options() {
        return options;
    }

    /**
     * The kinds a deletion removes (R31–R33, R36a, P8; Q17 per {@link ReceiveOptions}).
     *
     * @param family the family
     * @return the member kinds removed by the family's deletion kind
     */
    public Set<FileKind> cascade(Family family) {
        Set<FileKind> s = EnumSet.copyOf(family.members());
        if (family == Family.PLAN && !options.deleteSupplementWithPlan()
                || family == Family.UTILIZATION && !options.deleteSupplementWithUtilization()) {
            // Q17: the 利用者補足情報, a member of both families, may outlive one of them
            s.removeIf(k -> k.families().size() > 1);
        }
        return s;
    }

    /**
     * Processes units in processing order (R22, sorted by {@link UnitId}) against an in-memory ledger, recording
     * each outcome in it. The caller applies the outcomes' events in the returned order.
     *
     * @param units the units, in any order
     * @param ledger the ledger, updated
     * @return one outcome per unit, in processing order
     */
    public List<UnitOutcome> processAll(Collection<ReceivedUnit> units, InMemoryReceiptLedger ledger) {
        List<ReceivedUnit> sorted = new ArrayList<>(units);
        sorted.sort((a, b) -> a.id().compareTo(b.id()));
        List<UnitOutcome> out = new ArrayList<>();
        for (ReceivedUnit u : sorted) {
            UnitOutcome o = process(u, ledger);
            ledger.record(o);
            out.add(o);
        }
        return out;
    }

    /**
     * Keys every record of a unit (the ledger-independent half of {@link #process(ReceivedUnit, ReceiptLedger)}):
     * a UPHOSOKU row joins the plan or the month (R37), a UPJSK row its office and サービス種類 (R36); a record that
     * cannot be keyed, and a key both registered and deleted, are {@link KeyedUnit#problems()}.
     *
     * @param unit the unit
     * @return the keyed unit
     */
    public KeyedUnit key(ReceivedUnit unit) {
        List<Phrase> problems = new ArrayList<>();
        Map<ChangeKey, Map<FileKind, List<Record>>> stores = new LinkedHashMap<>();
        Map<ChangeKey, FileKind> deletions = new LinkedHashMap<>();
        Map<ChangeKey, List<String>> imageNames = new LinkedHashMap<>();
        for (FileKind kind : FileKind.processingOrder()) {
            List<Record> rs = kind.isCsv() ? unit.records(kind) : List.of();
            for (int i = 0; i < rs.size(); i++) {
                Record r = rs.get(i);
                ChangeKey key;
                try {
                    key = keyOf(kind, r);
                } catch (IllegalArgumentException e) {
                    problems.add(Phrase.of("receive.unkeyed", kind.prefix(), i + 1, e.getMessage()));
                    continue;
                }
                if (kind.operation() == FileKind.Operation.DELETE) {
                    deletions.putIfAbsent(key, kind);
                } else {
                    stores.computeIfAbsent(key, k -> new EnumMap<>(FileKind.class))
                            .computeIfAbsent(kind, k -> new ArrayList<>()).add(r);
                    if (r instanceof UserBasicInfo b && b.familyImage() != null) {
                        // P6: No.62 家族構成 画像ファイル名 names the image of the key
                        imageNames.computeIfAbsent(key, k -> new ArrayList<>()).add(b.familyImage().fileName());
                    }
                }
            }
        }
        for (ChangeKey k : deletions.keySet()) {
            if (stores.containsKey(k)) {
                problems.add(Phrase.of("receive.registerAndDelete", k.canonical()));
            }
        }
        return new KeyedUnit(unit, stores, deletions, imageNames, problems);
    }

    /**
     * Processes one unit: {@link #key keys} it, then {@link #process(KeyedUnit, ReceiptLedger) applies} it.
     *
     * @param unit the unit
     * @param ledger what was applied before (read only)
     * @return the outcome: events to apply and key states to record with them
     */
    public UnitOutcome process(ReceivedUnit unit, ReceiptLedger ledger) {
        return process(key(unit), ledger);
    }

    /**
     * Processes one keyed unit against the ledger: re-delivery, problems, out-of-order arrival, the events.
     *
     * @param keyed the unit, keyed by {@link #key}
     * @param ledger what was applied before (read only); asked {@link ReceiptLedger#isApplied} once and
     *     {@link ReceiptLedger#state} for each of {@link KeyedUnit#keys()} (only if the unit applies)
     * @return the outcome: events to apply and key states to record with them
     */
    public UnitOutcome process(KeyedUnit keyed, ReceiptLedger ledger) {
        ReceivedUnit unit = keyed.unit();
        UnitId id = unit.id();
        if (ledger.isApplied(id)) {
            return new UnitOutcome(id, UnitOutcome.Status.DUPLICATE, List.of(), Map.of(), List.of(),
                    List.of(Phrase.of("receive.duplicate", id)));
        }
        List<Phrase> notes = new ArrayList<>();
        if (!keyed.problemPhrases().isEmpty()) {
            return new UnitOutcome(id, UnitOutcome.Status.REJECTED, List.of(), Map.of(), keyed.problemPhrases(), notes);
        }
        Map<ChangeKey, Map<FileKind, List<Record>>> stores = keyed.stores();
        Map<ChangeKey, FileKind> deletions = keyed.deletions();
        Map<ChangeKey, List<String>> imageNames = keyed.imageNames();
        Map<ChangeKey, List<ImageFile>> images = linkImages(unit, imageNames, notes);

        List<ReceiveEvent> events = new ArrayList<>();
        Map<ChangeKey, KeyState> states = new LinkedHashMap<>();
        for (Map.Entry<ChangeKey, Map<FileKind, List<Record>>> e : stores.entrySet()) {
            ChangeKey key = e.getKey();
            Optional<KeyState> st = ledger.state(key);
            if (st.isPresent() && st.get().sequence().compareTo(id.sequence()) > 0) {
                events.add(new ReceiveEvent.ChangeSuperseded(id, key, FileKind.Operation.REGISTER,
                        st.get().sequence()));
                notes.add(Phrase.of("receive.registrationSuperseded", st.get().sequence(), key.canonical()));
                continue;
            }
            FamilyContent content = FamilyContent.of(e.getValue(), images.getOrDefault(key, List.of()));
            events.add(new ReceiveEvent.FamilyStored(id, key, content, st.map(KeyState::present).orElse(false)));
            states.put(key, new KeyState(id.sequence(), true));
        }
        for (ChangeKey key : deletions.keySet()) {
            Optional<KeyState> st = ledger.state(key);
            if (st.isPresent() && st.get().sequence().compareTo(id.sequence()) > 0) {
                events.add(new ReceiveEvent.ChangeSuperseded(id, key, FileKind.Operation.DELETE,
                        st.get().sequence()));
                notes.add(Phrase.of("receive.deletionSuperseded", st.get().sequence(), key.canonical()));
                continue;
            }
            boolean held = st.map(KeyState::present).orElse(false);
            if (!held) {
                // P8: a deletion of a key the receiver does not hold is harmless; reported as a note
                notes.add(Phrase.of("receive.deletionNotHeld", key.canonical()));
            }
            events.add(new ReceiveEvent.FamilyDeleted(id, key, cascade(key.family()), held));
            states.put(key, new KeyState(id.sequence(), false));
        }
        return new UnitOutcome(id, UnitOutcome.Status.APPLIED, events, states, List.of(), notes);
    }

    private static Map<ChangeKey, List<ImageFile>> linkImages(ReceivedUnit unit,
            Map<ChangeKey, List<String>> imageNames, List<Phrase> notes) {
        Map<String, ImageFile> byName = new LinkedHashMap<>();
        for (ImageFile f : unit.images()) {
            byName.put(f.fileName(), f);
        }
        Set<String> used = new HashSet<>();
        Map<ChangeKey, List<ImageFile>> out = new LinkedHashMap<>();
        for (Map.Entry<ChangeKey, List<String>> e : imageNames.entrySet()) {
            Set<ImageFile> linked = new LinkedHashSet<>();
            for (String name : e.getValue()) {
                ImageFile f = byName.get(name);
                if (f == null) {
                    // P5/U12: an image is 原則 sent; tolerate its absence
                    notes.add(Phrase.of("receive.imageMissing", name));
                } else {
                    linked.add(f);
                    used.add(name);
                }
            }
            out.put(e.getKey(), List.copyOf(linked));
        }
        for (String name : byName.keySet()) {
            if (!used.contains(name)) {
                notes.add(Phrase.of("receive.imageUnlinked", name));
            }
        }
        return out;
    }

    /** A record's typed items by No. (keying reads a few items of every record, by the accessors). */
    @FunctionalInterface
    interface Items {
        /**
         * @param no the item No.
         * @return its value; {@code null} if absent or beyond the layout
         */
        Object at(int no);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Items items(Record r) {
        RecordLayout layout = RecordLayout.of(r.getClass());
        return no -> no <= layout.size() ? layout.value(r, no) : null;
    }

    /**
     * The key of a record of a kind, from its typed items at the kind's {@link FileKind#keyNos(Family) key items}:
     * 保険者番号, 被保険者番号 and the family's date or month; the 実績 key adds サービス事業者コード and サービス種類 (R36); the
     * 利用者補足情報 joins the plan or the month by its sentinels (R37).
     *
     * @param kind the kind
     * @param r a record of the kind
     * @return the key
     * @throws IllegalArgumentException if a key item is empty or out of range, or the kind is not keyed
     */
    static ChangeKey keyOf(FileKind kind, Record r) {
        if (!kind.isCsv()) {
            throw new IllegalArgumentException(kind + " is not keyed");
        }
        Items items = items(r);
        InsurerNumber insurer = item(items, 2, InsurerNumber.class);
        InsuredNumber insured = item(items, 3, InsuredNumber.class);
        if (r instanceof UserSupplement s) {
            return supplementKey(s, insurer, insured);
        }
        Family family = kind.families().get(0);
        List<Integer> nos = kind.keyNos(family);
        switch (family) {
            case PLAN:
                return new ChangeKey.PlanKey(insurer, insured, date(items, nos.get(2)));
            case UTILIZATION:
                return new ChangeKey.UtilizationKey(insurer, insured, month(items, nos.get(2)));
            case RESULTS:
                if (kind.role() == FileKind.Role.DELETION) {
                    return new ChangeKey.ResultKey(insurer, insured, month(items, nos.get(2)),
                            item(items, nos.get(3), OfficeNumber.class), item(items, nos.get(4), ServiceTypeCode.class));
                }
                return new ChangeKey.ResultKey(insurer, insured, month(items, nos.get(2)),
                        item(items, Keys.RESULT_PROVIDER_NO, OfficeNumber.class),
                        item(items, Keys.RESULT_SERVICE_CODE_NO, ServiceCode.class).serviceType());
            case BASIC_INFO:
                return new ChangeKey.BasicInfoKey(insurer, insured, date(items, nos.get(2)));
            case PREVENTION_PLAN:
                return new ChangeKey.PreventionPlanKey(insurer, insured, date(items, nos.get(2)));
            default:
                throw new IllegalArgumentException(kind + " is not keyed");
        }
    }

    /** R37: exactly one of No.4 and No.63 is its sentinel; the other links the plan date or the 利用票 month. */
    private static ChangeKey supplementKey(UserSupplement s, InsurerNumber insurer, InsuredNumber insured) {
        PlanLinkDate d = s.planDate();
        ServiceMonthLink m = s.serviceMonth();
        if (d == null) {
            throw new IllegalArgumentException("No.4 is empty");
        }
        if (m == null) {
            throw new IllegalArgumentException("No.63 is empty");
        }
        if (!m.isLinked() && d.isLinked()) {
            return new ChangeKey.PlanKey(insurer, insured, inRange(4, d.date().orElseThrow()));
        }
        if (!d.isLinked() && m.isLinked()) {
            return new ChangeKey.UtilizationKey(insurer, insured, m.month().orElseThrow());
        }
        throw new IllegalArgumentException("UPHOSOKU No.4 '" + d.text() + "' / No.63 '" + m.text()
                + "': exactly one must be the sentinel " + PlanLinkDate.UNLINKED.text() + " / "
                + ServiceMonthLink.UNLINKED.text() + " (R37)");
    }

    private static <T> T item(Items items, int no, Class<T> type) {
        Object v = items.at(no);
        if (v == null) {
            throw new IllegalArgumentException("No." + no + " is empty");
        }
        if (!type.isInstance(v)) {
            throw new IllegalStateException("No." + no + " is a " + v.getClass().getSimpleName() + ", not a "
                    + type.getSimpleName() + ": the kind table and the layout disagree");
        }
        return type.cast(v);
    }

    private static LocalDate date(Items items, int no) {
        return inRange(no, item(items, no, LocalDate.class));
    }

    /** A date the file can carry (YYYYMMDD: year 0000–9999). */
    private static LocalDate inRange(int no, LocalDate d) {
        if (d.getYear() < 0 || d.getYear() > 9999) {
            throw new IllegalArgumentException("No." + no + " '" + d + "' is not YYYYMMDD");
        }
        return d;
    }

    private static YearMonth month(Items items, int no) {
        YearMonth m = item(items, no, YearMonth.class);
        if (m.getYear() < 0 || m.getYear() > 9999) {
            throw new IllegalArgumentException("No." + no + " '" + m + "' is not YYYYMM");
        }
        return m;
    }
}
