package io.github.careplanspec.examples.db;

import io.github.careplanspec.csv.receive.ImageFile;
import io.github.careplanspec.csv.receive.Party;
import io.github.careplanspec.csv.unit.TransmissionUnit;
import io.github.careplanspec.model.PlanLinkDate;
import io.github.careplanspec.model.ServiceMonthLink;
import io.github.careplanspec.model.catalog.Family;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.RecordLayout;
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
import java.util.function.BiPredicate;

/**
 * What a database holds ({@link DatabaseContents}) grouped into transmission units named by the spec (R21, P10),
 * for the {@code export} command.
 *
 * <p>The database keeps records, not the units they came in, so the units are made anew (a documented choice):
 * <ol>
 * <li>the plan ({@link Family#PLAN}: 第1表 with its dependents, the 利用者補足情報 linked to the plan, No.63
 * {@code 000000}), every user in one unit;</li>
 * <li>per 対象年月 (R20: one month per file): the 利用票 family ({@link Family#UTILIZATION}), the 補足 linked to that
 * month;</li>
 * <li>per 対象年月: the 実績 ({@link Family#RESULTS}), sent the other way (from the service office to the planning
 * office);</li>
 * <li>利用者基本情報 with its 別表 and the 家族構成 images ({@link Family#BASIC_INFO}; images renamed with the new
 * unit's name tail and 枝番 0001, 0002 …; No.62 rewritten to name them, P6);</li>
 * <li>the 介護予防サービス・支援計画書 family ({@link Family#PREVENTION_PLAN}).</li>
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
        if (!contents.records(Family.PLAN.parent()).isEmpty()) {
            // plan-linked 補足: No.63 is ServiceMonthLink.UNLINKED (000000)
            out.add(family(builder(planner, provider, seq.next()), contents, Family.PLAN,
                    (k, r) -> !(r instanceof UserSupplement s) || ServiceMonthLink.UNLINKED.equals(s.serviceMonth())));
        }
        for (YearMonth month : months(contents, Family.UTILIZATION)) {
            // month-linked 補足: No.4 is PlanLinkDate.UNLINKED (00000000), No.63 the month
            out.add(family(builder(planner, provider, seq.next()), contents, Family.UTILIZATION,
                    (k, r) -> r instanceof UserSupplement s
                            ? PlanLinkDate.UNLINKED.equals(s.planDate())
                                    && ServiceMonthLink.of(month).equals(s.serviceMonth())
                            : month.equals(monthOf(k, r))));
        }
        for (YearMonth month : months(contents, Family.RESULTS)) {
            // 実績 travels the other way: from the service office to the planning office
            out.add(family(builder(provider, planner, seq.next()), contents, Family.RESULTS,
                    (k, r) -> month.equals(monthOf(k, r))));
        }
        List<Record> basic = contents.records(Family.BASIC_INFO.parent());
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
            b.add(Family.BASIC_INFO.parent(), renamed);
            for (FileKind k : Family.BASIC_INFO.dependents()) {
                if (k.role() != FileKind.Role.ATTACHMENT) {      // the images are added above, renamed (P6)
                    addIf(b, k, contents.records(k));
                }
            }
            out.add(b.build());
        }
        if (!contents.records(Family.PREVENTION_PLAN.parent()).isEmpty()) {
            out.add(family(builder(planner, provider, seq.next()), contents, Family.PREVENTION_PLAN, (k, r) -> true));
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

    /** One unit of a family: each member kind's records that belong to it, in processing order (R22). */
    private static TransmissionUnit family(TransmissionUnit.Builder b, DatabaseContents contents, Family family,
            BiPredicate<FileKind, Record> belongs) throws IOException {
        for (FileKind k : family.members()) {
            List<Record> rows = new ArrayList<>();
            for (Record r : contents.records(k)) {
                if (belongs.test(k, r)) {
                    rows.add(r);
                }
            }
            addIf(b, k, rows);
        }
        return b.build();
    }

    /** @return the 対象年月 of a record whose kind has a month item ({@link FileKind#monthNo()}: 第6表/第7表 No.5) */
    @SuppressWarnings("unchecked")
    private static YearMonth monthOf(FileKind kind, Record r) {
        return (YearMonth) RecordLayout.of((Class<Record>) r.getClass()).value(r, kind.monthNo().orElseThrow());
    }

    /** @return the 対象年月 of the family's parent rows, ascending */
    private static List<YearMonth> months(DatabaseContents contents, Family family) {
        TreeSet<YearMonth> out = new TreeSet<>();
        for (Record r : contents.records(family.parent())) {
            out.add(monthOf(family.parent(), r));
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
