package io.github.careplanspec.csv.receive;

import static io.github.careplanspec.csv.receive.Fixtures.PLANNER;
import static io.github.careplanspec.csv.receive.Fixtures.annex;
import static io.github.careplanspec.csv.receive.Fixtures.delete;
import static io.github.careplanspec.csv.receive.Fixtures.plan1;
import static io.github.careplanspec.csv.receive.Fixtures.plan2;
import static io.github.careplanspec.csv.receive.Fixtures.plan3;
import static io.github.careplanspec.csv.receive.Fixtures.supplement;
import static io.github.careplanspec.csv.receive.Fixtures.ticket;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.catalog.Family;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.name.FileSequence;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Stateful property: any sequence of units (registrations, re-sends, corrections, deletions, re-deliveries,
 * out-of-order arrivals) applied through the processor to an in-memory store leaves the store equal to a simple
 * reference model of the spec: the distinct units applied in ファイル連番 order (R22), each key's family replaced as a
 * set (R35, R36) or deleted with its cascade (R31–R33).
 */
class ReceiveProcessorPropertyTest {

    /** One generated unit: the records it carries and, per abstract key, what it does. */
    record Scenario(List<ReceivedUnit> arrivals, List<Step> steps, Map<String, ChangeKey> keys) {
    }

    /** What one distinct unit does in the reference model. */
    record Step(long seq, Map<String, Map<FileKind, List<Record>>> stores, Map<String, Family> deletes) {
    }

    static final String[] DATES = {"20240401", "20240501"};
    static final String[] MONTHS = {"202405", "202406"};
    static final String[] OFFICES = {"0300000005", "0300000006"};
    static final long BASE = 20240101000000L;

    static Scenario decode(List<Integer> program, List<Integer> arrival) {
        List<ReceivedUnit> units = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        Map<String, ChangeKey> keys = new LinkedHashMap<>();
        for (int i = 0; i < program.size(); i++) {
            int x = program.get(i);
            int op = x % 6;
            int user = (x / 6) % 2 + 1;
            int a = (x / 12) % 2;
            int b = (x / 24) % 3;
            String payload = "v" + (x / 72) % 50 + "-" + i;
            long seq = BASE + i * 7L;
            Map<FileKind, List<Record>> recs = new EnumMap<>(FileKind.class);
            Map<String, Map<FileKind, List<Record>>> stores = new LinkedHashMap<>();
            Map<String, Family> deletes = new LinkedHashMap<>();
            Party sender = PLANNER;
            switch (op) {
                case 0: {
                    String k = planKey(keys, user, DATES[a]);
                    add(recs, stores, k, FileKind.UP1KYO, plan1(user, DATES[a], payload));
                    for (int r = 0; r < b; r++) {
                        add(recs, stores, k, FileKind.UP2KYO, plan2(user, DATES[a], payload + r));
                    }
                    if (b % 2 == 1) {
                        add(recs, stores, k, FileKind.UP3KYO, plan3(user, DATES[a], payload));
                    }
                    if (a == 0 || b == 2) {
                        add(recs, stores, k, FileKind.UPHOSOKU, supplement(user, DATES[a], "000000", payload));
                    }
                    break;
                }
                case 1: {
                    String k = monthKey(keys, user, MONTHS[a]);
                    for (int r = 0; r <= b % 2; r++) {
                        add(recs, stores, k, FileKind.UPPLAN,
                                ticket(FileKind.UPPLAN, user, MONTHS[a], OFFICES[0], "111111", payload + r));
                    }
                    for (int r = 0; r < b; r++) {
                        add(recs, stores, k, FileKind.UPSIKYU, annex(user, MONTHS[a], payload + r));
                    }
                    if (b > 0) {
                        add(recs, stores, k, FileKind.UPHOSOKU, supplement(user, "00000000", MONTHS[a], payload));
                    }
                    break;
                }
                case 2: {
                    sender = new Party(OfficeNumber.parse(OFFICES[a]), ServiceTypeCode.parse("11"));
                    if (b != 1) {
                        String k = resultKey(keys, user, OFFICES[a], "11");
                        add(recs, stores, k, FileKind.UPJSK,
                                ticket(FileKind.UPJSK, user, MONTHS[0], OFFICES[a], "111111", payload));
                        add(recs, stores, k, FileKind.UPJSK,
                                ticket(FileKind.UPJSK, user, MONTHS[0], OFFICES[a], "112111", payload));
                    }
                    if (b != 0) {
                        String k = resultKey(keys, user, OFFICES[a], "13");
                        add(recs, stores, k, FileKind.UPJSK,
                                ticket(FileKind.UPJSK, user, MONTHS[0], OFFICES[a], "131111", payload));
                    }
                    break;
                }
                case 3:
                    recs.put(FileKind.DLT1KYO, List.of(delete(FileKind.DLT1KYO, user, DATES[a])));
                    deletes.put(planKey(keys, user, DATES[a]), Family.PLAN);
                    break;
                case 4:
                    recs.put(FileKind.DLTPLAN, List.of(delete(FileKind.DLTPLAN, user, MONTHS[a])));
                    deletes.put(monthKey(keys, user, MONTHS[a]), Family.UTILIZATION);
                    break;
                default: {
                    String type = b % 2 == 0 ? "11" : "13";
                    sender = new Party(OfficeNumber.parse(OFFICES[a]), ServiceTypeCode.parse("11"));
                    recs.put(FileKind.DLTJSK, List.of(delete(FileKind.DLTJSK, user, MONTHS[0], OFFICES[a], type)));
                    deletes.put(resultKey(keys, user, OFFICES[a], type), Family.RESULTS);
                    break;
                }
            }
            Party receiver = sender == PLANNER ? Fixtures.PROVIDER : PLANNER;
            units.add(ReceivedUnit.of(FileSequence.parse(Long.toString(seq)), sender, receiver, recs, List.of()));
            steps.add(new Step(seq, stores, deletes));
        }
        List<ReceivedUnit> arrivals = new ArrayList<>(units);
        int n = units.size();
        for (int y : arrival) {
            int p = (y / 3) % n;
            int q = (y / 3 / n) % arrivals.size();
            if (y % 3 == 0) {
                ReceivedUnit t = arrivals.get(p);
                arrivals.set(p, arrivals.get(q));
                arrivals.set(q, t);
            } else {
                arrivals.add(q, units.get(p));
            }
        }
        return new Scenario(arrivals, steps, keys);
    }

