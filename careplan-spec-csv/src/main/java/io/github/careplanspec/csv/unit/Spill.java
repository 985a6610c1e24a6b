package io.github.careplanspec.csv.unit;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The temporary copy of a ZIP archive read from a stream (owner-only, as {@link Files#createTempFile} makes it):
 * deleted on {@link #close()}, or by a cleaner once nothing refers to it (every {@link UnitFile} and
 * {@link Attachment} read from it refers to it).
 */
final class Spill implements Closeable {
    private static final Cleaner CLEANER = Cleaner.create();

    private final Path path;
    private final Cleaner.Cleanable cleanable;

    private Spill(Path path) {
        this.path = path;
        this.cleanable = CLEANER.register(this, new Delete(path));
    }

    static Spill create() throws IOException {
        return new Spill(Files.createTempFile("careplan-unit-", ".zip"));
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        try {
            cleanable.clean();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Holds no reference to the spill (a cleaner action must not). */
    private record Delete(Path path) implements Runnable {
        @Override
        public void run() {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
