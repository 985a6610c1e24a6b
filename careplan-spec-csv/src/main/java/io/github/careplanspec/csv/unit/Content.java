package io.github.careplanspec.csv.unit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/** The bytes of a file: held in memory, or read lazily from a file (a received folder). Immutable. */
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
