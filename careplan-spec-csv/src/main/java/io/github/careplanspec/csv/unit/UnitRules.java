package io.github.careplanspec.csv.unit;

import static io.github.careplanspec.model.catalog.FileKind.UP1KYO;
import static io.github.careplanspec.model.catalog.FileKind.UPHOSOKU;
import static io.github.careplanspec.model.catalog.FileKind.UPPLAN;
import static io.github.careplanspec.model.catalog.FileKind.UPSIKYU;

import io.github.careplanspec.model.catalog.Family;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Phrase;
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
 * The spec's unit combinations (R21, P10) and the processing order inside a unit (R22, P11), derived from the
 * kind table ({@link FileKind}, {@link Family}).
 *
 * <p>Order inside a unit: {@link FileKind#processingOrder()} (deletions first, then parents before their
 * dependents); images by 枝番; equal kinds by file name.
 *
 * <p>Combinations: a deletion, and a family that is its parent alone (実績), are a unit of their own (R21); the
 * members of one family go together, the two 予防 families may share a unit (P10 ②), any other two may not; the
 * 利用者補足情報, a member of two families, joins the plan or the 利用票 by its month segment (R37). A unit with a
 * family's parent needs the family's {@link FileKind#requiredInUnit() required} dependents (R21; R54 ○).
 */
final class UnitRules {
    static final Comparator<UnitFile> FILE_ORDER = Comparator
            .comparingInt((UnitFile f) -> f.kind().processingRank())
            .thenComparing(f -> f.name().imageBranch().orElse(-1))
            .thenComparing(UnitFile::fileName);

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
            if (e.getKey().role() != FileKind.Role.ATTACHMENT && e.getValue().size() > 1) {
                ps.add(UnitProblem.of(UnitProblemCode.DUPLICATE_KIND, e.getValue().get(1).fileName(), key,
                        e.getKey().prefix() + " × " + e.getValue().size()));
            }
        }
        Set<FileKind> kinds = byKind.isEmpty() ? EnumSet.noneOf(FileKind.class) : EnumSet.copyOf(byKind.keySet());
        for (FileKind k : kinds) {
            if (alone(k) && files.size() > 1) {
                ps.add(UnitProblem.of(UnitProblemCode.INVALID_COMBINATION, first(byKind, k), key,
                        Phrase.of("unit.note.alone", k.prefix(), k.nameJa(), prefixes(kinds))));
            }
        }
        if (kinds.stream().anyMatch(UnitRules::alone)) {
            return ps;
        }
        Set<Family> families = EnumSet.noneOf(Family.class);
        for (FileKind k : kinds) {
            if (k.families().size() == 1) {
                families.add(k.families().get(0));
            }
        }
        boolean mixed = families.stream().anyMatch(f -> families.stream().anyMatch(g -> !shareUnit(f, g)));
        if (mixed) {
            ps.add(UnitProblem.of(UnitProblemCode.INVALID_COMBINATION, null, key,
                    Phrase.of("unit.note.families", prefixes(kinds))));
        }
        // parents before dependents (§2.3, P3)
        for (FileKind k : kinds) {
            if (k.families().size() > 1) {
                continue; // the 利用者補足情報 needs one of its parents, as its month says (below)
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
                        Phrase.of("unit.note.planLinked")));
            } else if (ticket.isPresent() && !planLinked
                    && !hosoku.get().name().monthSegment().equals(ticket.get().name().monthSegment())) {
                ps.add(UnitProblem.of(UnitProblemCode.MONTH_MISMATCH, hosoku.get().fileName(), key,
                        Phrase.of("unit.note.hosokuMonth", month(ticket.get()))));
            } else if (ticket.isPresent() && planLinked) {
                ps.add(UnitProblem.of(UnitProblemCode.MONTH_MISMATCH, hosoku.get().fileName(), key,
                        Phrase.of("unit.note.ticketHosoku")));
            }
        }
        Optional<UnitFile> annex = one(byKind, UPSIKYU);
        if (ticket.isPresent() && annex.isPresent()
                && !annex.get().name().monthSegment().equals(ticket.get().name().monthSegment())) {
            ps.add(UnitProblem.of(UnitProblemCode.MONTH_MISMATCH, annex.get().fileName(), key,
                    Phrase.of("unit.note.annexMonth", month(ticket.get()))));
        }
        // the combinations need their members (R21; R54 ○ 必須: FileKind.requiredInUnit)
        if (!mixed) {
            for (Family f : families) {
                Optional<UnitFile> parent = one(byKind, f.parent());
                if (parent.isEmpty()) {
                    continue;
                }
                for (FileKind k : f.dependents()) {
                    if (k.requiredInUnit() && !kinds.contains(k)) {
                        ps.add(UnitProblem.of(UnitProblemCode.INCOMPLETE_UNIT, parent.get().fileName(), key,
                                k.prefix() + " " + k.nameJa()));
                    }
                }
            }
        }
        return ps;
    }

    private static void missingParent(List<UnitProblem> ps, UnitKey key, UnitFile child, FileKind parent,
            Collection<TransmissionUnit> others) {
        if (followsParentFile(child.kind())) {
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

    /** R21: a deletion, and a family that is its parent alone (実績 UPJSK), are a unit of their own. */
    static boolean alone(FileKind k) {
        return k.role() == FileKind.Role.DELETION
                || k.role() == FileKind.Role.PARENT && k.families().stream().allMatch(f -> f.dependents().isEmpty());
    }

    /** P10 ②: the two 予防 families (利用者基本情報, 介護予防サービス・支援計画書) may share a unit; other families not. */
    static boolean shareUnit(Family a, Family b) {
        return a == b || a.parent().domain() == FileKind.Domain.YOBO && b.parent().domain() == FileKind.Domain.YOBO;
    }

    /**
     * The 予防 別表 and image: one file per parent file, with the parent's name tail (files.tsv creation_unit), so a
     * parent of the same partners in another unit means a tail that differs, not a missing parent.
     */
    static boolean followsParentFile(FileKind k) {
        return k.domain() == FileKind.Domain.YOBO && !k.parents().isEmpty();
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
