package io.github.careplanspec.csv.archive;

import io.github.careplanspec.csv.ms932.Ms932;
import io.github.careplanspec.csv.unit.UnitLimits;
import io.github.careplanspec.csv.unit.UnitProblem;
import io.github.careplanspec.csv.unit.UnitProblemCode;
import io.github.careplanspec.csv.unit.Units;
import io.github.careplanspec.model.catalog.Phrase;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The one walk over received inputs, for every consumer ({@link Units#open}, {@code validate} strict and lenient,
 * {@code inspect}, {@code import}, {@code convert}): a folder (recursively, symbolic links not followed), a ZIP
 * archive (recognised by its first bytes {@code PK\3\4} or {@code PK\5\6}, whatever its name; also inside a
 * folder) or a single file. What it finds goes to a {@link Visitor}: interface files ({@link Units#isInterfaceFile})
 * with their bytes, attachments (「PDF等」), and located {@link UnitProblem}s — the same ones, with the same locations,
 * whoever walks.
 *
 * <p>Rules, the same everywhere: a path that {@link EntryPath#unsafe} refuses is not read ({@code UNIT010}); a second
 * file with the same name ignoring case is not read ({@code UNIT009}); a symbolic link or other non-regular file in a
 * folder is not followed ({@code UNIT011}); an archive inside a ZIP, or a non-ZIP archive in a folder, is an
 * attachment, never opened ({@code UNIT018}).
 *
 * <p>Limits ({@link UnitLimits}) are those of a ZIP archive, one send of the client application, and apply to ZIP
 * archives only: a folder is the receiver's own disk, read lazily, and has no count or size limit. A ZIP archive is
 * read from its central directory ({@link ZipFile}): first the end record's counts are checked, then every entry is
 * inflated once through the {@link BoundedInputStream} guards (entry size, total, ratio of inflated to compressed
 * bytes, CRC) without keeping a byte, so a hostile archive is refused ({@link Visitor#refused}) before any of its
 * entries is visited — in every command alike. Only then are the entries visited, each inflated again as its visitor
 * reads it; {@link ArchiveEntry#open} inflates it anew later. Memory stays constant whatever the archive holds.
 *
 * <p>Immutable and thread-safe; each walk is independent.
 */
public final class ArchiveWalker {
    private static final List<String> ARCHIVE_EXTENSIONS = List.of(".zip", ".lzh", ".lha", ".7z", ".rar", ".gz",
            ".tgz", ".tar", ".bz2", ".xz", ".cab", ".jar", ".p7m");
    /** The end of central directory record and the longest comment after it. */
    private static final int END_SEARCH = 22 + 0xffff;
    /** More central directory than this per allowed entry is no archive of units (names are short). */
    private static final long CEN_BYTES_PER_ENTRY = 4096;

    private final UnitLimits limits;

    private ArchiveWalker(UnitLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * A walker with given limits for ZIP archives.
     *
     * @param limits the guards
     * @return the walker
     */
    public static ArchiveWalker of(UnitLimits limits) {
        return new ArchiveWalker(limits);
    }

    /** @return a walker with {@link UnitLimits#defaults()} */
    public static ArchiveWalker defaults() {
        return new ArchiveWalker(UnitLimits.defaults());
    }

    /** @return the guards for ZIP archives */
    public UnitLimits limits() {
        return limits;
    }

    /** Receives what a walk finds, in order. */
    public interface Visitor {
        /**
         * An interface file ({@link Units#isInterfaceFile}), or the single file walked (whatever its name).
         *
         * @param entry where it is; {@link ArchiveEntry#open} reads it again later
         * @param in its bytes, bounded by the limits for a ZIP entry; read as much as needed, do not close it
         * @throws IOException if reading fails
         */
        void file(ArchiveEntry entry, InputStream in) throws IOException;

        /**
         * A file inside a folder or archive that is not an interface file (「PDF等」, nested archives): listed,
         * never an error.
         *
         * @param entry where it is
         * @throws IOException if the visitor fails
         */
        default void attachment(ArchiveEntry entry) throws IOException {
        }

        /**
         * An entry not read (unsafe path, duplicate name, not a regular file) or kept unopened (a nested archive);
         * the walk goes on.
         *
         * @param problem located at the entry ({@link EntryPath#display} form)
         */
        void problem(UnitProblem problem);

        /**
         * A ZIP archive refused as a whole (counts, sizes, ratio, unreadable): none of its entries is visited.
         *
         * @param problem located at the entry at fault, at the archive inside a folder, or {@code null} (the
         *                archive walked)
         */
        void refused(UnitProblem problem);
    }

    /**
     * Whether a path is read as a ZIP archive: a regular file starting with {@code PK\3\4} or {@code PK\5\6}.
     *
     * @param path the path
     * @return whether it is a ZIP archive
     * @throws IOException if the file cannot be read
     */
    public static boolean isZip(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        byte[] h;
        try (InputStream in = Files.newInputStream(path)) {
            h = in.readNBytes(4);
        }
        return h.length == 4 && h[0] == 'P' && h[1] == 'K' && ((h[2] == 3 && h[3] == 4) || (h[2] == 5 && h[3] == 6));
    }

    /**
     * The prefix under which a walked path's entries are reported: {@code NAME.zip!/} for a ZIP archive, else empty
     * (a folder's files by their path inside it, a single file by its name).
     *
     * @param path the walked path
     * @return the prefix
     * @throws IOException if the file cannot be read
     */
    public static String prefixOf(Path path) throws IOException {
        return isZip(path) ? fileName(path) + "!/" : "";
    }

    /**
     * Whether a name is that of an archive (never opened inside a ZIP: {@code .zip}, {@code .lzh}, {@code .7z},
     * {@code .p7m} …).
     *
     * @param name a file name
     * @return whether it names an archive
     */
    public static boolean isArchiveName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return ARCHIVE_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /**
     * Walks a folder, a ZIP archive or a single file.
     *
     * @param path the path
     * @param visitor receives what is found
     * @throws IOException if the path, a folder in it or a file being visited cannot be read
     */
    public void walk(Path path, Visitor visitor) throws IOException {
        Objects.requireNonNull(visitor, "visitor");
        Set<String> names = new HashSet<>();
        if (Files.isDirectory(path)) {
            folder(path, names, visitor);
        } else if (isZip(path)) {
            zip(path, null, names, visitor);
        } else if (fileName(path).toLowerCase(Locale.ROOT).endsWith(".zip")) {
            visitor.refused(problem(UnitProblemCode.ARCHIVE_MALFORMED, fileName(path), "no ZIP signature"));
        } else {
            String name = fileName(path);
            try (InputStream in = Files.newInputStream(path)) {
                visitor.file(new ArchiveEntry(name, Files.size(path), () -> Files.newInputStream(path)), in);
            }
        }
    }

    private void folder(Path root, Set<String> names, Visitor visitor) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        found.add(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                        throw exc;
                    }
                });
        List<String[]> listed = new ArrayList<>(found.size());
        for (Path p : found) {
            listed.add(new String[] {root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/"),
                p.toString()});
        }
        listed.sort(Comparator.comparing((String[] l) -> l[0]));
        for (String[] l : listed) {
            String location = l[0];
            Path file = root.getFileSystem().getPath(l[1]);
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            String shown = EntryPath.display(location);
            if (a.isSymbolicLink() || a.isOther()) {
                visitor.problem(problem(UnitProblemCode.NOT_REGULAR_FILE, shown,
                        a.isSymbolicLink() ? "symbolic link" : "other"));
                continue;
            }
            Optional<String> unsafe = EntryPath.unsafe(location);
            if (unsafe.isPresent()) {
                visitor.problem(problem(UnitProblemCode.UNSAFE_PATH, shown, unsafe.get()));
                continue;
            }
            String name = fileName(file);
            if (Units.isInterfaceFile(name)) {
                if (!names.add(name.toUpperCase(Locale.ROOT))) {
                    visitor.problem(problem(UnitProblemCode.DUPLICATE_NAME, location, name));
                    continue;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    visitor.file(new ArchiveEntry(location, a.size(), () -> Files.newInputStream(file)), in);
                }
            } else if (isZip(file)) {
                zip(file, location, names, visitor);
            } else {
                if (!names.add(name.toUpperCase(Locale.ROOT))) {
                    visitor.problem(problem(UnitProblemCode.DUPLICATE_NAME, location, name));
                    continue;
                }
                if (isArchiveName(name)) {
                    visitor.problem(problem(UnitProblemCode.NESTED_ARCHIVE, location, name));
                }
                visitor.attachment(new ArchiveEntry(location, a.size(), () -> Files.newInputStream(file)));
            }
        }
    }

    /** What becomes of an entry, decided from the central directory. */
    private enum Fate { DIRECTORY, UNSAFE, DUPLICATE, KEPT }

    private record Planned(ZipEntry entry, Fate fate, String reason) {
    }

    /**
     * One ZIP archive: the end record's counts, the plan from the central directory, one guarded inflation of every
     * kept entry, then the visit. {@code at} is the archive's location inside a walked folder, {@code null} for the
     * walked archive itself.
     */
    private void zip(Path file, String at, Set<String> names, Visitor visitor) throws IOException {
        String prefix = at == null ? "" : at + "!/";
        long archiveBytes = Files.size(file);
        Optional<UnitProblem> end = checkEnd(file, archiveBytes, at);
        if (end.isPresent()) {
            visitor.refused(end.get());
            return;
        }
        ZipFile zf;
        try {
            // names without the UTF-8 flag are MS932, as Windows and the client application write them
            zf = new ZipFile(file.toFile(), Ms932.CHARSET);
        } catch (ZipException | IllegalArgumentException e) {
            visitor.refused(problem(UnitProblemCode.ARCHIVE_MALFORMED, at, String.valueOf(e.getMessage())));
            return;
        }
        try (zf) {
            List<Planned> plan = new ArrayList<>();
            int entries = 0;
            int files = 0;
            Set<String> seen = new HashSet<>();
            Enumeration<? extends ZipEntry> all = zf.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (++entries > limits.maxEntries()) {
                    visitor.refused(problem(UnitProblemCode.TOO_MANY_ENTRIES, at, String.valueOf(limits.maxEntries())));
                    return;
                }
                Optional<String> unsafe = EntryPath.unsafe(e.getName());
                if (e.isDirectory()) {
                    plan.add(new Planned(e, unsafe.isPresent() ? Fate.UNSAFE : Fate.DIRECTORY, unsafe.orElse(null)));
                    continue;
                }
                if (++files > limits.maxFiles()) {
                    visitor.refused(problem(UnitProblemCode.TOO_MANY_FILES, at, String.valueOf(limits.maxFiles())));
                    return;
                }
                if (unsafe.isPresent()) {
                    plan.add(new Planned(e, Fate.UNSAFE, unsafe.get()));
                } else if (!seen.add(baseName(e.getName()).toUpperCase(Locale.ROOT))
                        || names.contains(baseName(e.getName()).toUpperCase(Locale.ROOT))) {
                    plan.add(new Planned(e, Fate.DUPLICATE, null));
                } else {
                    plan.add(new Planned(e, Fate.KEPT, null));
                }
            }
            long[] sizes = new long[plan.size()];
            long total = 0;
            for (int i = 0; i < plan.size(); i++) {
                Planned p = plan.get(i);
                if (p.fate() != Fate.KEPT) {
                    continue;
                }
                long room = limits.maxTotalBytes() - total;
                boolean entryLimit = limits.maxEntryBytes() <= room;
                String location = prefix + p.entry().getName();
                try {
                    sizes[i] = inflate(zf, p.entry(), Math.min(limits.maxEntryBytes(), room), archiveBytes);
                } catch (BoundedInputStream.Exceeded x) {
                    visitor.refused(x.kind() == BoundedInputStream.Exceeded.Kind.RATIO
                            ? problem(UnitProblemCode.COMPRESSION_RATIO, location, x.getMessage())
                            : entryLimit ? problem(UnitProblemCode.ENTRY_TOO_LARGE, location,
                                    String.valueOf(limits.maxEntryBytes()))
                                    : problem(UnitProblemCode.TOTAL_TOO_LARGE, location,
                                            String.valueOf(limits.maxTotalBytes())));
                    return;
                } catch (ZipException | EOFException x) {
                    visitor.refused(problem(UnitProblemCode.ARCHIVE_MALFORMED, location, String.valueOf(x.getMessage())));
                    return;
                }
                total += sizes[i];
            }
            for (int i = 0; i < plan.size(); i++) {
                Planned p = plan.get(i);
                String path = p.entry().getName();
                String location = prefix + EntryPath.display(path);
                switch (p.fate()) {
                    case DIRECTORY -> {
                    }
                    case UNSAFE -> visitor.problem(problem(UnitProblemCode.UNSAFE_PATH, location, p.reason()));
                    case DUPLICATE -> visitor.problem(problem(UnitProblemCode.DUPLICATE_NAME, location,
                            baseName(path)));
                    case KEPT -> {
                        String name = baseName(path);
                        names.add(name.toUpperCase(Locale.ROOT));
                        ArchiveEntry entry = new ArchiveEntry(location, sizes[i], () -> reopen(file, path));
                        if (Units.isInterfaceFile(name)) {
                            try (InputStream in = guarded(zf, p.entry(), limits.maxEntryBytes(), archiveBytes)) {
                                visitor.file(entry, in);
                            }
                        } else {
                            if (isArchiveName(name)) {
                                visitor.problem(problem(UnitProblemCode.NESTED_ARCHIVE, location, name));
                            }
                            visitor.attachment(entry);
                        }
                    }
                    default -> throw new IllegalStateException(p.fate().name());
                }
            }
        }
    }

    /** Inflates an entry through the guards and its CRC, keeping nothing; returns its size. */
    private long inflate(ZipFile zf, ZipEntry e, long limit, long archiveBytes) throws IOException {
        CRC32 crc = new CRC32();
        long n;
        try (InputStream in = new CheckedInputStream(guarded(zf, e, limit, archiveBytes), crc)) {
            n = in.transferTo(OutputStream.nullOutputStream());
        }
        if (e.getCrc() != -1 && crc.getValue() != e.getCrc()) {
            throw new ZipException("CRC mismatch in " + EntryPath.display(e.getName()));
        }
        return n;
    }

    /**
     * An entry's bytes through the limits. {@link ZipFile} reads at most the central directory's compressed size of
     * the archive, so that size (never more than the archive) bounds what the inflater consumes: the ratio is true.
     */
    private BoundedInputStream guarded(ZipFile zf, ZipEntry e, long limit, long archiveBytes) throws IOException {
        long compressed = Math.min(e.getCompressedSize() < 0 ? archiveBytes : e.getCompressedSize(), archiveBytes);
        return BoundedInputStream.of(zf.getInputStream(e), limit, "entry " + EntryPath.display(e.getName()))
                .withRatio(compressed, limits.maxRatio(), limits.ratioFloorBytes());
    }

    /** An entry read again later: the archive opened anew, the entry inflated through the same limits. */
    private InputStream reopen(Path file, String path) throws IOException {
        ZipFile zf = new ZipFile(file.toFile(), Ms932.CHARSET);
        try {
            ZipEntry e = zf.getEntry(path);
            if (e == null) {
                throw new NoSuchFileException(file + "!/" + path);
            }
            InputStream in = guarded(zf, e, limits.maxEntryBytes(), Files.size(file));
            return new FilterInputStream(in) {
                @Override
                public void close() throws IOException {
                    try {
                        in.close();
                    } finally {
                        zf.close();
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            zf.close();
            throw e;
        }
    }

    /**
     * The counts of the end of central directory record (ZIP64 too), checked before {@link ZipFile} reads the
     * central directory into memory: too many entries, or far more directory than that many entries need, and the
     * archive is refused unread. An archive without an end record is left to {@link ZipFile} (malformed).
     */
    private Optional<UnitProblem> checkEnd(Path file, long size, String at) throws IOException {
        if (size > limits.maxArchiveBytes()) {
            return Optional.of(problem(UnitProblemCode.TOTAL_TOO_LARGE, at, String.valueOf(limits.maxArchiveBytes())));
        }
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            int n = (int) Math.min(size, END_SEARCH);
            ByteBuffer b = read(ch, size - n, n);
            for (int i = n - 22; i >= 0; i--) {
                if (b.getInt(i) != 0x06054b50) {
                    continue;
                }
                long entries = b.getShort(i + 10) & 0xffffL;
                long cen = b.getInt(i + 12) & 0xffffffffL;
                if ((entries == 0xffff || cen == 0xffffffffL) && i >= 20 && b.getInt(i - 20) == 0x07064b50) {
                    long at64 = b.getLong(i - 20 + 8);
                    if (at64 >= 0 && at64 <= size - 56) {
                        ByteBuffer z = read(ch, at64, 56);
                        if (z.getInt(0) == 0x06064b50) {
                            entries = z.getLong(32);
                            cen = z.getLong(40);
                        }
                    }
                }
                if (entries < 0 || entries > limits.maxEntries()) {
                    return Optional.of(problem(UnitProblemCode.TOO_MANY_ENTRIES, at,
                            String.valueOf(limits.maxEntries())));
                }
                if (cen < 0 || cen > limits.maxEntries() * CEN_BYTES_PER_ENTRY) {
                    return Optional.of(problem(UnitProblemCode.ARCHIVE_MALFORMED, at, "central directory of " + cen
                            + " bytes (at most " + CEN_BYTES_PER_ENTRY + " per entry)"));
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static ByteBuffer read(SeekableByteChannel ch, long position, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        ch.position(position);
        while (b.hasRemaining()) {
            if (ch.read(b) < 0) {
                throw new EOFException();
            }
        }
        b.flip();
        return b;
    }

    private static UnitProblem problem(UnitProblemCode code, String location, String detail) {
        return new UnitProblem(code, code.severity(), location, null, detail == null ? null : Phrase.literal(detail));
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String fileName(Path path) {
        Path n = path.getFileName();
        return n == null ? path.toString() : n.toString();
    }
}
