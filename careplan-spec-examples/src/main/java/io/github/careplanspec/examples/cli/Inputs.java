package io.github.careplanspec.examples.cli;

import io.github.careplanspec.csv.ms932.Ms932;
import io.github.careplanspec.csv.unit.UnitLimits;
import io.github.careplanspec.csv.unit.Units;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Walks the paths a user gives: files, folders of units (recursively, in name order) and ZIP archives (entries read
 * in order with hostile-archive guards: entry count, sizes, compression ratio, names that climb out of the archive).
 */
final class Inputs {
    /** The receiving side's guards (entries, sizes, ratio), the same as {@code Units.open}'s; not its file count. */
    static final UnitLimits LIMITS = UnitLimits.defaults();

    /** Receives what the walk finds. */
    interface Visitor {
        /**
         * One file.
         *
         * @param reportedName the name to report ({@code archive.zip!/NAME.CSV} for an entry)
         * @param in its bytes (read it, do not close it)
         * @throws IOException if it cannot be read
         */
        void file(String reportedName, InputStream in) throws IOException;

        /**
         * An archive refused as hostile; the walk goes on with the next path.
         *
         * @param archive the archive's name
         * @param entry the entry at fault, or {@code -}
         * @param reasonJa why, in Japanese
         * @param reasonEn why, in English
         */
        void hostile(String archive, String entry, String reasonJa, String reasonEn);

        /**
         * A file inside a folder or an archive that is not an interface file ({@link Units#isInterfaceFile}: 「PDF等」,
         * never an error, as {@code Units.open} lists it). A file given by itself always goes to {@link #file}.
         *
         * @param reportedName the name to report
         */
        default void attachment(String reportedName) {
        }
    }

    /** Thrown when a path cannot be read (exit code 2). */
    static final class UnreadablePathException extends IOException {
        private static final long serialVersionUID = 1L;

        UnreadablePathException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private Inputs() {
    }

    /**
     * Checks that every path exists and is readable.
     *
     * @param paths the paths
     * @throws UnreadablePathException for the first that is not
     */
    static void check(List<Path> paths) throws UnreadablePathException {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UnreadablePathException("no such file or folder: " + p, null);
            }
            if (!Files.isReadable(p)) {
                throw new UnreadablePathException("cannot read: " + p, null);
            }
        }
    }

    /**
     * Walks the paths in order.
     *
     * @param paths files, folders, ZIP archives
     * @param visitor receives each file
     * @throws IOException if a path cannot be read
     */
    static void walk(List<Path> paths, Visitor visitor) throws IOException {
        check(paths);
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
                for (Path f : files) {
                    String name = p.relativize(f).toString().replace('\\', '/');
                    if (isArchive(name) || Units.isInterfaceFile(String.valueOf(f.getFileName()))) {
                        one(f, name, visitor);
                    } else {
                        visitor.attachment(name);
                    }
                }
            } else {
                one(p, String.valueOf(p.getFileName()), visitor);
            }
        }
    }

    private static boolean isArchive(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private static void one(Path file, String name, Visitor visitor) throws IOException {
        if (isArchive(name)) {
            zip(file, name, visitor);
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            visitor.file(name, in);
        } catch (java.nio.file.AccessDeniedException | java.nio.file.NoSuchFileException e) {
            throw new UnreadablePathException("cannot read: " + file, e);
        }
    }

    private static void zip(Path file, String name, Visitor visitor) throws IOException {
        long total = 0;
        int entries = 0;
        // compressed bytes are counted as read (a ZIP header's sizes are not trusted; a data descriptor has none)
        Counting raw = new Counting(new BufferedInputStream(Files.newInputStream(file)));
        // names without the UTF-8 flag are MS932, as Windows and the client application write them
        try (ZipInputStream zin = new ZipInputStream(raw, Ms932.CHARSET)) {
            ZipEntry e;
            while (true) {
                try {
                    e = zin.getNextEntry();
                } catch (java.util.zip.ZipException | IllegalArgumentException ex) {
                    // IllegalArgumentException: an entry name that is neither UTF-8 (flagged) nor MS932
                    visitor.hostile(name, "-", "ZIPとして読めません（" + ex.getMessage() + "）",
                            "not a readable ZIP (" + ex.getMessage() + ")");
                    return;
                }
                if (e == null) {
                    break;
                }
                if (++entries > LIMITS.maxEntries()) {
                    visitor.hostile(name, e.getName(), "エントリが" + LIMITS.maxEntries() + "を超えます",
                            "more than " + LIMITS.maxEntries() + " entries");
                    return;
                }
                String en = e.getName();
                if (en.startsWith("/") || en.contains("\\") || en.contains(":") || isClimbing(en)) {
                    visitor.hostile(name, en, "アーカイブの外を指すエントリ名です", "an entry name pointing outside the archive");
                    return;
                }
                if (e.isDirectory()) {
                    continue;
                }
                Limited lim = new Limited(zin, Math.min(LIMITS.maxEntryBytes(), LIMITS.maxTotalBytes() - total), raw);
                try {
                    if (Units.isInterfaceFile(en.substring(en.lastIndexOf('/') + 1))) {
                        visitor.file(name + "!/" + en, lim);
                        lim.transferTo(java.io.OutputStream.nullOutputStream());
                    } else {
                        // an attachment is still inflated through the guards before it is listed
                        lim.transferTo(java.io.OutputStream.nullOutputStream());
                        visitor.attachment(name + "!/" + en);
                    }
                } catch (LimitExceeded ex) {
                    visitor.hostile(name, en, ex.ja, ex.getMessage());
                    return;
                } catch (java.util.zip.ZipException ex) {
                    visitor.hostile(name, en, "ZIPとして読めません（" + ex.getMessage() + "）",
                            "not a readable ZIP (" + ex.getMessage() + ")");
                    return;
                }
                total += lim.count;
            }
        }
    }

    private static boolean isClimbing(String entry) {
        for (String seg : entry.split("/")) {
            if (seg.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** A limit of an archive entry was exceeded. */
    static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;
        private final String ja;

        LimitExceeded(String en, String ja) {
            super(en);
            this.ja = ja;
        }
    }

    /** Counts the archive's bytes as the inflater reads them. */
    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(n);
            count += k;
            return k;
        }
    }

    /** Counts an entry's inflated bytes and stops at the limits (size, and the ratio to the compressed bytes read). */
    private static final class Limited extends FilterInputStream {
        private final long max;
        private final Counting raw;
        private final long rawStart;
        private long count;

        Limited(InputStream in, long max, Counting raw) {
            super(in);
            this.max = max;
            this.raw = raw;
            this.rawStart = raw.count;
        }

        private void add(long n) throws LimitExceeded {
            count += n;
            if (count > max) {
                throw new LimitExceeded("an entry or the archive is larger than allowed (" + max + " bytes)",
                        "エントリまたはアーカイブが上限（" + max + " バイト）を超えます");
            }
            if (count >= LIMITS.ratioFloorBytes() && count / Math.max(1, raw.count - rawStart) > LIMITS.maxRatio()) {
                throw new LimitExceeded("compression ratio above " + LIMITS.maxRatio() + " (a ZIP bomb)",
                        "圧縮率が" + LIMITS.maxRatio() + "倍を超えます（ZIP爆弾）");
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public void close() {
            // the archive stream stays open for the next entry
        }
    }
}
