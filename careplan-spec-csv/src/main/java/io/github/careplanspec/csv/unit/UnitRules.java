package io.github.careplanspec.csv.unit;

import static io.github.careplanspec.model.catalog.FileKind.DLT1KYO;
import static io.github.careplanspec.model.catalog.FileKind.DLTJSK;
import static io.github.careplanspec.model.catalog.FileKind.DLTKIHON;
import static io.github.careplanspec.model.catalog.FileKind.DLTPLAN;
import static io.github.careplanspec.model.catalog.FileKind.DLTYOBO;
import static io.github.careplanspec.model.catalog.FileKind.UP1KYO;
import static io.github.careplanspec.model.catalog.FileKind.UP2KYO;
import static io.github.careplanspec.model.catalog.FileKind.UP3KYO;
import static io.github.careplanspec.model.catalog.FileKind.UPHOSOKU;
import static io.github.careplanspec.model.catalog.FileKind.UPJSK;
import static io.github.careplanspec.model.catalog.FileKind.UPKIHON;
import static io.github.careplanspec.model.catalog.FileKind.UPKIHON_IMAGE;
import static io.github.careplanspec.model.catalog.FileKind.UPKIHON_SUB1;
import static io.github.careplanspec.model.catalog.FileKind.UPKIHON_SUB2;
import static io.github.careplanspec.model.catalog.FileKind.UPPLAN;
import static io.github.careplanspec.model.catalog.FileKind.UPSIKYU;
import static io.github.careplanspec.model.catalog.FileKind.UPYOBO;
import static io.github.careplanspec.model.catalog.FileKind.UPYOBO_SUB;

import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.name.MonthSegment;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The spec's unit combinations (R21, P10) and the processing order inside a unit (R22, P11).
 *
 * <p>Order inside a unit (spec reading, R22/P11 inferred): deletions first (a delete is always a unit of its own,
 * R21, so this only orders an invalid mixed unit: delete, then register, so what the unit registers survives,
 * R35), then parents before their dependents: UP1KYO, UP2KYO, UP3KYO, UPPLAN, UPSIKYU, UPHOSOKU, UPJSK, UPKIHON,
 * UPKIHON_SUB1, UPKIHON_SUB2, UPKIHON_IMAGE (by 枝番), UPYOBO, UPYOBO_SUB; equal kinds by file name.
 */
final class UnitRules {
    static final List<FileKind> ORDER = List.of(DLT1KYO, DLTPLAN, DLTJSK, DLTKIHON, DLTYOBO, UP1KYO, UP2KYO, UP3KYO,
            UPPLAN, UPSIKYU, UPHOSOKU, UPJSK, UPKIHON, UPKIHON_SUB1, UPKIHON_SUB2, UPKIHON_IMAGE, UPYOBO, UPYOBO_SUB);

    static final Comparator<UnitFile> FILE_ORDER = Comparator
            .comparingInt((UnitFile f) -> ORDER.indexOf(f.kind()))
            .thenComparing(f -> f.name().imageBranch().orElse(-1))
            .thenComparing(UnitFile::fileName);

    private static final Set<FileKind> ALONE = EnumSet.of(DLT1KYO, DLTPLAN, DLTJSK, DLTKIHON, DLTYOBO, UPJSK);
    private static final Set<FileKind> PLAN = EnumSet.of(UP1KYO, UP2KYO, UP3KYO);
    private static final Set<FileKind> USE = EnumSet.of(UPPLAN, UPSIKYU);
    private static final Set<FileKind> YOBO = EnumSet.of(UPKIHON, UPKIHON_SUB1, UPKIHON_SUB2, UPKIHON_IMAGE, UPYOBO,
            UPYOBO_SUB);
    private static final Set<FileKind> SUB = EnumSet.of(UPKIHON_SUB1, UPKIHON_SUB2, UPKIHON_IMAGE, UPYOBO_SUB);

    private UnitRules() {
    }

