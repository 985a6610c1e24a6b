package io.github.careplanspec.model.yobo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.model.catalog.FileKind;
import org.junit.jupiter.api.Test;

class FamilyImageReferenceTest {
    @Test
    void acceptsABareFileNameAndRefusesPathsAndEmptiness() {
        FamilyImageReference r = FamilyImageReference.parse(UserBasicInfoTest.IMAGE);
        assertEquals(UserBasicInfoTest.IMAGE, r.text());
        assertEquals(UserBasicInfoTest.IMAGE, r.fileName());
        assertEquals(FileKind.UPKIHON_IMAGE, r.kind());
        assertTrue(r.hasJpegExtension());
        assertTrue(FamilyImageReference.of("UPKIHON_IMAGE_x_0002.JPG").hasJpegExtension(), "U9: any case");
        assertFalse(FamilyImageReference.of("家族構成.png").hasJpegExtension());
        assertFalse(FamilyImageReference.of("家族構成.jpeg").hasJpegExtension(), "the spec names .jpg only");
        assertThrows(IllegalArgumentException.class, () -> FamilyImageReference.parse(""));
        assertThrows(IllegalArgumentException.class, () -> FamilyImageReference.parse("img/a.jpg"));
        assertThrows(IllegalArgumentException.class, () -> FamilyImageReference.parse("C:\\a.jpg"));
        assertThrows(NullPointerException.class, () -> FamilyImageReference.parse(null));
    }
}
