package io.github.careplanspec.csv.unit;

import io.github.careplanspec.csv.archive.ArchiveEntry;
import io.github.careplanspec.csv.archive.ArchiveWalker;
import io.github.careplanspec.csv.archive.BoundedInputStream;
import io.github.careplanspec.csv.envelope.NamedContent;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.name.FileNameProblem;
import io.github.careplanspec.model.name.FileNameResult;
import io.github.careplanspec.model.name.InterfaceFileName;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

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
 * <p>Paths are walked by the one {@link ArchiveWalker} (a folder recursively, a ZIP by its first bytes, a single
 * file), with its unsafe-path rule and, for ZIP archives, the {@link UnitLimits}: what it refuses as a whole
 * (counts, sizes, ratio, an unreadable archive) refuses the reception ({@link ReceivedUnits#isRefused()}). Nothing
 * is held in memory: a unit's files are read when asked, a folder's from disk and a ZIP entry inflated anew from
 * the archive through the same guards. A ZIP read from a stream ({@link #readZip}) is first copied to a temporary
 * file (at most {@link UnitLimits#maxArchiveBytes()}), which {@link ReceivedUnits#close()} deletes.
 *
 * <p>Immutable and thread-safe; each read is independent.
 */
public final class UnitReader {
    private static final List<FileKind> LONGEST_PREFIX_FIRST = List.of(FileKind.values()).stream()
            .sorted(Comparator.comparingInt((FileKind k) -> k.prefix().length()).reversed()).toList();

    private final UnitLimits limits;
    private final ArchiveWalker walker;

    private UnitReader(UnitLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.walker = ArchiveWalker.of(limits);
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
     * Reads a folder (recursively), a ZIP archive (recognised by its first bytes, whatever its name) or a single
     * received file.
     *
     * @param path the folder or file
     * @return the units, attachments and problems
     * @throws IOException if the path itself cannot be read
     */
    public ReceivedUnits read(Path path) throws IOException {
        Reception r = new Reception(path.toString(), null);
        walker.walk(path, r);
        return r.finish();
    }

    /**
     * Reads a ZIP archive from a stream (not closed): the stream is copied to a temporary file (owner-only, at most
     * {@link UnitLimits#maxArchiveBytes()}; a longer stream is refused), which is then read as {@link #read(Path)}
     * reads an archive. Close the result to delete the copy (a cleaner deletes it once the result and its files are
     * unreachable).
     *
     * @param zip the archive's bytes
     * @param source what to call it in {@link ReceivedUnits#source()}
     * @return the units, attachments and problems
     * @throws IOException if the stream or the temporary file fails (a malformed archive is a problem)
     */
    public ReceivedUnits readZip(InputStream zip, String source) throws IOException {
        Spill spill = Spill.create();
        boolean kept = false;
        try {
            Reception r = new Reception(source, spill);
            try (OutputStream out = Files.newOutputStream(spill.path());
                    InputStream in = BoundedInputStream.keepingOpen(zip, limits.maxArchiveBytes(), "archive")) {
                in.transferTo(out);
            } catch (BoundedInputStream.Exceeded e) {
                r.refused(UnitProblem.of(UnitProblemCode.TOTAL_TOO_LARGE, null, null,
                        String.valueOf(limits.maxArchiveBytes())));
                return r.finish();
            }
            if (!ArchiveWalker.isZip(spill.path())) {
                r.refused(UnitProblem.of(UnitProblemCode.ARCHIVE_MALFORMED, null, null, "no ZIP signature"));
                return r.finish();
            }
            walker.walk(spill.path(), r);
            ReceivedUnits received = r.finish();
            kept = !received.units().isEmpty() || !received.attachments().isEmpty();
            return received;
        } finally {
            if (!kept) {
                spill.close();
            }
        }
    }

    /**
     * Groups named files already in memory, e.g. those of an opened envelope.
     *
     * @param files the files
     * @param source what to call them in {@link ReceivedUnits#source()}
     * @return the units, attachments and problems
     */
    public ReceivedUnits read(List<NamedContent> files, String source) {
        Reception r = new Reception(source, null);
        if (files.size() > limits.maxFiles()) {
            r.refused(UnitProblem.of(UnitProblemCode.TOO_MANY_FILES, null, null, String.valueOf(limits.maxFiles())));
            return r.finish();
        }
        for (NamedContent f : files) {
            Content content = Content.of(f.content());
            if (ArchiveWalker.isArchiveName(f.fileName())) {
                r.problem(UnitProblem.of(UnitProblemCode.NESTED_ARCHIVE, f.fileName(), null, f.fileName()));
                r.attachments.add(new Attachment(f.fileName(), f.fileName(), content));
            } else {
                r.add(f.fileName(), f.fileName(), content, content.headOfMemory(UnitFile.JPEG_MAGIC.length));
            }
        }
        return r.finish();
    }

    /** {@link Units#isInterfaceFile}: the one rule for interface file or attachment. */
    static boolean isInterfaceFile(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".csv") || Reception.hasSpecPrefix(name);
    }

    /** One reception being collected: the walker's visitor. */
    private static final class Reception implements ArchiveWalker.Visitor {
        private final String source;
        private final Spill spill;
        private final List<UnitProblem> problems = new ArrayList<>();
        private final Map<UnitKey, List<UnitFile>> groups = new TreeMap<>();
        private final List<Attachment> attachments = new ArrayList<>();
        private final Set<String> names = new HashSet<>();
        private boolean refused;

        Reception(String source, Spill spill) {
            this.source = source;
            this.spill = spill;
        }

        @Override
        public void file(ArchiveEntry entry, InputStream in) throws IOException {
            add(entry.name(), entry.location(), Content.of(entry, spill), in.readNBytes(UnitFile.JPEG_MAGIC.length));
        }

        @Override
        public void attachment(ArchiveEntry entry) {
            attachments.add(new Attachment(entry.name(), entry.location(), Content.of(entry, spill)));
        }

        @Override
        public void problem(UnitProblem problem) {
            problems.add(problem);
        }

        @Override
        public void refused(UnitProblem problem) {
            refused = true;
            problems.add(problem);
        }

        void add(String name, String location, Content content, byte[] head) {
            if (!names.add(name.toUpperCase(Locale.ROOT))) {
                problem(UnitProblem.of(UnitProblemCode.DUPLICATE_NAME, location, null, name));
                return;
            }
            if (!isInterfaceFile(name)) {
                attachments.add(new Attachment(name, location, content));
                return;
            }
            FileNameResult parsed = InterfaceFileName.parseOrProblem(name);
            if (!parsed.isValid()) {
                FileNameProblem p = parsed.problem().orElseThrow();
                problem(UnitProblem.of(UnitProblemCode.INVALID_NAME, location, null,
                        p.phrase()));
                return;
            }
            UnitFile file = new UnitFile(parsed.name().orElseThrow(), content, location);
            UnitKey key = UnitKey.of(file.name());
            if (file.kind() == FileKind.UPKIHON_IMAGE && !UnitFile.isJpeg(head)) {
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
                return new ReceivedUnits(source, List.of(), List.of(), problems, true, null);
            }
            List<TransmissionUnit> units = new ArrayList<>();
            for (Map.Entry<UnitKey, List<UnitFile>> e : groups.entrySet()) {
                units.add(new TransmissionUnit(e.getKey(), e.getValue()));
            }
            for (TransmissionUnit u : units) {
                problems.addAll(UnitRules.check(u.key(), u.files(), units));
            }
            attachments.sort(Comparator.comparing(Attachment::location));
            return new ReceivedUnits(source, units, attachments, problems, false, spill);
        }
    }
}
