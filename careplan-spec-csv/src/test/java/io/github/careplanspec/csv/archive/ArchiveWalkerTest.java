package io.github.careplanspec.csv.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.csv.ms932.Ms932;
import io.github.careplanspec.csv.unit.ReceivedUnits;
import io.github.careplanspec.csv.unit.UnitLimits;
import io.github.careplanspec.csv.unit.UnitProblem;
import io.github.careplanspec.csv.unit.UnitProblemCode;
import io.github.careplanspec.csv.unit.Units;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one walk over received inputs on hostile archives and folders: traversal, control characters, ZIP bombs, too
 * many entries, nested and embedded archives, duplicates, links, broken CRCs — each a located {@link UnitProblem},
 * the same for every visitor, and a refused archive visits nothing.
 */
class ArchiveWalkerTest {
    static final String DLT = "DLT1KYO_1310100001_43_1310100002_11_20241001120000.CSV";
    static final byte[] DLT_BYTES = "202407,131016,1234567890,20241001\r\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    /** Everything a walk reported, in order. */
    static class Seen implements ArchiveWalker.Visitor {
        final List<String> files = new ArrayList<>();
        final List<String> attachments = new ArrayList<>();
        final List<UnitProblem> problems = new ArrayList<>();
        final List<UnitProblem> refused = new ArrayList<>();

        @Override
        public void file(ArchiveEntry entry, InputStream in) throws IOException {
            files.add(entry.location() + " " + in.readAllBytes().length);
        }

        @Override
        public void attachment(ArchiveEntry entry) {
            attachments.add(entry.location());
        }

        @Override
        public void problem(UnitProblem problem) {
            problems.add(problem);
        }

        @Override
        public void refused(UnitProblem problem) {
            refused.add(problem);
        }

        List<String> problemsAt() {
            return problems.stream().map(p -> p.code().id() + " " + p.location()).toList();
        }
    }

    Seen walk(Path p) throws IOException {
        return walk(p, UnitLimits.defaults());
    }

    Seen walk(Path p, UnitLimits limits) throws IOException {
        Seen s = new Seen();
        ArchiveWalker.of(limits).walk(p, s);
        return s;
    }