    static void add(Map<FileKind, List<Record>> recs, Map<String, Map<FileKind, List<Record>>> stores, String key,
            FileKind kind, Record r) {
        recs.computeIfAbsent(kind, k -> new ArrayList<>()).add(r);
        stores.computeIfAbsent(key, k -> new EnumMap<>(FileKind.class)).computeIfAbsent(kind,
                k -> new ArrayList<>()).add(r);
    }

    static String planKey(Map<String, ChangeKey> keys, int user, String date) {
        String k = "P|" + user + "|" + date;
        keys.putIfAbsent(k, new ChangeKey.PlanKey(InsurerNumber.parse(Fixtures.INSURER),
                InsuredNumber.parse(Fixtures.insured(user)), LocalDate.parse(date, DateTimeFormatter.BASIC_ISO_DATE)));
        return k;
    }

    static String monthKey(Map<String, ChangeKey> keys, int user, String month) {
        String k = "U|" + user + "|" + month;
        keys.putIfAbsent(k, new ChangeKey.UtilizationKey(InsurerNumber.parse(Fixtures.INSURER),
                InsuredNumber.parse(Fixtures.insured(user)), YearMonth.parse(month,
                        DateTimeFormatter.ofPattern("uuuuMM"))));
        return k;
    }

    static String resultKey(Map<String, ChangeKey> keys, int user, String office, String type) {
        String k = "R|" + user + "|" + office + "|" + type;
        keys.putIfAbsent(k, new ChangeKey.ResultKey(InsurerNumber.parse(Fixtures.INSURER),
                InsuredNumber.parse(Fixtures.insured(user)), YearMonth.of(2024, 5), OfficeNumber.parse(office),
                ServiceTypeCode.parse(type)));
        return k;
    }

