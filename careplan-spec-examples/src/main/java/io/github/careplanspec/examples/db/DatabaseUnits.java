package io.github.careplanspec.examples.db;

import io.github.careplanspec.csv.receive.ImageFile;
import io.github.careplanspec.csv.receive.Party;
import io.github.careplanspec.csv.unit.TransmissionUnit;
import io.github.careplanspec.model.PlanLinkDate;
import io.github.careplanspec.model.ServiceMonthLink;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.kyotaku.ServiceTicketAnnexLine;
import io.github.careplanspec.model.kyotaku.ServiceTicketLine;
import io.github.careplanspec.model.kyotaku.UserSupplement;
import io.github.careplanspec.model.name.FileSequence;
import io.github.careplanspec.model.name.InterfaceFileName;
import io.github.careplanspec.model.yobo.FamilyImageReference;
import io.github.careplanspec.model.yobo.UserBasicInfo;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
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
 * Sender and receiver are the planning office and the service office of one {@link PartnerPair} (the records given
 * are that pair's, {@link JdbcExporter#exportByPair}); the ファイル連番 of the first unit is given and each next unit
 * takes the next second, so the units keep their processing order (R22). The records are read through their typed
 * accessors: UPHOSOKU's links by {@code PlanLinkDate} / {@code ServiceMonthLink} and their {@code UNLINKED} sentinels,
 * UPKIHON's image by {@code FamilyImageReference}. Deletions are not exported:
 * the database holds what is, not what was withdrawn.
 */
public final class DatabaseUnits {
    private DatabaseUnits() {
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
            // plan-linked: No.63 is ServiceMonthLink.UNLINKED (000000)
            addIf(b, FileKind.UPHOSOKU, filter(supplements, UserSupplement.class,
                    r -> ServiceMonthLink.UNLINKED.equals(r.serviceMonth())));
            out.add(b.build());
        }
        for (YearMonth month : months(contents.records(FileKind.UPPLAN))) {
            TransmissionUnit.Builder b = builder(planner, provider, seq.next());
            b.add(FileKind.UPPLAN, filter(contents.records(FileKind.UPPLAN), ServiceTicketLine.class,
                    r -> month.equals(r.targetMonth())));
            addIf(b, FileKind.UPSIKYU, filter(contents.records(FileKind.UPSIKYU), ServiceTicketAnnexLine.class,
                    r -> month.equals(r.targetMonth())));
            // month-linked: No.4 is PlanLinkDate.UNLINKED (00000000), No.63 the month
            addIf(b, FileKind.UPHOSOKU, filter(supplements, UserSupplement.class,
                    r -> PlanLinkDate.UNLINKED.equals(r.planDate())
                            && ServiceMonthLink.of(month).equals(r.serviceMonth())));
            out.add(b.build());
        }
        for (YearMonth month : months(contents.records(FileKind.UPJSK))) {
            out.add(builder(provider, planner, seq.next()).add(FileKind.UPJSK, filter(contents.records(FileKind.UPJSK),
                    ServiceTicketLine.class, r -> month.equals(r.targetMonth()))).build());
        }
        List<Record> basic = contents.records(FileKind.UPKIHON);
        if (!basic.isEmpty()) {
            FileSequence s = seq.next();
            TransmissionUnit.Builder b = builder(planner, provider, s);
            Map<String, ImageFile> images = new HashMap<>();
            for (ImageFile i : contents.images()) {
                images.put(i.fileName().toUpperCase(Locale.ROOT), i);
            }
            List<Record> renamed = new ArrayList<>();
            int branch = 0;
            for (Record r : basic) {
                UserBasicInfo info = (UserBasicInfo) r;
                FamilyImageReference ref = info.familyImage();
                ImageFile image = ref == null ? null : images.get(ref.fileName().toUpperCase(Locale.ROOT));
                if (image != null) {
                    branch++;
                    b.image(branch, image.data());
                    renamed.add(info.toBuilder().familyImage(FamilyImageReference.of(InterfaceFileName.image(
                            planner.office(), planner.serviceType(), provider.office(), provider.serviceType(), s,
                            branch).format())).build());
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

    private static <R extends Record> List<Record> filter(List<Record> rows, Class<R> type, Predicate<R> keep) {
        List<Record> out = new ArrayList<>();
        for (Record r : rows) {
            if (keep.test(type.cast(r))) {
                out.add(r);
            }
        }
        return out;
    }

    /** @return the 対象年月 (No.5) of 第6表 / 第7表 rows, ascending */
    private static List<YearMonth> months(List<Record> rows) {
        TreeSet<YearMonth> out = new TreeSet<>();
        for (Record r : rows) {
            out.add(r instanceof ServiceTicketAnnexLine a ? a.targetMonth() : ((ServiceTicketLine) r).targetMonth());
        }
        return new ArrayList<>(out);
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
