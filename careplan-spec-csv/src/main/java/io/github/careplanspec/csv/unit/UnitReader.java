package io.github.careplanspec.csv.unit;

import io.github.careplanspec.csv.envelope.NamedContent;
import io.github.careplanspec.csv.ms932.Ms932;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.name.FileNameProblem;
import io.github.careplanspec.model.name.FileNameResult;
import io.github.careplanspec.model.name.InterfaceFileName;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Receives interface files — a folder, a ZIP archive, a single file or the files of an opened envelope — and groups
 * them into {@link TransmissionUnit}s by ファイル連番, sender and receiver (R21), handed out in processing order
 * (R22). What does not fit is reported as {@link UnitProblem}s, never thrown: a {@code .CSV} whose name matches no
 * pattern, an image that is not JPEG, a dependent without its parent or with another name tail (P3), a 第6表 without
 * its 第7表 or 利用者補足情報. Files that are not interface files (「PDF等」: {@code Sample.pdf}, any attachment,
 * a nested archive — never opened) are listed as {@link Attachment}s beside the units.
 *
 * <p>A file is taken for an interface file when its name ends with {@code .csv} (any case) or starts with a spec
 * prefix and {@code _} (any case, e.g. {@code UPKIHON_IMAGE_….jpeg}); it must then parse as an
 * {@link InterfaceFileName}. Everything else is an attachment.
 *
 * <p>Guards ({@link UnitLimits}): ZIP entry paths that are absolute, climb with {@code ..}, carry a drive letter,
 * a backslash, a {@code :} or a control character are not read; every entry is inflated through a counter that
 * stops at the entry and total caps and at a suspicious compression ratio, never trusting the sizes in the
 * headers; more entries or files than allowed stop the reading. Those that could hide or exhaust (counts, sizes,
 * ratio, an unreadable archive) refuse the reception as a whole ({@link ReceivedUnits#isRefused()}). Entry names
 * without the UTF-8 flag are read as MS932 (Windows archives). A folder is read one level deep (subfolders are
 * reported and skipped; symbolic links are not followed); its files are read lazily.
 *
 * <p>Immutable and thread-safe; each read is independent.
 */
public final class UnitReader {
    private static final List<String> ARCHIVE_EXTENSIONS = List.of(".zip", ".lzh", ".lha", ".7z", ".rar", ".gz",
            ".tgz", ".tar", ".bz2", ".xz", ".cab", ".jar", ".p7m");
    private static final List<FileKind> LONGEST_PREFIX_FIRST = List.of(FileKind.values()).stream()
            .sorted(Comparator.comparingInt((FileKind k) -> k.prefix().length()).reversed()).toList();

    private final UnitLimits limits;

    private UnitReader(UnitLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** @return a reader with {@link UnitLimits#defaults()} */
    public static UnitReader defaults() {
        return new UnitReader(UnitLimits.defaults());
    }

    /**
     * A reader with given limits.
     *
     * @param limits the guards
     * @return the reader
     */
    public static UnitReader withLimits(UnitLimits limits) {
        return new UnitReader(limits);
    }

    /** @return the guards */
    public UnitLimits limits() {
        return limits;
    }

    /**
     * Reads a folder, a ZIP archive (recognised by its first bytes, whatever its name) or a single received file.
     *
     * @param path the folder or file
     * @return the units, attachments and problems
     * @throws IOException if the path itself cannot be read
     */
    public ReceivedUnits read(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return readFolder(path);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            in.mark(4);
            byte[] head = in.readNBytes(4);
            in.reset();
            if (isZip(head)) {
                return readZip(in, path.toString());
            }
        }
        Reception r = new Reception(path.toString());
        long size = Files.size(path);
        if (size > limits.maxEntryBytes()) {
            r.fatal(UnitProblemCode.ENTRY_TOO_LARGE, path.getFileName().toString(), String.valueOf(limits.maxEntryBytes()));
        } else {
            r.add(path.getFileName().toString(), path.getFileName().toString(), Content.of(path, size));
        }
        return r.finish();
    }

    /**
     * Reads a ZIP archive from a stream (not closed).
     *
     * @param zip the archive's bytes
     * @param source what to call it in {@link ReceivedUnits#source()}
     * @return the units, attachments and problems
     * @throws IOException if the stream fails (a malformed archive is a problem, not an exception)
     */
    public ReceivedUnits readZip(InputStream zip, String source) throws IOException {
        Reception r = new Reception(source);
        CountingInputStream raw = new CountingInputStream(zip.markSupported() ? zip : new BufferedInputStream(zip));
        raw.mark(4);
        byte[] head = raw.readNBytes(4);
        raw.reset();
        raw.count = 0;
        if (!isZip(head)) {
            r.fatal(UnitProblemCode.ARCHIVE_MALFORMED, null, "no ZIP signature / ZIP の署名がない");
            return r.finish();
        }
        ZipInputStream in = new ZipInputStream(raw, Ms932.CHARSET);
        int entries = 0;
        int files = 0;
        long total = 0;
        byte[] buf = new byte[8192];
        try {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries++;
                if (entries > limits.maxEntries()) {
                    r.fatal(UnitProblemCode.TOO_MANY_ENTRIES, null, String.valueOf(limits.maxEntries()));
                    break;
                }
                String location = e.getName();
                String unsafe = unsafePath(location);
                if (e.isDirectory()) {
                    if (unsafe != null) {
                        r.problem(UnitProblemCode.UNSAFE_PATH, location, unsafe);
                    }
                    continue;
                }
                files++;
                if (files > limits.maxFiles()) {
                    r.fatal(UnitProblemCode.TOO_MANY_FILES, null, String.valueOf(limits.maxFiles()));
                    break;
                }
                if (unsafe != null) {
                    r.problem(UnitProblemCode.UNSAFE_PATH, location, unsafe);
                }
                // every entry is drained through the caps, even one that is not kept (closeEntry would inflate it)
                ByteArrayOutputStream kept = unsafe == null ? new ByteArrayOutputStream() : null;
                long entryBytes = 0;
                long rawStart = raw.count;
                int n;
                boolean stop = false;
                while ((n = in.read(buf)) > 0) {
                    entryBytes += n;
                    total += n;
                    if (entryBytes > limits.maxEntryBytes()) {
                        r.fatal(UnitProblemCode.ENTRY_TOO_LARGE, location, String.valueOf(limits.maxEntryBytes()));
                        stop = true;
                        break;
                    }
                    if (total > limits.maxTotalBytes()) {
                        r.fatal(UnitProblemCode.TOTAL_TOO_LARGE, location, String.valueOf(limits.maxTotalBytes()));
                        stop = true;
                        break;
                    }
                    if (entryBytes >= limits.ratioFloorBytes()) {
                        long compressed = Math.max(1, raw.count - rawStart);
                        if (entryBytes / compressed > limits.maxRatio()) {
                            r.fatal(UnitProblemCode.COMPRESSION_RATIO, location, entryBytes + " bytes from about "
                                    + compressed + " (> " + limits.maxRatio() + ":1)");
                            stop = true;
                            break;
                        }
                    }
                    if (kept != null) {
                        kept.write(buf, 0, n);
                    }
                }
                if (stop) {
                    break;
                }
                if (kept != null) {
                    String base = location.substring(location.lastIndexOf('/') + 1);
                    r.add(base, location, Content.of(kept.toByteArray()));
                }
            }
        } catch (ZipException | EOFException | IllegalArgumentException e) {
            // a malformed or truncated archive, or an entry name that is neither UTF-8 (flagged) nor MS932
            r.fatal(UnitProblemCode.ARCHIVE_MALFORMED, null, String.valueOf(e.getMessage()));
        }
        return r.finish();
    }

    /**
     * Groups named files already in memory, e.g. those of an opened envelope.
     *
     * @param files the files
     * @param source what to call them in {@link ReceivedUnits#source()}
     * @return the units, attachments and problems
     */
    public ReceivedUnits read(List<NamedContent> files, String source) {
        Reception r = new Reception(source);
        if (files.size() > limits.maxFiles()) {
            r.fatal(UnitProblemCode.TOO_MANY_FILES, null, String.valueOf(limits.maxFiles()));
            return r.finish();
        }
        try {
            for (NamedContent f : files) {
                r.add(f.fileName(), f.fileName(), Content.of(f.content()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("in-memory content cannot fail", e);
        }
        return r.finish();
    }

    private ReceivedUnits readFolder(Path dir) throws IOException {
        Reception r = new Reception(dir.toString());
        List<Path> listed = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (listed.size() >= limits.maxEntries()) {
                    r.fatal(UnitProblemCode.TOO_MANY_ENTRIES, null, String.valueOf(limits.maxEntries()));
                    return r.finish();
                }
                listed.add(p);
            }
        }
        listed.sort(Comparator.comparing(p -> p.getFileName().toString()));
        int files = 0;
        long total = 0;
        for (Path p : listed) {
            String name = p.getFileName().toString();
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isSymbolicLink() || a.isOther()) {
                r.problem(UnitProblemCode.NOT_REGULAR_FILE, name, a.isSymbolicLink() ? "symbolic link" : "other");
                continue;
            }
            if (a.isDirectory()) {
                r.problem(UnitProblemCode.SUBFOLDER_SKIPPED, name, name + "/");
                continue;
            }
            files++;
            if (files > limits.maxFiles()) {
                r.fatal(UnitProblemCode.TOO_MANY_FILES, null, String.valueOf(limits.maxFiles()));
                break;
            }
            total += a.size();
            if (a.size() > limits.maxEntryBytes()) {
                r.fatal(UnitProblemCode.ENTRY_TOO_LARGE, name, String.valueOf(limits.maxEntryBytes()));
                break;
            }
            if (total > limits.maxTotalBytes()) {
                r.fatal(UnitProblemCode.TOTAL_TOO_LARGE, name, String.valueOf(limits.maxTotalBytes()));
                break;
            }
            r.add(name, name, Content.of(p, a.size()));
        }
        return r.finish();
    }

    private static boolean isZip(byte[] head) {
        return head.length == 4 && head[0] == 'P' && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
    }

    /**
     * Why an archive entry path is unsafe, or {@code null}.
     *
     * @param name the entry path
     * @return the reason, or {@code null} for a safe relative path
     */
    static String unsafePath(String name) {
        if (name.isEmpty()) {
            return "empty name";
        }
        if (name.indexOf('\\') >= 0) {
            return "backslash in '" + name + "'";
        }
        if (name.startsWith("/")) {
            return "absolute path '" + name + "'";
        }
        if (name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) {
            return "drive letter in '" + name + "'";
        }
        if (name.indexOf(':') >= 0) {
            return "':' in '" + name + "'";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return "control character in '" + name.replaceAll("\\p{Cntrl}", "?") + "'";
            }
        }
        for (String seg : name.split("/", -1)) {
            if (seg.equals("..")) {
                return "'..' in '" + name + "'";
            }
        }
        return null;
    }

    /** Counts the bytes read from the raw (compressed) archive. */
    /** {@link Units#isInterfaceFile}: the one rule for interface file or attachment. */
    static boolean isInterfaceFile(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".csv") || Reception.hasSpecPrefix(name);
    }

    private static final class CountingInputStream extends FilterInputStream {
        long count;
        private long marked;

        CountingInputStream(InputStream in) {
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
            long s = super.skip(n);
            count += s;
            return s;
        }

        @Override
        public synchronized void mark(int readlimit) {
            super.mark(readlimit);
            marked = count;
        }

        @Override
        public synchronized void reset() throws IOException {
            super.reset();
            count = marked;
        }
    }

    /** One reception being collected. */
    private static final class Reception {
        private final String source;
        private final List<UnitProblem> problems = new ArrayList<>();
        private final Map<UnitKey, List<UnitFile>> groups = new TreeMap<>();
        private final List<Attachment> attachments = new ArrayList<>();
        private final Set<String> names = new HashSet<>();
        private boolean refused;

        Reception(String source) {
            this.source = source;
        }

        void problem(UnitProblemCode code, String location, String detail) {
            problems.add(UnitProblem.of(code, location, null, detail));
        }

        void fatal(UnitProblemCode code, String location, String detail) {
            refused = true;
            problem(code, location, detail);
        }

        void add(String name, String location, Content content) throws IOException {
            if (!names.add(name.toUpperCase(Locale.ROOT))) {
                problem(UnitProblemCode.DUPLICATE_NAME, location, name);
                return;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (ARCHIVE_EXTENSIONS.stream().anyMatch(lower::endsWith)) {
                problem(UnitProblemCode.NESTED_ARCHIVE, location, name);
                attachments.add(new Attachment(name, location, content));
                return;
            }
            if (!isInterfaceFile(name)) {
                attachments.add(new Attachment(name, location, content));
                return;
            }
            FileNameResult parsed = InterfaceFileName.parseOrProblem(name);
            if (!parsed.isValid()) {
                FileNameProblem p = parsed.problem().orElseThrow();
                problem(UnitProblemCode.INVALID_NAME, location, p.part().labelJa() + ": " + p.messageJa() + " / "
                        + p.part().labelEn() + ": " + p.messageEn());
                return;
            }
            UnitFile file = new UnitFile(parsed.name().orElseThrow(), content);
            UnitKey key = UnitKey.of(file.name());
            if (file.kind() == FileKind.UPKIHON_IMAGE && !file.looksJpeg()) {
                problems.add(UnitProblem.of(UnitProblemCode.NOT_JPEG, location, key, name));
                return;
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(file);
        }

        private static boolean hasSpecPrefix(String name) {
            String upper = name.toUpperCase(Locale.ROOT);
            for (FileKind k : LONGEST_PREFIX_FIRST) {
                if (upper.startsWith(k.prefix() + "_")) {
                    return true;
                }
            }
            return false;
        }

        ReceivedUnits finish() {
            if (refused) {
                return new ReceivedUnits(source, List.of(), List.of(), problems, true);
            }
            List<TransmissionUnit> units = new ArrayList<>();
            for (Map.Entry<UnitKey, List<UnitFile>> e : groups.entrySet()) {
                units.add(new TransmissionUnit(e.getKey(), e.getValue()));
            }
            for (TransmissionUnit u : units) {
                problems.addAll(UnitRules.check(u.key(), u.files(), units));
            }
            attachments.sort(Comparator.comparing(Attachment::location));
            return new ReceivedUnits(source, units, attachments, problems, false);
        }
    }
}
