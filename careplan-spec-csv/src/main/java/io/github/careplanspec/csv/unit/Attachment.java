package io.github.careplanspec.csv.unit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A received file that is not an interface file — the client application's ファイル種別 「PDF等」 ({@code Sample.pdf}
 * and any other attachment, a nested archive included). It travels beside the units: listed, never an error.
 * Immutable.
 */
public final class Attachment {
    private final String name;
    private final String location;
    private final Content content;

    Attachment(String name, String location, Content content) {
        this.name = Objects.requireNonNull(name, "name");
        this.location = Objects.requireNonNull(location, "location");
        this.content = Objects.requireNonNull(content, "content");
    }

    /** @return the file name, e.g. {@code Sample.pdf} */
    public String name() {
        return name;
    }

    /** @return where it was found: the entry path inside the archive, or the file name in the folder */
    public String location() {
        return location;
    }

    /** @return the size in bytes */
    public long size() {
        return content.size();
    }

    /**
     * The bytes.
     *
     * @return a copy of the bytes
     * @throws IOException if a file-backed attachment cannot be read
     */
    public byte[] bytes() throws IOException {
        return content.bytes();
    }

    /**
     * A stream of the bytes.
     *
     * @return a new stream; the caller closes it
     * @throws IOException if a file-backed attachment cannot be opened
     */
    public InputStream openStream() throws IOException {
        return content.open();
    }

    @Override
    public String toString() {
        return location + " (" + size() + " bytes)";
    }
}
