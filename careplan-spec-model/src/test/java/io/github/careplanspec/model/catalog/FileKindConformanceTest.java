package io.github.careplanspec.model.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the kind table ({@link FileKind}'s rows) against the spec's {@code files.tsv} (the copy in the test
 * resources, identical to shared/spec/v4.1): prefix, 日本語名称, side, direction, month segment and month item,
 * keys, parents, role, what a deletion deletes. A slip in a row fails here.
 */
class FileKindConformanceTest {
    /** files.tsv by file_id: file_id, name_ja, side, direction, filename_pattern, has_month_segment, month_meaning,
     * creation_unit, deletes, linked_by. */
    private static final Map<String, String[]> FILES = files();
    private static final Pattern NOS = Pattern.compile("No\\.([0-9]+(?:[,\\-][0-9]+)*)");
    private static final Pattern PREFIX = Pattern.compile("\\b(UP[A-Z0-9_]*[A-Z0-9]|DLT[A-Z0-9]+)\\b");

    private static Map<String, String[]> files() {
        Map<String, String[]> m = new LinkedHashMap<>();
        for (String[] r : SpecTables.rows("files.tsv")) {
            assertEquals(10, r.length, "files.tsv columns of " + r[0]);
            m.put(r[0], r);
        }
        return m;
    }

    static Stream<FileKind> kinds() {
        return Stream.of(FileKind.values());
    }

    @Test
    void everyRowIsAKindAndEveryKindARow() {
        assertEquals(FILES.keySet(), kinds().map(FileKind::prefix).collect(Collectors.toSet()));
        assertEquals(FILES.size(), FileKind.values().length);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void nameSideAndDirection(FileKind k) {
        String[] r = FILES.get(k.prefix());
        assertTrue(r[1].equals(k.nameJa()) || r[1].startsWith(k.nameJa() + " ("), k + " name_ja " + r[1]);
        FileKind.Domain side = switch (r[2]) {
            case "both" -> FileKind.Domain.BOTH;
            case "居宅" -> FileKind.Domain.KYOTAKU;
            case "予防" -> FileKind.Domain.YOBO;
            default -> throw new AssertionError("side " + r[2]);
        };
        assertEquals(side, k.domain(), k + " side");
        FileKind.SenderRole sender = r[3].startsWith("居宅サービス事業所→")
                ? FileKind.SenderRole.SERVICE_OFFICE : FileKind.SenderRole.PLANNING_OFFICE;
        assertEquals(sender, k.sender(), k + " direction " + r[3]);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void fileNamePatternAndMonthSegment(FileKind k) {
        String[] r = FILES.get(k.prefix());
        assertTrue(r[4].startsWith(k.prefix() + "_{"), k + " pattern " + r[4]);
        assertEquals(r[5].equals("Y"), k.hasMonthSegment(), k + " has_month_segment");
        assertEquals(r[4].contains("{yyyyMM}_"), k.hasMonthSegment(), k + " pattern month segment");
        assertEquals(r[4].endsWith(".jpg"), !k.isCsv(), k + " CSV or image");
        assertEquals(r[4].endsWith(".jpg"), k.role() == FileKind.Role.ATTACHMENT, k + " attachment");
    }

    /**
     * The month item: the No. month_meaning names, else (UPHOSOKU, whose month_meaning names none) the item of its
     * link to a kind that has a month.
     */
    @ParameterizedTest
    @MethodSource("kinds")
    void monthItem(FileKind k) {
        String[] r = FILES.get(k.prefix());
        OptionalInt expected = OptionalInt.empty();
        Matcher m = NOS.matcher(r[6]);
        if (m.find()) {
            expected = OptionalInt.of(Integer.parseInt(m.group(1)));
        } else if (r[5].equals("Y")) {
            for (Link l : links(r[9])) {
                if (FileKind.byPrefix(l.target()).orElseThrow().hasMonthSegment()) {
                    expected = OptionalInt.of(l.nos().get(l.nos().size() - 1));
                }
            }
        }
        assertEquals(expected, k.monthNo(), k + " month item (month_meaning " + r[6] + ")");
        assertEquals(r[5].equals("Y"), k.monthNo().isPresent(), k + " month item iff month segment (R16)");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void roleFromDeletesLinksAndPattern(FileKind k) {
        String[] r = FILES.get(k.prefix());
        FileKind.Role role;
        if (!r[8].equals("-")) {
            role = FileKind.Role.DELETION;
        } else if (r[4].endsWith(".jpg")) {
            role = FileKind.Role.ATTACHMENT;
        } else if (r[9].startsWith("key ")) {
            role = FileKind.Role.PARENT;
        } else {
            role = FileKind.Role.DEPENDENT;
        }
        assertEquals(role, k.role(), k + " role (linked_by " + r[9] + ")");
    }

    /** Keys: a parent's {@code key … (No.…)}, a dependent's or deletion's {@code No.… = PARENT No.…} links. */
    @ParameterizedTest
    @MethodSource("kinds")
    void keysAndParents(FileKind k) {
        String[] r = FILES.get(k.prefix());
        String linkedBy = r[9];
        switch (k.role()) {
            case PARENT -> {
                Matcher m = Pattern.compile("^key .*?\\(No\\.([0-9,]+)\\)").matcher(linkedBy);
                assertTrue(m.find(), k + " linked_by " + linkedBy);
                assertEquals(nos(m.group(1)), k.keyNos(), k + " key");
                assertEquals(List.of(), k.parents(), k + " parents");
            }
            case DEPENDENT -> {
                List<Link> links = links(linkedBy);
                if (links.isEmpty()) {
                    // 「same … (No.2,3,4) as the UPKIHON row」
                    Matcher m = Pattern.compile("\\(No\\.([0-9,]+)\\) as the ([A-Z0-9_]+) row").matcher(linkedBy);
                    assertTrue(m.find(), k + " linked_by " + linkedBy);
                    FileKind parent = FileKind.byPrefix(m.group(2)).orElseThrow();
                    links = List.of(new Link(nos(m.group(1)), parent.prefix(), parent.keyNos()));
                }
                List<FileKind> parents = new ArrayList<>();
                for (Link l : links) {
                    FileKind parent = FileKind.byPrefix(l.target()).orElseThrow();
                    parents.add(parent);
                    assertEquals(l.targetNos(), parent.keyNos(), k + " → " + parent + ": the parent's key");
                    Family f = k.families().stream().filter(x -> x.parent() == parent).findFirst()
                            .orElseThrow(() -> new AssertionError(k + " has no family whose parent is " + parent));
                    assertEquals(l.nos(), k.keyNos(f), k + " key in " + f);
                }
                assertEquals(parents, k.parents(), k + " parents");
                assertEquals(parents.size(), k.families().size(), k + " families");
            }
            case ATTACHMENT -> {
                Matcher m = Pattern.compile("written in ([A-Z0-9_]+) No\\.").matcher(linkedBy);
                assertTrue(m.find(), k + " linked_by " + linkedBy);
                assertEquals(List.of(FileKind.byPrefix(m.group(1)).orElseThrow()), k.parents(), k + " parents");
                assertEquals(List.of(), k.keyNos(), k + " key");
            }
            case DELETION -> {
                List<Link> links = links(linkedBy);
                assertEquals(1, links.size(), k + " linked_by " + linkedBy);
                Link l = links.get(0);
                FileKind target = FileKind.byPrefix(l.target()).orElseThrow();
                assertEquals(l.nos(), k.keyNos(), k + " key");
                assertEquals(target, k.deletes().orElseThrow(), k + " deletes");
                // the deletion keys by the target's key (the 実績 deletion adds office and type, R36)
                assertEquals(target.keyNos(), l.targetNos().subList(0, target.keyNos().size()), k + " target key");
                assertEquals(List.of(), k.parents(), k + " parents");
            }
            default -> throw new AssertionError(k.role());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void parentsNameTheirDependents(FileKind k) {
        String linkedBy = FILES.get(k.prefix())[9];
        int at = linkedBy.indexOf("parent of ");
        Set<FileKind> named = EnumSet.noneOf(FileKind.class);
        if (at >= 0) {
            String list = linkedBy.substring(at);
            Matcher m = PREFIX.matcher(list.contains(";") ? list.substring(0, list.indexOf(';')) : list);
            while (m.find()) {
                named.add(FileKind.byPrefix(m.group(1)).orElseThrow());
            }
        }
        Set<FileKind> children = kinds().filter(c -> c.parents().contains(k))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FileKind.class)));
        assertEquals(named, children, k + " parent of (linked_by " + linkedBy + ")");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void deletesAndTheCascade(FileKind k) {
        String deletes = FILES.get(k.prefix())[8];
        if (deletes.equals("-")) {
            assertTrue(k.deletes().isEmpty(), k + " deletes nothing");
            return;
        }
        Matcher m = PREFIX.matcher(deletes);
        assertTrue(m.find(), k + " deletes " + deletes);
        assertEquals(m.group(1), k.deletes().orElseThrow().prefix(), k + " deletes " + deletes);
        Family family = k.families().get(0);
        assertEquals(List.of(family), k.families(), k + " families");
        assertEquals(k, family.deletion(), family + " deletion");
        while (m.find()) {
            FileKind cascaded = FileKind.byPrefix(m.group(1)).orElseThrow();
            assertTrue(family.members().contains(cascaded), k + " cascades to " + cascaded + ", a member of " + family);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void layoutId(FileKind k) {
        Matcher m = Pattern.compile("field layout ([A-Z_]+)").matcher(FILES.get(k.prefix())[9]);
        String expected = m.find() ? m.group(1) : k.isCsv() ? k.prefix() : null;
        assertEquals(expected, k.layoutId().orElse(null), k + " layout id");
    }

    /**
     * The 予防 dependents follow their parent's file ("one file per UPKIHON file; name tail identical to the
     * linked UPKIHON file"): the transmission unit rules tell such a file from an orphan by it.
     */
    @ParameterizedTest
    @MethodSource("kinds")
    void creationUnitFollowsTheParentFile(FileKind k) {
        boolean follows = FILES.get(k.prefix())[7].contains("name tail identical to the linked");
        assertEquals(follows, k.domain() == FileKind.Domain.YOBO && !k.parents().isEmpty(), k + " creation_unit");
    }

    /** R21 ①②, R54 ○: the required members of the two 居宅 units; the 予防 別表 and image are 原則 (P5). */
    @Test
    void requiredInUnit() {
        Set<FileKind> required = kinds().filter(FileKind::requiredInUnit)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FileKind.class)));
        assertEquals(EnumSet.of(FileKind.UP1KYO, FileKind.UP2KYO, FileKind.UP3KYO, FileKind.UPHOSOKU, FileKind.UPPLAN,
                FileKind.UPSIKYU, FileKind.UPJSK, FileKind.UPKIHON, FileKind.UPYOBO), required);
        for (FileKind k : FileKind.values()) {
            if (k.role() == FileKind.Role.PARENT) {
                assertTrue(k.requiredInUnit(), k + ": a parent is required in its unit");
            }
            if (k.role() == FileKind.Role.DELETION) {
                assertFalse(k.requiredInUnit(), k + ": a deletion is a unit of its own");
            }
        }
    }

    /** R22, P11: the one order names every kind once; deletions first; every parent before its dependents. */
    @Test
    void processingOrderIsR22s() {
        List<FileKind> order = FileKind.processingOrder();
        assertEquals(EnumSet.allOf(FileKind.class), EnumSet.copyOf(order));
        assertEquals(FileKind.values().length, order.size());
        for (int i = 0; i < order.size(); i++) {
            assertEquals(i, order.get(i).processingRank(), order.get(i) + " rank");
        }
        int lastDeletion = -1;
        int firstOther = order.size();
        for (FileKind k : order) {
            if (k.role() == FileKind.Role.DELETION) {
                lastDeletion = Math.max(lastDeletion, k.processingRank());
            } else {
                firstOther = Math.min(firstOther, k.processingRank());
            }
            for (FileKind p : k.parents()) {
                assertTrue(p.processingRank() < k.processingRank(), p + " before its dependent " + k);
            }
        }
        assertTrue(lastDeletion < firstOther, "deletions first");
    }

    /** The families derive from the rows: parent first, members in the one order, one deletion each. */
    @Test
    void familiesDeriveFromTheRows() {
        for (Family f : Family.values()) {
            List<FileKind> members = f.members();
            assertEquals(f.parent(), members.get(0), f + " parent first");
            assertEquals(FileKind.Role.PARENT, f.parent().role());
            assertEquals(FileKind.Role.DELETION, f.deletion().role());
            assertEquals(List.of(f), f.deletion().families());
            List<FileKind> sorted = new ArrayList<>(members);
            sorted.sort((a, b) -> a.processingRank() - b.processingRank());
            assertEquals(sorted, members, f + " members in processing order");
            assertEquals(members.subList(1, members.size()), f.dependents());
            for (FileKind k : f.dependents()) {
                assertTrue(k.parents().contains(f.parent()), k + " depends on " + f.parent());
            }
        }
        assertEquals(List.of(FileKind.UP1KYO, FileKind.UP2KYO, FileKind.UP3KYO, FileKind.UPHOSOKU),
                Family.PLAN.members());
        assertEquals(List.of(FileKind.UPPLAN, FileKind.UPSIKYU, FileKind.UPHOSOKU), Family.UTILIZATION.members());
        assertEquals(List.of(FileKind.UPJSK), Family.RESULTS.members());
        assertEquals(List.of(FileKind.UPKIHON, FileKind.UPKIHON_SUB1, FileKind.UPKIHON_SUB2, FileKind.UPKIHON_IMAGE),
                Family.BASIC_INFO.members());
        assertEquals(List.of(FileKind.UPYOBO, FileKind.UPYOBO_SUB), Family.PREVENTION_PLAN.members());
    }

    @Test
    void keyNosOfAFamilyTheKindIsNotOf() {
        try {
            FileKind.UP2KYO.keyNos(Family.UTILIZATION);
            throw new AssertionError("expected IllegalArgumentException");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("UP2KYO"));
        }
        assertEquals(List.of(2, 3, 4, 63), FileKind.UPHOSOKU.keyNos());
    }

    /** {@code No.a,b,c = TARGET No.x,y,z} (also {@code No.2-6}, and {@code (No.2,3,5) = …}). */
    record Link(List<Integer> nos, String target, List<Integer> targetNos) {
    }

    private static List<Link> links(String linkedBy) {
        Matcher m = Pattern.compile("No\\.([0-9,\\-]+)\\)? = ([A-Z0-9_]+) No\\.([0-9,]+)").matcher(linkedBy);
        List<Link> out = new ArrayList<>();
        while (m.find()) {
            out.add(new Link(nos(m.group(1)), m.group(2), nos(m.group(3))));
        }
        return out;
    }

    private static List<Integer> nos(String text) {
        List<Integer> out = new ArrayList<>();
        for (String part : text.split(",")) {
            int dash = part.indexOf('-');
            if (dash > 0) {
                for (int no = Integer.parseInt(part.substring(0, dash)); no <= Integer.parseInt(part.substring(dash + 1));
                        no++) {
                    out.add(no);
                }
            } else {
                out.add(Integer.parseInt(part));
            }
        }
        return out;
    }

    @Test
    void theParserReadsTheFormsOfLinkedBy() {
        assertEquals(List.of(2, 3, 4, 5, 6), nos("2-6"));
        assertEquals(List.of(new Link(List.of(2, 3, 4), "UP1KYO", List.of(2, 3, 14)),
                new Link(List.of(2, 3, 63), "UPPLAN", List.of(2, 3, 5))), links(FILES.get("UPHOSOKU")[9]));
        Set<String> prefixes = new TreeSet<>();
        Matcher m = PREFIX.matcher("parent of UPKIHON_SUB1, UPKIHON_SUB2, UPKIHON_IMAGE");
        while (m.find()) {
            prefixes.add(m.group(1));
        }
        assertEquals(Set.of("UPKIHON_SUB1", "UPKIHON_SUB2", "UPKIHON_IMAGE"), prefixes);
    }
}
