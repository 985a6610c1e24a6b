package io.github.careplanspec.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.csv.ms932.Ms932;
import io.github.careplanspec.csv.unit.UnitLimits;
import io.github.careplanspec.validation.report.ValidationIssue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
 * The CLI's walk over files, folders and ZIP archives (every command; the library's {@code ArchiveWalker}): the
 * receiving side's guards ({@code UnitLimits.defaults()}), entry names in MS932, a hostile archive reported as a
 * located finding and the walk going on — never an exception.
 */
class InputsTest {
    @TempDir
    Path dir;

    /** What the walk reported. */
    private static final class Seen implements Inputs.Visitor {
        final List<String> files = new ArrayList<>();
        final List<String> hostile = new ArrayList<>();
        final List<ValidationIssue> findings = new ArrayList<>();
        final List<String> attachments = new ArrayList<>();

        @Override
        public void attachment(String reportedName) {
            attachments.add(reportedName);
        }

        @Override
        public void file(String reportedName, InputStream in) throws IOException {
            files.add(reportedName + " " + in.readAllBytes().length);
        }

        @Override
        public void finding(ValidationIssue issue) {
            findings.add(issue);
            hostile.add(issue.rule().id() + " " + issue.file() + " " + issue.messageEn());
        }
    }

    private Seen walk(Path... paths) throws IOException {
        Seen s = new Seen();
        Inputs.walk(List.of(paths), s);
        return s;
    }

    private Path zip(String name, boolean deflate, Object... nameAndBytes) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream f = Files.newOutputStream(p); ZipOutputStream z = new ZipOutputStream(f, Ms932.CHARSET)) {
            for (int i = 0; i < nameAndBytes.length; i += 2) {
                byte[] data = (byte[]) nameAndBytes[i + 1];
                ZipEntry e = new ZipEntry((String) nameAndBytes[i]);
                if (!deflate) {
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
        return p;
    }

    @Test
    void ms932EntryNamesAsWindowsWritesThemAreRead() throws IOException {
        // ZipOutputStream with MS932 writes the name in MS932 without the UTF-8 flag
        Path p = zip("win.zip", false, "計画書.pdf", new byte[] {1, 2, 3}, "UP1KYO_x.CSV", new byte[] {4},
                "upkihon_image_x.jpg", new byte[] {5, 6});
        Seen s = walk(p);
        assertEquals(List.of("win.zip!/UP1KYO_x.CSV 1", "win.zip!/upkihon_image_x.jpg 2"), s.files);
        assertEquals(List.of("win.zip!/計画書.pdf"), s.attachments, "「PDF等」: listed, as Units.open lists it");
        assertTrue(s.hostile.isEmpty(), s.hostile.toString());
    }

    @Test
    void anEntryNameThatIsNotMs932IsAHostileArchiveNotACrash() throws IOException {
        // a stored local file header by hand: name bytes 0x81 0x20 (an MS932 lead byte without a trail byte)
        byte[] name = {(byte) 0x81, 0x20};
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        b.writeBytes(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}); // crc, sizes: an empty file
        b.writeBytes(new byte[] {(byte) name.length, 0, 0, 0});
        b.writeBytes(name);
        Path p = dir.resolve("bad-name.zip");
        Files.write(p, b.toByteArray());
        Path next = Files.writeString(dir.resolve("next.CSV"), "x");
        Seen s = walk(p, next);
        assertEquals(1, s.hostile.size(), s.hostile.toString());
        assertTrue(s.hostile.get(0).startsWith("R21.UNIT017 bad-name.zip "), s.hostile.toString());
        assertEquals(List.of("next.CSV 1"), s.files, "the walk goes on with the next path");
    }

    @Test
    void inAFolderAttachmentsAreListedAndAFileGivenByItselfIsAlwaysAFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("unit"));
        Files.writeString(folder.resolve("UP1KYO_x.CSV"), "a");
        Files.writeString(folder.resolve("Sample.pdf"), "pdf");
        Seen s = walk(folder, folder.resolve("Sample.pdf"));
        assertEquals(List.of("UP1KYO_x.CSV 1", "Sample.pdf 3"), s.files);
        assertEquals(List.of("Sample.pdf"), s.attachments);
    }

    @Test
    void anAttachmentBombIsStillRefused() throws IOException {
        Seen s = walk(zip("pdf-bomb.zip", true, "Sample.pdf", new byte[8 << 20]));
        assertEquals(1, s.hostile.size(), s.hostile.toString());
        assertTrue(s.attachments.isEmpty(), "not listed: refused while inflating");
    }

    @Test
    void aDeflatedBombWithADataDescriptorIsRefusedByItsRatio() throws IOException {
        // a data descriptor: no sizes in the local header, so only counting the bytes read can see the ratio
        Path p = zip("bomb.zip", true, "UPJSK_x.CSV", new byte[8 << 20]);
        Seen s = walk(p);
        assertEquals(1, s.hostile.size(), s.hostile + " " + s.files);
        assertTrue(s.hostile.get(0).startsWith("R21.UNIT016 bomb.zip!/UPJSK_x.CSV "), s.hostile.get(0));
        assertTrue(s.files.isEmpty(), "refused before the visitor finished reading it: " + s.files);
    }

    @Test
    void aDeflatedEntryWithAnOrdinaryRatioIsRead() throws IOException {
        byte[] text = new byte[3 << 20];
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < text.length; i++) {
            text[i] = (byte) ('0' + r.nextInt(10)); // digits compress about 2:1
        }
        Seen s = walk(zip("ok.zip", true, "UPJSK_x.CSV", text));
        assertEquals(List.of("ok.zip!/UPJSK_x.CSV " + text.length), s.files);
        assertTrue(s.hostile.isEmpty(), s.hostile.toString());
    }

    @Test
    void climbingNamesAndTooManyEntriesAreRefused() throws IOException {
        Seen climbing = walk(zip("climb.zip", false, "a/../../x.CSV", new byte[] {1}));
        assertTrue(climbing.hostile.get(0).startsWith("R21.UNIT010 climb.zip!/a/../../x.CSV "),
                climbing.hostile.toString());
        Object[] many = new Object[2 * (UnitLimits.defaults().maxEntries() + 1)];
        for (int i = 0; i < many.length; i += 2) {
            many[i] = "f" + i + ".CSV";
            many[i + 1] = new byte[0];
        }
        Seen s = walk(zip("many.zip", false, many));
        assertEquals(1, s.hostile.size());
        assertTrue(s.hostile.get(0).startsWith("R21.UNIT013 many.zip "), s.hostile.toString());
    }
}