    /** A ZIP of name/bytes pairs; {@code stored} writes sizes and CRC in the local header. */
    static byte[] zip(boolean stored, Object... nameThenBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out, Ms932.CHARSET)) {
            for (int i = 0; i < nameThenBytes.length; i += 2) {
                byte[] data = (byte[]) nameThenBytes[i + 1];
                ZipEntry e = new ZipEntry((String) nameThenBytes[i]);
                if (stored) {
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(data.length);
                    e.setCrc(crc.getValue());
                }
                z.putNextEntry(e);
                z.write(data);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    Path file(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    @Test
    void theIssuesHostileZipGivesTwoLocatedFindingsAndTheUnitIsRead() throws IOException {
        Path z = file("hostile.zip", zip(false, DLT, DLT_BYTES, "../evil.CSV", DLT_BYTES, "bad\u0007name.CSV",
                DLT_BYTES));
        Seen s = walk(z);
        assertEquals(List.of(DLT + " " + DLT_BYTES.length), s.files);
        assertEquals(List.of("UNIT010 ../evil.CSV", "UNIT010 bad<U+0007>name.CSV"), s.problemsAt());
        assertTrue(s.refused.isEmpty());
        assertTrue(s.problems.get(1).detail().contains("control character"), s.problems.get(1).detail());
        assertFalse(s.problems.get(1).message(java.util.Locale.ENGLISH).contains("\u0007"), "never printed raw");

        ReceivedUnits r = Units.open(z);
        assertFalse(r.isRefused());
        assertEquals(1, r.units().size());
        assertEquals(List.of("../evil.CSV", "bad<U+0007>name.CSV"),
                r.problems().stream().map(UnitProblem::location).toList());
    }

    @Test
    void theUnsafePathRule() {
        for (String bad : List.of("", "/etc/x.CSV", "C:/x.CSV", "c:x.CSV", "a\\b.CSV", "a:b.CSV", "../x.CSV",
                "a/../../x.CSV", "a/..", "x\u0000.CSV", "x\u001b[31m.CSV", "x\u007f.CSV", "x\u0085.CSV",
                "x\u202e.CSV")) {
            assertTrue(EntryPath.unsafe(bad).isPresent(), bad);
        }
        for (String ok : List.of(DLT, "in/sub/" + DLT, "計画書.pdf", "..x.CSV", "a/.../b.CSV")) {
            assertEquals(java.util.Optional.empty(), EntryPath.unsafe(ok), ok);
        }
        assertEquals("x<U+001B>[31m.CSV", EntryPath.display("x\u001b[31m.CSV"));
    }

    @Test
    void aBombRefusesTheArchiveBeforeAnyEntryIsVisited() throws IOException {
        // the valid file comes first: still not visited, so every command gives the same verdict
        Path z = file("bomb.zip", zip(false, DLT, DLT_BYTES, "UPJSK_x.CSV", new byte[8 << 20]));
        Seen s = walk(z);
        assertEquals(1, s.refused.size(), s.refused::toString);
        assertEquals(UnitProblemCode.COMPRESSION_RATIO, s.refused.get(0).code());
        assertEquals("UPJSK_x.CSV", s.refused.get(0).location());
        assertTrue(s.files.isEmpty(), s.files::toString);
        ReceivedUnits r = Units.open(z);
        assertTrue(r.isRefused());
        assertTrue(r.units().isEmpty());
    }

    @Test
    void entryAndTotalSizesAreCountedWhileInflating() throws IOException {
        byte[] noise = new byte[5000];
        new java.util.Random(1).nextBytes(noise);
        Seen big = walk(file("big.zip", zip(false, "Sample.pdf", noise)), UnitLimits.defaults().withMaxBytes(4000,
                1 << 20));
        assertEquals(List.of("UNIT014 Sample.pdf"), big.refused.stream().map(p -> p.code().id() + " "
                + p.location()).toList());
        Seen total = walk(file("total.zip", zip(false, "a.pdf", noise, "b.pdf", noise, "c.pdf", noise)),
                UnitLimits.defaults().withMaxBytes(6000, 12000));
        assertEquals(UnitProblemCode.TOTAL_TOO_LARGE, total.refused.get(0).code());
        assertEquals("c.pdf", total.refused.get(0).location());
        assertTrue(total.attachments.isEmpty());
    }

    @Test
    void tooManyEntriesAreRefusedFromTheEndRecordBeforeTheDirectoryIsRead() throws IOException {
        Object[] many = new Object[2 * 1001];
        for (int i = 0; i < many.length; i += 2) {
            many[i] = "d" + i + "/";
            many[i + 1] = new byte[0];
        }
        Seen s = walk(file("many.zip", zip(false, many)));
        assertEquals(List.of(UnitProblemCode.TOO_MANY_ENTRIES), s.refused.stream().map(UnitProblem::code).toList());
        assertEquals(null, s.refused.get(0).location());
        Object[] files = new Object[2 * 101];
        for (int i = 0; i < files.length; i += 2) {
            files[i] = "f" + i + ".pdf";
            files[i + 1] = new byte[] {1};
        }
        assertEquals(UnitProblemCode.TOO_MANY_FILES, walk(file("files.zip", zip(false, files))).refused.get(0).code());
    }

    @Test
    void anArchiveInsideAZipIsAnAttachmentNeverOpened() throws IOException {
        byte[] inner = zip(false, DLT, DLT_BYTES);
        Seen s = walk(file("outer.zip", zip(false, "inner.zip", inner, "x.lzh", new byte[] {1})));
        assertEquals(List.of("UNIT018 inner.zip", "UNIT018 x.lzh"), s.problemsAt());
        assertEquals(List.of("inner.zip", "x.lzh"), s.attachments);
        assertTrue(s.files.isEmpty());
    }

    @Test
    void aFolderIsWalkedRecursivelyWithItsZipsAndWithoutLimits() throws IOException {
        file("inbox/unit-1/" + DLT, DLT_BYTES);
        file("inbox/unit-2/Sample.pdf", new byte[] {1, 2});
        file("inbox/unit-2/sent.zip", zip(false, DLT.replace("120000", "130000"), DLT_BYTES, "../up.CSV",
                DLT_BYTES));
        file("inbox/unit-3/bad\u0001.CSV", DLT_BYTES);
        file("inbox/unit-3/" + DLT.toLowerCase(java.util.Locale.ROOT), DLT_BYTES);
        Files.createSymbolicLink(dir.resolve("inbox/unit-3/link.CSV"), dir.resolve("inbox/unit-1/" + DLT));
        Seen s = walk(dir.resolve("inbox"), UnitLimits.defaults().withMaxFiles(2).withMaxEntries(2)); // the ZIP within, the folder beyond
        assertEquals(List.of("unit-1/" + DLT + " 35", "unit-2/sent.zip!/" + DLT.replace("120000", "130000") + " 35"),
                s.files);
        assertEquals(List.of("unit-2/Sample.pdf"), s.attachments);
        assertEquals(List.of("UNIT010 unit-2/sent.zip!/../up.CSV", "UNIT010 unit-3/bad<U+0001>.CSV",
                "UNIT009 unit-3/" + DLT.toLowerCase(java.util.Locale.ROOT), "UNIT011 unit-3/link.CSV"),
                s.problemsAt());
        assertTrue(s.refused.isEmpty(), "the folder's own file count is not limited: " + s.refused);
    }

    @Test
    void aBrokenCrcOrATruncatedArchiveIsRefusedAsMalformed() throws IOException {
        byte[] data = "MARKER-MARKER-MARKER".getBytes(StandardCharsets.US_ASCII);
        byte[] z = zip(true, "Sample.pdf", data);
        int at = new String(z, StandardCharsets.ISO_8859_1).indexOf("MARKER");
        z[at] = 'X';
        Seen crc = walk(file("crc.zip", z));
        assertEquals(UnitProblemCode.ARCHIVE_MALFORMED, crc.refused.get(0).code());
        assertTrue(crc.refused.get(0).detail().contains("CRC"), crc.refused.get(0).detail());
        byte[] whole = zip(false, "Sample.pdf", new byte[3000]);
        Seen cut = walk(file("cut.zip", java.util.Arrays.copyOf(whole, 40)));
        assertEquals(UnitProblemCode.ARCHIVE_MALFORMED, cut.refused.get(0).code());
        Seen named = walk(file("named.zip", "not a zip".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(UnitProblemCode.ARCHIVE_MALFORMED, named.refused.get(0).code());
    }

    @Test
    void aStreamedArchiveIsReadFromATemporaryCopyThatCloseDeletes() throws IOException {
        ReceivedUnits r = Units.openZip(new ByteArrayInputStream(zip(false, DLT, DLT_BYTES)));
        var file = r.units().get(0).files().get(0);
        assertEquals(DLT_BYTES.length, file.bytes().length);
        r.close();
        assertThrows(IOException.class, file::bytes);
    }

    @Test
    void anEntryReadAgainLaterPassesTheSameGuards() throws IOException {
        Path z = file("again.zip", zip(false, DLT, DLT_BYTES));
        List<ArchiveEntry> kept = new ArrayList<>();
        ArchiveWalker.defaults().walk(z, new Seen() {
            @Override
            public void file(ArchiveEntry entry, InputStream in) {
                kept.add(entry);
            }
        });
        try (InputStream in = kept.get(0).open()) {
            assertEquals(new String(DLT_BYTES, StandardCharsets.US_ASCII),
                    new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        }
        assertTrue(kept.get(0).open() instanceof java.io.FilterInputStream);
    }

    @Test
    void theBoundedStreamStopsOneByteAfterItsLimitAndAtItsRatio() throws IOException {
        try (InputStream in = BoundedInputStream.of(new ByteArrayInputStream(new byte[10]), 10, "ten")) {
            assertEquals(10, in.readAllBytes().length, "exactly the limit, then the end");
        }
        BoundedInputStream.Exceeded size = assertThrows(BoundedInputStream.Exceeded.class,
                () -> BoundedInputStream.of(new ByteArrayInputStream(new byte[11]), 10, "ten").readAllBytes());
        assertEquals(BoundedInputStream.Exceeded.Kind.SIZE, size.kind());
        BoundedInputStream.Exceeded ratio = assertThrows(BoundedInputStream.Exceeded.class,
                () -> BoundedInputStream.of(new ByteArrayInputStream(new byte[5000]), 1 << 20, "entry")
                        .withRatio(10, 100, 1000).readAllBytes());
        assertEquals(BoundedInputStream.Exceeded.Kind.RATIO, ratio.kind());
    }
}
