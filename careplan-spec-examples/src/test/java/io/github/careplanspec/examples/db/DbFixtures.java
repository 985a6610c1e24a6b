package io.github.careplanspec.examples.db;

import io.github.careplanspec.csv.receive.ImageFile;
import io.github.careplanspec.csv.receive.Party;
import io.github.careplanspec.csv.receive.ReceivedUnit;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Parsed;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.name.FileSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Records, units and generated scenarios for the database tests; and the in-order reference model. */
final class DbFixtures {
    static final String INSURER = "131045";
    static final Party PLANNER = Party.parse("0300000100_43");
    static final Party PROVIDER = Party.parse("0300000005_11");
    static final String[] DATES = {"20240401", "20240501"};
    static final String[] MONTHS = {"202405", "202406"};
    static final String[] OFFICES = {"0300000005", "0300000006"};
    static final long BASE = 20240101000000L;

    private DbFixtures() {
    }

    static int payloadNo(FileKind kind) {
        for (ColumnSpec c : Catalog.columns(kind)) {
            if (c.format() == FieldFormat.FREE_TEXT && c.no() > 4 && c.no() != 62 && c.no() != 63) {
                return c.no();
            }
        }
        throw new IllegalStateException("no free-text item in " + kind);
    }

    static Record record(FileKind kind, Object... noAndText) {
        String[] t = new String[Catalog.columns(kind).size()];
        Arrays.fill(t, "");
        for (int i = 0; i < noAndText.length; i += 2) {
            t[(Integer) noAndText[i] - 1] = (String) noAndText[i + 1];
        }
        Parsed<? extends Record> p = Catalog.layout(kind).parse(List.of(t));
        if (!p.isOk()) {
            throw new IllegalStateException(kind + " " + p.problems() + " " + p.recordProblem());
        }
        return p.value();
    }

    static String insured(int user) {
        return String.format("%010d", user);
    }

    /** A row of a family member kind for a key date/month, with a payload text. */
    static Record row(FileKind kind, int user, String keyText, String payload) {
        String u = insured(user);
        int p = payloadNo(kind);
        switch (kind) {
            case UP1KYO:
                return record(kind, 2, INSURER, 3, u, 14, keyText, p, payload);
            case UP2KYO:
            case UP3KYO:
            case UPPLAN:
            case UPSIKYU:
                return record(kind, 2, INSURER, 3, u, 5, keyText, p, payload);
            default:
                return record(kind, 2, INSURER, 3, u, 4, keyText, p, payload);
        }
    }

    static Record supplement(int user, String planDate, String month, String payload) {
        return record(FileKind.UPHOSOKU, 2, INSURER, 3, insured(user), 4, planDate, 63, month, 6, payload);
    }

    static Record result(int user, String month, String office, String serviceCode, String payload) {
        return record(FileKind.UPJSK, 2, INSURER, 3, insured(user), 5, month, 15, serviceCode, 20, office,
                payloadNo(FileKind.UPJSK), payload);
    }

    static Record basicInfo(int user, String date, String image, String payload) {
        return record(FileKind.UPKIHON, 2, INSURER, 3, insured(user), 4, date, 62, image,
                payloadNo(FileKind.UPKIHON), payload);
    }

    static Record deletion(FileKind kind, int user, String... rest) {
        Object[] a = new Object[4 + rest.length * 2];
        a[0] = 2;
        a[1] = INSURER;
        a[2] = 3;
        a[3] = insured(user);
        for (int i = 0; i < rest.length; i++) {
            a[4 + 2 * i] = 4 + i;
            a[5 + 2 * i] = rest[i];
        }
        return record(kind, a);
    }

    static String imageName(long seq, int n) {
        return "UPKIHON_IMAGE_0300000100_46_0300000005_11_" + seq + "_" + String.format("%04d", n) + ".jpg";
    }

    /** One generated scenario: the arrivals and what each distinct unit does in the reference model. */
    record Scenario(List<ReceivedUnit> arrivals, List<Step> steps) {
    }

    /** What one distinct unit does: per abstract key, the new family content, or a deletion. */
    record Step(long seq, Map<String, Map<FileKind, List<Record>>> stores, Map<String, List<ImageFile>> images,
            List<String> deletes) {
    }

