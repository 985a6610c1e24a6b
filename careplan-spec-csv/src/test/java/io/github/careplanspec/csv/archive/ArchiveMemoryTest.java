package io.github.careplanspec.csv.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.csv.unit.Attachment;
import io.github.careplanspec.csv.unit.ReceivedUnits;
import io.github.careplanspec.csv.unit.Units;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ZIP archives within {@link io.github.careplanspec.csv.unit.UnitLimits} are streamed in constant memory (issue 14):
 * two deflated entries of 48 MiB each (96 MiB, within the 64 MiB per entry and 256 MiB in all) are walked, received
 * and read back in a JVM with a 64 MiB heap (the {@code hostile-asn1-64m} execution of careplan-spec-csv). Holding
 * one entry in a {@code byte[]} would not fit.
 */
class ArchiveMemoryTest {
    private static final int MIB = 1 << 20;
    private static final int ENTRY_MIB = 48;

    @TempDir
    Path dir;

    @Test
    void entriesAreStreamedInA64MiBHeap() throws IOException {
        assertTrue(Runtime.getRuntime().maxMemory() <= 64L * MIB, "run with -Xmx64m (mvn does, in its own execution)");
        byte[] block = new byte[MIB];
        Random r = new Random(14);
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) ('0' + r.nextInt(10)); // digits deflate about 2:1, far from the ratio limit
        }
        Path zip = dir.resolve("big.zip");
        try (OutputStream f = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(f)) {
            for (String name : new String[] {"a.pdf", "b.pdf"}) {
                z.putNextEntry(new ZipEntry(name));
                for (int i = 0; i < ENTRY_MIB; i++) {
                    z.write(block);
                }
                z.closeEntry();
            }
        }
        try (ReceivedUnits received = Units.open(zip)) {
            assertFalse(received.isRefused(), received.problems()::toString);
            assertEquals(2, received.attachments().size());
            for (Attachment a : received.attachments()) {
                assertEquals((long) ENTRY_MIB * MIB, a.size());
                try (InputStream in = a.openStream()) {
                    assertEquals((long) ENTRY_MIB * MIB, in.transferTo(OutputStream.nullOutputStream()));
                }
            }
        }
    }
}
