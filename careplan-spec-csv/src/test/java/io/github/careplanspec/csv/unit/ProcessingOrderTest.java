package io.github.careplanspec.csv.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.name.InterfaceFileName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** R22, P11: a unit lists its files in the one processing order of the kind table ({@link FileKind}). */
class ProcessingOrderTest {
    static String name(FileKind k) {
        return k.prefix() + (k.hasMonthSegment() ? "_202504" : "") + "_0899999991_43_0899999992_11_20250415120000"
                + (k.isCsv() ? ".CSV" : "_0001.jpg");
    }

    @Test
    void unitFilesAreInTheKindTablesOrder() {
        List<UnitFile> files = new ArrayList<>();
        for (FileKind k : FileKind.values()) {
            files.add(UnitFile.of(InterfaceFileName.parse(name(k)), new byte[0]));
        }
        for (long seed = 0; seed < 5; seed++) {
            Collections.shuffle(files, new Random(seed));
            files.sort(UnitRules.FILE_ORDER);
            assertEquals(FileKind.processingOrder(), files.stream().map(UnitFile::kind).toList());
        }
    }

    @Test
    void imagesByBranchAfterTheKindOrder() {
        List<UnitFile> files = new ArrayList<>();
        for (String n : List.of("UPKIHON_IMAGE_0899999991_43_0899999992_11_20250415120000_0002.jpg",
                "UPKIHON_0899999991_43_0899999992_11_20250415120000.CSV",
                "UPKIHON_IMAGE_0899999991_43_0899999992_11_20250415120000_0001.jpg")) {
            files.add(UnitFile.of(InterfaceFileName.parse(n), new byte[0]));
        }
        files.sort(UnitRules.FILE_ORDER);
        assertEquals(List.of("UPKIHON", "UPKIHON_IMAGE_0001", "UPKIHON_IMAGE_0002"), files.stream()
                .map(f -> f.kind().prefix() + f.name().imageBranch().stream()
                        .mapToObj(b -> String.format("_%04d", b)).findFirst().orElse(""))
                .toList());
    }

    /** R21 from the table: deletions and the 実績 are units of their own; the two 予防 families share one. */
    @Test
    void combinationsDeriveFromTheTable() {
        List<FileKind> alone = new ArrayList<>();
        for (FileKind k : FileKind.processingOrder()) {
            if (UnitRules.alone(k)) {
                alone.add(k);
            }
        }
        assertEquals(List.of(FileKind.DLT1KYO, FileKind.DLTPLAN, FileKind.DLTJSK, FileKind.DLTKIHON,
                FileKind.DLTYOBO, FileKind.UPJSK), alone);
        List<FileKind> followers = new ArrayList<>();
        for (FileKind k : FileKind.processingOrder()) {
            if (UnitRules.followsParentFile(k)) {
                followers.add(k);
            }
        }
        assertEquals(List.of(FileKind.UPKIHON_SUB1, FileKind.UPKIHON_SUB2, FileKind.UPKIHON_IMAGE,
                FileKind.UPYOBO_SUB), followers);
    }
}
