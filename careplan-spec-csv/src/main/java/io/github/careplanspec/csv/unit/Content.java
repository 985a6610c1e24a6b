package io.github.careplanspec.csv.unit;

import io.github.careplanspec.csv.archive.ArchiveEntry;
import io.github.careplanspec.csv.archive.ArchiveWalker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The bytes of a file: held in memory, or read lazily from what the {@link ArchiveWalker} found (a file of a
 * folder, an entry of a ZIP archive, inflated anew through its guards). Immutable.
 */
abstract class Content {
    abstract long size();

    abstract InputStream open() throws IOException;

    abstract byte[] bytes() throws IOException;

    /** The first bytes, at most {@code n}. */
    byte[] head(int n) throws IOException {
        try (InputStream in = open()) {
            return in.readNBytes(n);
        }
    }

    /** Takes ownership of the array (callers copy when it comes from outside). */
    static Content of(byte[] bytes) {
        return new Memory(bytes);
    }

    static Content of(Path file, long size) {
        return new FileBacked(file, size);
    }

    /**
     * What a walk found, read again when asked.
     *
     * @param owner kept reachable with the content (the temporary copy of a streamed archive), or {@code null}
     */
    static Content of(ArchiveEntry entry, Object owner) {
        return new Walked(entry, owner);
    }

    /** The first bytes of in-memory content (no I/O); others give {@code null}. */
    byte[] headOfMemory(int n) {
        return this instanceof Memory m ? m.head(n) : null;
    }

    static final class Walked extends Content {
        private final ArchiveEntry entry;
        @SuppressWarnings({"unused", "FieldCanBeLocal"})
        private final Object owner;

        Walked(ArchiveEntry entry, Object owner) {
            this.entry = Objects.requireNonNull(entry, "entry");
            this.owner = owner;
        }

        @Override
        long size() {
            return entry.size();
        }

        @Override
        InputStream open() throws IOException {
            return entry.open();
        }

        @Override
        byte[] bytes() throws IOException {
            try (InputStream in = entry.open()) {
                return in.readAllBytes();
            }
        }
    }

    static final class Memory extends Content {
        private final byte[] bytes;

        Memory(byte[] bytes) {
            this.bytes = Objects.requireNonNull(bytes, "bytes");
        }

        @Override
        long size() {
            return bytes.length;
        }

        @Override
        InputStream open() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        byte[] bytes() {
            return bytes.clone();
        }

        @Override
        byte[] head(int n) {
            return Arrays.copyOf(bytes, Math.min(n, bytes.length));
        }
    }

    static final class FileBacked extends Content {
        private final Path file;
        private final long size;

        FileBacked(Path file, long size) {
            this.file = Objects.requireNonNull(file, "file");
            this.size = size;
        }

        @Override
        long size() {
            return size;
        }

        @Override
        InputStream open() throws IOException {
            return Files.newInputStream(file);
        }

        @Override
        byte[] bytes() throws IOException {
            long now = Files.size(file);
            if (now > Integer.MAX_VALUE - 16) {
                throw new IOException("file too large to hold in memory: " + file);
            }
            return Files.readAllBytes(file);
        }
    }
}
