package io.github.careplanspec.csv.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * One file the {@link ArchiveWalker} found: where it is, its name, its size, and a way to read it again later (a
 * file of a folder is opened anew; a ZIP entry is inflated anew from the archive through the same guards, so nothing
 * is held in memory). Immutable.
 */
public final class ArchiveEntry {
    /** Opens an entry's bytes. */
    @FunctionalInterface
    interface Source {
        InputStream open() throws IOException;
    }

    private final String location;
    private final String name;
    private final long size;
    private final Source source;

    ArchiveEntry(String location, long size, Source source) {
        this.location = Objects.requireNonNull(location, "location");
        this.name = location.substring(location.lastIndexOf('/') + 1);
        this.size = size;
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * @return where it is, relative to the walked path: the file's path inside the folder, the entry path inside the
     *         archive ({@code sub/a.zip!/NAME.CSV} for an archive found in a folder); the file's name for a single file
     */
    public String location() {
        return location;
    }

    /** @return the file name (the last segment of the location) */
    public String name() {
        return name;
    }

    /** @return the size in bytes: the file's when listed, an entry's as counted while inflating it */
    public long size() {
        return size;
    }

    /**
     * Reads the bytes again; a ZIP entry through the same limits as during the walk.
     *
     * @return a new stream; the caller closes it
     * @throws IOException if the file or archive cannot be read (a limit reached: {@link BoundedInputStream.Exceeded})
     */
    public InputStream open() throws IOException {
        return source.open();
    }

    @Override
    public String toString() {
        return location + " (" + size + " bytes)";
    }
}
