package io.github.careplanspec.csv.unit;

import io.github.careplanspec.csv.CsvReader;
import io.github.careplanspec.csv.ReadOptions;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.name.InterfaceFileName;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One interface file of a transmission unit: its {@link InterfaceFileName} and its bytes, held in memory or read
 * lazily from a file of a received folder. Immutable (bytes are copied in and out); a file-backed instance reads
 * the file when asked, so it sees the file as it is then.
 */
public final class UnitFile {
    /** The first bytes of every JPEG file (SOI marker and the first marker's {@code FF}). */
    static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final InterfaceFileName name;
    private final Content content;
    private final String location;

    UnitFile(InterfaceFileName name, Content content) {
        this(name, content, null);
    }

    UnitFile(InterfaceFileName name, Content content, String location) {
        this.name = Objects.requireNonNull(name, "name");
        this.content = Objects.requireNonNull(content, "content");
        this.location = location == null ? name.format() : location;
    }

    /**
     * A file held in memory.
     *
     * @param name its name
     * @param bytes its bytes (copied)
     * @return the file
     */
    public static UnitFile of(InterfaceFileName name, byte[] bytes) {
        return new UnitFile(name, Content.of(bytes.clone()));
    }

    /**
     * A file read lazily from disk.
     *
     * @param name its name (the file on disk may be named differently)
     * @param file the file
     * @return the file
     * @throws IOException if the file's size cannot be read
     */
    public static UnitFile of(InterfaceFileName name, Path file) throws IOException {
        return new UnitFile(name, Content.of(file, Files.size(file)));
    }

    /** @return the interface file name */
    public InterfaceFileName name() {
        return name;
    }

    /** @return the file name as text, e.g. {@code UP1KYO_1310100001_43_1310100002_11_20241001120000.CSV} */
    public String fileName() {
        return name.format();
    }

    /**
     * @return where it was received, as the walk names it: the path inside the received folder or the entry path
     *         inside the archive (e.g. {@code unit-0001/UP1KYO_….CSV}); the file name for a built unit
     */
    public String location() {
        return location;
    }

    /** @return the file kind */
    public FileKind kind() {
        return name.kind();
    }

    /** @return the size in bytes (for a file-backed instance, as it was when the file was listed) */
    public long size() {
        return content.size();
    }

    /**
     * The bytes.
     *
     * @return a copy of the bytes
     * @throws IOException if a file-backed instance cannot be read
     */
    public byte[] bytes() throws IOException {
        return content.bytes();
    }

    /**
     * A stream of the bytes.
     *
     * @return a new stream; the caller closes it
     * @throws IOException if a file-backed instance cannot be opened
     */
    public InputStream openStream() throws IOException {
        return content.open();
    }

    /**
     * Opens a reader on a CSV file of the unit.
     *
     * @param options strict or lenient
     * @return the reader; the caller closes it
     * @throws IOException if the bytes cannot be read
     * @throws IllegalStateException if this is the JPEG image
     */
    public CsvReader<? extends Record> reader(ReadOptions options) throws IOException {
        if (!kind().isCsv()) {
            throw new IllegalStateException(fileName() + " is not a CSV file");
        }
        InputStream in = openStream();
        try {
            return CsvReader.open(kind(), in, options);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    Content content() {
        return content;
    }

    /** Whether the bytes start with {@code FF D8 FF}. */
    boolean looksJpeg() throws IOException {
        return isJpeg(content.head(JPEG_MAGIC.length));
    }

    static boolean isJpeg(byte[] head) {
        if (head.length < JPEG_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < JPEG_MAGIC.length; i++) {
            if (head[i] != JPEG_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return fileName() + " (" + size() + " bytes)";
    }
}
