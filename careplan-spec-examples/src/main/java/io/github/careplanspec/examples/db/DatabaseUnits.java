package io.github.careplanspec.examples.db;

import io.github.careplanspec.csv.receive.ImageFile;
import io.github.careplanspec.csv.receive.Party;
import io.github.careplanspec.csv.unit.TransmissionUnit;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Parsed;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.name.FileSequence;
import io.github.careplanspec.model.name.InterfaceFileName;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What a database holds ({@link DatabaseContents}) grouped into transmission units named by the spec (R21, P10),
 * for the {@code export} command.
 *
 * <p>The database keeps records, not the units they came in, so the units are made anew (a documented choice):
 * <ol>
 * <li>the plan: UP1KYO + UP2KYO + UP3KYO + the plan-linked UPHOSOKU (No.63 {@code 000000}), every user in one
 * unit;</li>
 * <li>per 対象年月 (R20: one month per file): UPPLAN + UPSIKYU + the UPHOSOKU linked to that month;</li>
 * <li>per 対象年月: UPJSK, sent the other way (from the service office to the planning office);</li>
 * <li>UPKIHON + UPKIHON_SUB1 + UPKIHON_SUB2 + the 家族構成 images (renamed with the new unit's name tail and 枝番
 * 0001, 0002 …; UPKIHON No.62 rewritten to name them, P6);</li>
 * <li>UPYOBO + UPYOBO_SUB.</li>
 * </ol>
 * Sender and receiver are the planning office and the service office; the ファイル連番 of the first unit is given and
 * each next unit takes the next second, so the units keep their processing order (R22). Deletions are not exported:
 * the database holds what is, not what was withdrawn.
 */
public final class DatabaseUnits {
    private DatabaseUnits() {
    }