    /**
     * Checks a unit against the combinations of R21/P10.
     *
     * @param key the unit
     * @param files its files
     * @param others the other units of the same reception (to tell a SUB whose tail differs from its parent's)
     * @return the problems, in a stable order
     */
    static List<UnitProblem> check(UnitKey key, List<UnitFile> files, Collection<TransmissionUnit> others) {
        List<UnitProblem> ps = new ArrayList<>();
        Map<FileKind, List<UnitFile>> byKind = new EnumMap<>(FileKind.class);
        for (UnitFile f : files) {
            byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<FileKind, List<UnitFile>> e : byKind.entrySet()) {
            if (e.getKey() != UPKIHON_IMAGE && e.getValue().size() > 1) {
                ps.add(UnitProblem.of(UnitProblemCode.DUPLICATE_KIND, e.getValue().get(1).fileName(), key,
                        e.getKey().prefix() + " × " + e.getValue().size()));
            }
        }
        Set<FileKind> kinds = byKind.isEmpty() ? EnumSet.noneOf(FileKind.class) : EnumSet.copyOf(byKind.keySet());
        for (FileKind k : kinds) {
            if (ALONE.contains(k) && files.size() > 1) {
                ps.add(UnitProblem.of(UnitProblemCode.INVALID_COMBINATION, first(byKind, k), key,
                        k.prefix() + " " + k.nameJa() + " は単独で1つの送信単位 / is a unit of its own: "
                                + prefixes(kinds)));
            }
        }
        if (kinds.stream().anyMatch(ALONE::contains)) {
            return ps;
        }
        boolean plan = kinds.stream().anyMatch(PLAN::contains);
        boolean use = kinds.stream().anyMatch(USE::contains);
        boolean yobo = kinds.stream().anyMatch(YOBO::contains);
        if ((plan && use) || ((plan || use) && yobo)) {
            ps.add(UnitProblem.of(UnitProblemCode.INVALID_COMBINATION, null, key,
                    "居宅サービス計画書・サービス利用票・予防の計画は別々の送信単位 / plan, 利用票 and 予防 files are "
                            + "separate units: " + prefixes(kinds)));
        }
        // parents before dependents (§2.3, P3)
        for (FileKind k : kinds) {
            if (k == UPHOSOKU) {
                continue;
            }
            for (FileKind parent : k.parents()) {
                if (!kinds.contains(parent)) {
                    missingParent(ps, key, byKind.get(k).get(0), parent, others);
                }
            }
        }
        Optional<UnitFile> hosoku = one(byKind, UPHOSOKU);
        Optional<UnitFile> plan1 = one(byKind, UP1KYO);
        Optional<UnitFile> ticket = one(byKind, UPPLAN);
        if (hosoku.isPresent()) {
            boolean planLinked = hosoku.get().name().isPlanLinked();
            if (plan1.isEmpty() && ticket.isEmpty()) {
                missingParent(ps, key, hosoku.get(), planLinked ? UP1KYO : UPPLAN, others);
            } else if (plan1.isPresent() && !planLinked) {
                ps.add(UnitProblem.of(UnitProblemCode.MONTH_MISMATCH, hosoku.get().fileName(), key,
                        "計画書の送信単位の UPHOSOKU の提供年月は 000000（R37） / the UPHOSOKU of a plan unit has "
                                + "month 000000 (R37)"));
            } else if (ticket.isPresent() && !planLinked
                    && !hosoku.get().name().monthSegment().equals(ticket.get().name().monthSegment())) {
                ps.add(UnitProblem.of(UnitProblemCode.MONTH_MISMATCH, hosoku.get().fileName(), key,
                        "UPHOSOKU の提供年月は UPPLAN の対象年月と同じ / UPHOSOKU month must equal the UPPLAN month "
                                + month(ticket.get())));
            } else if (ticket.isPresent() && planLinked) {
                ps.add(UnitProblem.of(UnitProblemCode.MONTH_MISMATCH, hosoku.get().fileName(), key,
                        "利用票の送信単位の UPHOSOKU の提供年月は対象年月（000000 ではない、R21 ②） / the UPHOSOKU of a "
                                + "利用票 unit carries the service month, not 000000 (R21 ②)"));
            }
        }
        Optional<UnitFile> annex = one(byKind, UPSIKYU);
        if (ticket.isPresent() && annex.isPresent()
                && !annex.get().name().monthSegment().equals(ticket.get().name().monthSegment())) {
            ps.add(UnitProblem.of(UnitProblemCode.MONTH_MISMATCH, annex.get().fileName(), key,
                    "UPSIKYU の対象年月は UPPLAN と同じ / UPSIKYU month must equal the UPPLAN month "
                            + month(ticket.get())));
        }
        // the combinations need their members (R21; R54 marks UP2KYO, UP3KYO and UPHOSOKU ○ 必須)
        if (plan1.isPresent() && !use && !yobo) {
            for (FileKind k : List.of(UP2KYO, UP3KYO, UPHOSOKU)) {
                if (!kinds.contains(k)) {
                    ps.add(UnitProblem.of(UnitProblemCode.INCOMPLETE_UNIT, plan1.get().fileName(), key,
                            k.prefix() + " " + k.nameJa()));
                }
            }
        }
        if (ticket.isPresent() && !plan && !yobo) {
            for (FileKind k : List.of(UPSIKYU, UPHOSOKU)) {
                if (!kinds.contains(k)) {
                    ps.add(UnitProblem.of(UnitProblemCode.INCOMPLETE_UNIT, ticket.get().fileName(), key,
                            k.prefix() + " " + k.nameJa()));
                }
            }
        }
        return ps;
    }

    private static void missingParent(List<UnitProblem> ps, UnitKey key, UnitFile child, FileKind parent,
            Collection<TransmissionUnit> others) {
        if (SUB.contains(child.kind())) {
            for (TransmissionUnit u : others) {
                if (!u.key().equals(key) && u.key().samePartners(key) && !u.files(parent).isEmpty()) {
                    ps.add(UnitProblem.of(UnitProblemCode.SUB_TAIL_MISMATCH, child.fileName(), key,
                            child.kind().prefix() + " → " + u.files(parent).get(0).fileName()));
                    return;
                }
            }
        }
        ps.add(UnitProblem.of(UnitProblemCode.MISSING_PARENT, child.fileName(), key,
                child.kind().prefix() + " → " + parent.prefix() + " " + parent.nameJa()));
    }

    private static String first(Map<FileKind, List<UnitFile>> byKind, FileKind k) {
        return byKind.get(k).get(0).fileName();
    }

    private static Optional<UnitFile> one(Map<FileKind, List<UnitFile>> byKind, FileKind k) {
        List<UnitFile> l = byKind.get(k);
        return l == null ? Optional.empty() : Optional.of(l.get(0));
    }

    private static String month(UnitFile f) {
        return f.name().monthSegment().map(MonthSegment::text).orElse("");
    }

    private static String prefixes(Set<FileKind> kinds) {
        return String.join(" + ", kinds.stream().map(FileKind::prefix).toList());
    }
}
