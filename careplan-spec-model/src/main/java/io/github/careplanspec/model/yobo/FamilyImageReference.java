package io.github.careplanspec.model.yobo;

import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.SpecFormat;
import io.github.careplanspec.model.catalog.SpecValue;
import java.util.Locale;
import java.util.Objects;

/**
 * 家族構成 画像ファイル名 — the reference from 利用者基本情報 No.62 to its 家族構成 JPEG attachment
 * ({@link FileKind#UPKIHON_IMAGE}; P6). The item is printed as フリーテキスト, so it is written quoted.
 *
 * <p>Only loosely checked here: not empty and a bare file name (no {@code /} or {@code \}), so that a reader never
 * resolves it outside the folder of the unit. Whether it follows the {@code UPKIHON_IMAGE_…_{枝番4}.jpg} pattern and
 * names a file of the same unit is for the file-name parser and validation.
 *
 * @param text the file name as the item carries it
 */
@SpecFormat(FieldFormat.FREE_TEXT)
public record FamilyImageReference(String text) implements SpecValue {
    /**
     * Checks the form.
     *
     * @param text the file name
     * @throws IllegalArgumentException if the text is empty or contains a path separator
     */
    public FamilyImageReference {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("an empty file name");
        }
        if (text.indexOf('/') >= 0 || text.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("a file name without path separators: '" + text + "'");
        }
    }

    /**
     * Parses the item as the file carries it.
     *
     * @param text the file name, e.g. {@code UPKIHON_IMAGE_0300000100_46_0300000005_11_20241001120000_0001.jpg}
     * @return the reference
     * @throws IllegalArgumentException if the text is empty or contains a path separator
     */
    public static FamilyImageReference parse(String text) {
        return new FamilyImageReference(text);
    }

    /**
     * A reference to the image with this file name.
     *
     * @param fileName the bare file name of the JPEG attachment
     * @return the reference
     * @throws IllegalArgumentException if the name is empty or contains a path separator
     */
    public static FamilyImageReference of(String fileName) {
        return new FamilyImageReference(fileName);
    }

    /** @return the kind of the file referred to: always {@link FileKind#UPKIHON_IMAGE} */
    public FileKind kind() {
        return FileKind.UPKIHON_IMAGE;
    }

    /** @return the referred file name (same as {@link #text()}) */
    public String fileName() {
        return text;
    }

    /**
     * Whether the name ends in {@code .jpg}, in any case: the rule writes {@code .jpg}, the spec's example
     * {@code .JPG} (U9). {@code .jpeg} does not count, the spec naming {@code .jpg} only (as the file-name parser reads
     * it).
     *
     * @return whether the name has the spec's JPEG extension
     */
    public boolean hasJpegExtension() {
        return text.toLowerCase(Locale.ROOT).endsWith(".jpg");
    }

    @Override
    public String toString() {
        return text;
    }
}