    /** The reference: distinct units in 連番 order; replace-as-a-set; deletion removes the cascade kinds. */
    static Map<String, Map<FileKind, List<Record>>> reference(List<Step> steps, boolean deleteSupplements) {
        Map<String, Map<FileKind, List<Record>>> state = new LinkedHashMap<>();
        List<Step> sorted = new ArrayList<>(steps);
        sorted.sort((s, t) -> Long.compare(s.seq(), t.seq()));
        for (Step s : sorted) {
            state.putAll(s.stores());
            s.deletes().forEach((k, family) -> {
                Map<FileKind, List<Record>> held = state.remove(k);
                if (held != null && !deleteSupplements && held.containsKey(FileKind.UPHOSOKU)) {
                    state.put(k, Map.of(FileKind.UPHOSOKU, held.get(FileKind.UPHOSOKU)));
                }
            });
        }
        return state;
    }

    static boolean storeEqualsReference(Scenario s, ReceiveOptions options, boolean deleteSupplements) {
        ReceiveProcessor p = new ReceiveProcessor(options);
        InMemoryReceiptLedger ledger = new InMemoryReceiptLedger();
        InMemoryReceiveStore store = new InMemoryReceiveStore();
        Set<UnitId> seen = new HashSet<>();
        for (ReceivedUnit u : s.arrivals()) {
            UnitOutcome o = p.process(u, ledger);
            if (o.status() != (seen.add(u.id()) ? UnitOutcome.Status.APPLIED : UnitOutcome.Status.DUPLICATE)) {
                return false;
            }
            ledger.record(o);
            store.apply(o);
        }
        Map<String, Map<FileKind, List<Record>>> ref = reference(s.steps(), deleteSupplements);
        int refCount = 0;
        for (Map.Entry<String, ChangeKey> e : s.keys().entrySet()) {
            Map<FileKind, List<Record>> expected = ref.getOrDefault(e.getKey(), Map.of());
            if (!store.rows(e.getValue()).equals(expected)) {
                return false;
            }
            refCount += expected.values().stream().mapToInt(List::size).sum();
        }
        int held = store.snapshot().values().stream().mapToInt(List::size).sum();
        return held == refCount;
    }

    @Test
    void anyArrivalOrderEqualsInOrderReference() {
        qt().withExamples(150).forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(1, 25),
                lists().of(integers().between(0, 100_000)).ofSizeBetween(0, 15))
                .check((program, arrival) -> storeEqualsReference(decode(program, arrival), ReceiveOptions.DEFAULT,
                        true));
    }

    @Test
    void keyedUnitNamesExactlyTheLedgerStatesProcessReads() {
        ReceiveProcessor p = new ReceiveProcessor();
        qt().withExamples(100).forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(1, 25),
                lists().of(integers().between(0, 100_000)).ofSizeBetween(0, 15))
                .check((program, arrival) -> {
                    InMemoryReceiptLedger ledger = new InMemoryReceiptLedger();
                    for (ReceivedUnit u : decode(program, arrival).arrivals()) {
                        Set<ChangeKey> read = new java.util.LinkedHashSet<>();
                        ReceiptLedger recording = new ReceiptLedger() {
                            @Override
                            public boolean isApplied(UnitId id) {
                                return ledger.isApplied(id);
                            }

                            @Override
                            public java.util.Optional<KeyState> state(ChangeKey key) {
                                read.add(key);
                                return ledger.state(key);
                            }
                        };
                        KeyedUnit keyed = p.key(u);
                        UnitOutcome o = p.process(keyed, recording);
                        if (!o.equals(p.process(u, ledger))) {
                            return false; // keying first changes nothing
                        }
                        if (o.status() == UnitOutcome.Status.APPLIED ? !read.equals(keyed.keys()) : !read.isEmpty()) {
                            return false;
                        }
                        ledger.record(o);
                    }
                    return true;
                });
    }

    @Test
    void inOrderArrivalWithSupplementsKeptEqualsReferenceQ17() {
        ReceiveOptions keep = new ReceiveOptions(false, false);
        qt().withExamples(100).forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(1, 25))
                .check(program -> storeEqualsReference(decode(program, List.of()), keep, false));
    }
}
