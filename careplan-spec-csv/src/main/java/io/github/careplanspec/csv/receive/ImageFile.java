package io.github.careplanspec.csv.receive;

import java.util.Arrays;
import java.util.Objects;

/**
 * 家族構成 画像ファイル — a JPEG received with a 利用者基本情報 (P6), by its file name (as 利用者基本情報 No.62
 * names it). Immutable: the bytes are copied in and out.
 */
public final class ImageFile {
    private final String fileName;
    private final byte[] data;

    /**
     * Copies.
     *
     * @param fileName the file name, e.g. {@code UPKIHON_IMAGE_…_0001.jpg}
     * @param data the JPEG bytes
     */
    public ImageFile(String fileName, byte[] data) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.data = Objects.requireNonNull(data, "data").clone();
    }

    /** @return the file name */
    public String fileName() {
        return fileName;
    }

    /** @return a copy of the bytes */
    public byte[] data() {
        return data.clone();
    }

    /** @return the number of bytes */
    public int size() {
        return data.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageFile i && i.fileName.equals(fileName) && Arrays.equals(i.data, data);
    }

    @Override
    public int hashCode() {
        return fileName.hashCode() * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return fileName + " (" + data.length + " bytes)";
    }
}
