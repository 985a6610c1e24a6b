package io.github.careplanspec.model.yobo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.code.CareLevel;
import io.github.careplanspec.model.code.CertificationStatus;
import io.github.careplanspec.model.code.CodeList;
import io.github.careplanspec.model.code.PlanCategory;
import io.github.careplanspec.model.code.SupportLevel;
import io.github.careplanspec.model.code.YoboCareLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists that share a name across files stay distinct types; identical lists are shared (P16). */
class YoboCodeListsTest {
    private static Class<?> listOf(FileKind kind, int no) {
        ColumnSpec c = Catalog.columns(kind).get(no - 1);
        List<CodeList> codes = c.codes();
        return codes.get(0).getClass();
    }

    @Test
    void sameNameDifferentListsAreDistinctTypes() {
        assertEquals(YoboCareLevel.class, listOf(FileKind.UPKIHON, 23));
        assertEquals(YoboCareLevel.class, listOf(FileKind.UPKIHON, 26));
        assertEquals(CareLevel.class, listOf(FileKind.UP1KYO, 21));
        assertNotEquals(Catalog.columns(FileKind.UPKIHON).get(22).codes().stream().map(CodeList::code).toList(),
                Catalog.columns(FileKind.UP1KYO).get(20).codes().stream().map(CodeList::code).toList());
        assertEquals(SupportLevel.class, listOf(FileKind.UPYOBO, 14));
    }

    @Test
    void identicalListsAreShared() {
        assertEquals(PlanCategory.class, listOf(FileKind.UPYOBO, 12));
        assertEquals(PlanCategory.class, listOf(FileKind.UP1KYO, 16));
        assertEquals(CertificationStatus.class, listOf(FileKind.UPYOBO, 13));
        assertEquals(CertificationStatus.class, listOf(FileKind.UP1KYO, 17));
    }
}