    /** Decodes a generated program (one int per unit) and arrival perturbations into a scenario. */
    static Scenario decode(List<Integer> program, List<Integer> arrival) {
        List<ReceivedUnit> units = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < program.size(); i++) {
            int x = program.get(i);
            int op = x % 10;
            int user = (x / 10) % 2 + 1;
            int a = (x / 20) % 2;
            int b = (x / 40) % 3;
            String payload = "v" + (x / 120) % 50 + "-" + i;
            long seq = BASE + i * 7L;
            Map<FileKind, List<Record>> recs = new EnumMap<>(FileKind.class);
            Map<String, Map<FileKind, List<Record>>> stores = new LinkedHashMap<>();
            Map<String, List<ImageFile>> images = new LinkedHashMap<>();
            List<ImageFile> unitImages = new ArrayList<>();
            List<String> deletes = new ArrayList<>();
            Party sender = PLANNER;
            switch (op) {
                case 0: {
                    String k = "P|" + user + "|" + DATES[a];
                    add(recs, stores, k, FileKind.UP1KYO, row(FileKind.UP1KYO, user, DATES[a], payload));
                    for (int r = 0; r < b; r++) {
                        add(recs, stores, k, FileKind.UP2KYO, row(FileKind.UP2KYO, user, DATES[a], payload + r));
                    }
                    if (b % 2 == 1) {
                        add(recs, stores, k, FileKind.UP3KYO, row(FileKind.UP3KYO, user, DATES[a], payload));
                    }
                    if (a == 0 || b == 2) {
                        add(recs, stores, k, FileKind.UPHOSOKU, supplement(user, DATES[a], "000000", payload));
                    }
                    break;
                }
                case 1: {
                    String k = "U|" + user + "|" + MONTHS[a];
                    for (int r = 0; r <= b % 2; r++) {
                        add(recs, stores, k, FileKind.UPPLAN, row(FileKind.UPPLAN, user, MONTHS[a], payload + r));
                    }
                    for (int r = 0; r < b; r++) {
                        add(recs, stores, k, FileKind.UPSIKYU, row(FileKind.UPSIKYU, user, MONTHS[a], payload + r));
                    }
                    if (b > 0) {
                        add(recs, stores, k, FileKind.UPHOSOKU, supplement(user, "00000000", MONTHS[a], payload));
                    }
                    break;
                }
                case 2: {
                    sender = new Party(OfficeNumber.parse(OFFICES[a]), ServiceTypeCode.parse("11"));
                    if (b != 1) {
                        String k = "R|" + user + "|" + OFFICES[a] + "|11";
                        add(recs, stores, k, FileKind.UPJSK, result(user, MONTHS[0], OFFICES[a], "111111", payload));
                        add(recs, stores, k, FileKind.UPJSK, result(user, MONTHS[0], OFFICES[a], "112111", payload));
                    }
                    if (b != 0) {
                        String k = "R|" + user + "|" + OFFICES[a] + "|13";
                        add(recs, stores, k, FileKind.UPJSK, result(user, MONTHS[0], OFFICES[a], "131111", payload));
                    }
                    break;
                }
                case 3: {
                    String k = "B|" + user + "|" + DATES[a];
                    String img = imageName(seq, 1);
                    add(recs, stores, k, FileKind.UPKIHON, basicInfo(user, DATES[a], b == 0 ? "" : img, payload));
                    for (int r = 0; r < b; r++) {
                        add(recs, stores, k, FileKind.UPKIHON_SUB1, row(FileKind.UPKIHON_SUB1, user, DATES[a],
                                payload + r));
                    }
                    if (b == 2) {
                        add(recs, stores, k, FileKind.UPKIHON_SUB2, row(FileKind.UPKIHON_SUB2, user, DATES[a],
                                payload));
                    }
                    if (b > 0) {
                        ImageFile f = new ImageFile(img, payload.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        unitImages.add(f);
                        images.put(k, List.of(f));
                    }
                    break;
                }
                case 4: {
                    String k = "Y|" + user + "|" + DATES[a];
                    add(recs, stores, k, FileKind.UPYOBO, row(FileKind.UPYOBO, user, DATES[a], payload));
                    for (int r = 0; r < b; r++) {
                        add(recs, stores, k, FileKind.UPYOBO_SUB, row(FileKind.UPYOBO_SUB, user, DATES[a],
                                Integer.toString(r + 1)));
                    }
                    break;
                }
                case 5:
                    recs.put(FileKind.DLT1KYO, List.of(deletion(FileKind.DLT1KYO, user, DATES[a])));
                    deletes.add("P|" + user + "|" + DATES[a]);
                    break;
                case 6:
                    recs.put(FileKind.DLTPLAN, List.of(deletion(FileKind.DLTPLAN, user, MONTHS[a])));
                    deletes.add("U|" + user + "|" + MONTHS[a]);
                    break;
                case 7: {
                    String type = b % 2 == 0 ? "11" : "13";
                    sender = new Party(OfficeNumber.parse(OFFICES[a]), ServiceTypeCode.parse("11"));
                    recs.put(FileKind.DLTJSK, List.of(deletion(FileKind.DLTJSK, user, MONTHS[0], OFFICES[a], type)));
                    deletes.add("R|" + user + "|" + OFFICES[a] + "|" + type);
                    break;
                }
                case 8:
                    recs.put(FileKind.DLTKIHON, List.of(deletion(FileKind.DLTKIHON, user, DATES[a])));
                    deletes.add("B|" + user + "|" + DATES[a]);
                    break;
                default:
                    recs.put(FileKind.DLTYOBO, List.of(deletion(FileKind.DLTYOBO, user, DATES[a])));
                    deletes.add("Y|" + user + "|" + DATES[a]);
                    break;
            }
            Party receiver = sender == PLANNER ? PROVIDER : PLANNER;
            units.add(ReceivedUnit.of(FileSequence.parse(Long.toString(seq)), sender, receiver, recs, unitImages));
            steps.add(new Step(seq, stores, images, deletes));
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
        return new Scenario(arrivals, steps);
    }

    private static void add(Map<FileKind, List<Record>> recs, Map<String, Map<FileKind, List<Record>>> stores,
            String key, FileKind kind, Record r) {
        recs.computeIfAbsent(kind, k -> new ArrayList<>()).add(r);
        stores.computeIfAbsent(key, k -> new EnumMap<>(FileKind.class)).computeIfAbsent(kind,
                k -> new ArrayList<>()).add(r);
    }

    /** The reference: distinct units in 連番 order; families replaced as a set; deletions remove the family. */
    static DatabaseContents reference(List<Step> steps) {
        Map<String, Map<FileKind, List<Record>>> state = new TreeMap<>();
        Map<String, List<ImageFile>> images = new TreeMap<>();
        List<Step> sorted = new ArrayList<>(steps);
        sorted.sort((s, t) -> Long.compare(s.seq(), t.seq()));
        for (Step s : sorted) {
            s.stores().forEach((k, v) -> {
                state.put(k, v);
                images.remove(k);
            });
            images.putAll(s.images());
            for (String k : s.deletes()) {
                state.remove(k);
                images.remove(k);
            }
        }
        Map<FileKind, List<Record>> out = new EnumMap<>(FileKind.class);
        state.values().forEach(m -> m.forEach((k, v) -> out.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v)));
        List<ImageFile> imgs = new ArrayList<>();
        images.values().forEach(imgs::addAll);
        return normalize(new DatabaseContents(out, imgs));
    }

    /**
     * Contents in a canonical order: per kind, records grouped by their key item texts (Java string order), the
     * order inside a key kept; images by file name. Makes contents comparable whatever the database's collation.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static DatabaseContents normalize(DatabaseContents c) {
        Map<FileKind, List<Record>> out = new EnumMap<>(FileKind.class);
        c.records().forEach((kind, rows) -> {
            Map<String, List<Record>> byKey = new TreeMap<>();
            RecordLayout layout = RecordLayout.of(rows.get(0).getClass());
            for (Record r : rows) {
                String[] t = layout.format(r);
                StringBuilder k = new StringBuilder();
                for (int no : CatalogSchema.keyNos(kind)) {
                    k.append(t[no - 1]).append('|');
                }
                if (kind == FileKind.UPJSK) {
                    k.append(t[14], 0, 2);
                }
                byKey.computeIfAbsent(k.toString(), x -> new ArrayList<>()).add(r);
            }
            List<Record> all = new ArrayList<>();
            byKey.values().forEach(all::addAll);
            out.put(kind, all);
        });
        List<ImageFile> imgs = new ArrayList<>(c.images());
        imgs.sort((x, y) -> x.fileName().compareTo(y.fileName()));
        return new DatabaseContents(out, imgs);
    }
}