    /**
     * The (planning office, service office) pair of the units the database applied, from the receipt ledger
     * ({@link CatalogSchema#APPLIED_UNIT_TABLE}): the sender whose サービス種類 is a planning type (43 居宅介護支援,
     * 46 介護予防支援, AF 介護予防ケアマネジメント) and its receiver; a pair found only the other way round (実績
     * received from a service office) is turned round.
     *
     * @param connection the database
     * @return the pair, if the ledger holds exactly one
     * @throws SQLException if the database fails
     */
    public static Optional<Party[]> partiesFromLedger(Connection connection) throws SQLException {
        Set<String> planning = Set.of("43", "46", "AF");
        Map<String, Party[]> pairs = new TreeMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT DISTINCT sender, receiver FROM "
                        + CatalogSchema.APPLIED_UNIT_TABLE)) {
            while (rs.next()) {
                Party s = Party.parse(rs.getString(1));
                Party r = Party.parse(rs.getString(2));
                Party[] pair = planning.contains(s.serviceType().text()) || !planning.contains(r.serviceType().text())
                        ? new Party[] {s, r} : new Party[] {r, s};
                pairs.put(pair[0] + ">" + pair[1], pair);
            }
        }
        return pairs.size() == 1 ? Optional.of(pairs.values().iterator().next()) : Optional.empty();
    }

    /**
     * Groups what the database holds into units.
     *
     * @param contents what the database holds
     * @param planner the planning office (居宅介護支援事業所 / 地域包括支援センター等)
     * @param provider the service office
     * @param first the ファイル連番 of the first unit
     * @return the units, in processing order
     * @throws IOException never for in-memory writing, declared by the writers
     * @throws IllegalStateException if the records cannot form a unit of the spec (e.g. a 第1表 without 第3表)
     */
    public static List<TransmissionUnit> of(DatabaseContents contents, Party planner, Party provider,
            FileSequence first) throws IOException {
        List<TransmissionUnit> out = new ArrayList<>();
        Sequence seq = new Sequence(first);
        List<Record> plan1 = contents.records(FileKind.UP1KYO);
        List<Record> supplements = contents.records(FileKind.UPHOSOKU);
        if (!plan1.isEmpty()) {
            TransmissionUnit.Builder b = builder(planner, provider, seq.next());
            b.add(FileKind.UP1KYO, plan1);
            addIf(b, FileKind.UP2KYO, contents.records(FileKind.UP2KYO));
            addIf(b, FileKind.UP3KYO, contents.records(FileKind.UP3KYO));
            addIf(b, FileKind.UPHOSOKU, filter(supplements, t -> "000000".equals(t[62])));
            out.add(b.build());
        }
        for (String month : months(contents.records(FileKind.UPPLAN), 5)) {
            TransmissionUnit.Builder b = builder(planner, provider, seq.next());
            b.add(FileKind.UPPLAN, filter(contents.records(FileKind.UPPLAN), t -> month.equals(t[4])));
            addIf(b, FileKind.UPSIKYU, filter(contents.records(FileKind.UPSIKYU), t -> month.equals(t[4])));
            addIf(b, FileKind.UPHOSOKU, filter(supplements, t -> month.equals(t[62]) && "00000000".equals(t[3])));
            out.add(b.build());
        }
        for (String month : months(contents.records(FileKind.UPJSK), 5)) {
            out.add(builder(provider, planner, seq.next())
                    .add(FileKind.UPJSK, filter(contents.records(FileKind.UPJSK), t -> month.equals(t[4]))).build());
        }
        List<Record> basic = contents.records(FileKind.UPKIHON);
        if (!basic.isEmpty()) {
            FileSequence s = seq.next();
            TransmissionUnit.Builder b = builder(planner, provider, s);
            Map<String, ImageFile> images = new HashMap<>();
            for (ImageFile i : contents.images()) {
                images.put(i.fileName().toUpperCase(Locale.ROOT), i);
            }
            RecordLayout<? extends Record> layout = Catalog.layout(FileKind.UPKIHON);
            List<Record> renamed = new ArrayList<>();
            int branch = 0;
            for (Record r : basic) {
                String[] t = format(r);
                ImageFile image = t[61].isEmpty() ? null : images.get(t[61].toUpperCase(Locale.ROOT));
                if (image != null) {
                    branch++;
                    b.image(branch, image.data());
                    t[61] = InterfaceFileName.image(planner.office(), planner.serviceType(), provider.office(),
                            provider.serviceType(), s, branch).format();
                    Parsed<? extends Record> p = layout.parse(Arrays.asList(t));
                    renamed.add(p.value());
                } else {
                    renamed.add(r);
                }
            }
            b.add(FileKind.UPKIHON, renamed);
            addIf(b, FileKind.UPKIHON_SUB1, contents.records(FileKind.UPKIHON_SUB1));
            addIf(b, FileKind.UPKIHON_SUB2, contents.records(FileKind.UPKIHON_SUB2));
            out.add(b.build());
        }
        if (!contents.records(FileKind.UPYOBO).isEmpty()) {
            TransmissionUnit.Builder b = builder(planner, provider, seq.next());
            b.add(FileKind.UPYOBO, contents.records(FileKind.UPYOBO));
            addIf(b, FileKind.UPYOBO_SUB, contents.records(FileKind.UPYOBO_SUB));
            out.add(b.build());
        }
        return out;
    }

    private static TransmissionUnit.Builder builder(Party from, Party to, FileSequence s) {
        return TransmissionUnit.builder(from.office(), from.serviceType(), to.office(), to.serviceType(), s);
    }

    private static void addIf(TransmissionUnit.Builder b, FileKind kind, List<Record> rows) {
        if (!rows.isEmpty()) {
            b.add(kind, rows);
        }
    }

    @SuppressWarnings("unchecked")
    private static <R extends Record> String[] format(R r) {
        return RecordLayout.of((Class<R>) r.getClass()).format(r);
    }

    private static List<Record> filter(List<Record> rows, Predicate<String[]> keep) {
        List<Record> out = new ArrayList<>();
        for (Record r : rows) {
            if (keep.test(format(r))) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<String> months(List<Record> rows, int no) {
        List<String> out = new ArrayList<>();
        for (Record r : rows) {
            String m = format(r)[no - 1];
            if (!out.contains(m)) {
                out.add(m);
            }
        }
        out.sort(null);
        return out;
    }

    /** Consecutive ファイル連番, one second apart. */
    private static final class Sequence {
        private FileSequence next;

        Sequence(FileSequence first) {
            this.next = first;
        }

        FileSequence next() {
            FileSequence s = next;
            next = FileSequence.of(s.dateTime().orElseThrow(
                    () -> new IllegalArgumentException("not a date and time: " + s)).plusSeconds(1));
            return s;
        }
    }
}
