package io.github.careplanspec.csv.unit;

import io.github.careplanspec.csv.CsvWriter;
import io.github.careplanspec.csv.ItemConversion;
import io.github.careplanspec.csv.ms932.ConversionPolicy;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.IncompleteRecordException;
import io.github.careplanspec.model.catalog.InvalidValueException;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.name.FileSequence;
import io.github.careplanspec.model.name.InterfaceFileName;
import io.github.careplanspec.model.name.MonthSegment;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * 送信単位 — a transmission unit (R21): the interface files that share one ファイル連番, one sender and one receiver
 * (the name tail, {@link UnitKey}), JPEG 家族構成 images included, in the processing order of {@link #files()}
 * (R22: parents before dependents; see {@link Units}). Immutable and thread-safe.
 *
 * <p>Sending: {@link #builder} names every file and writes its bytes with {@link CsvWriter}, one sequence for all;
 * {@link #writeTo(Path)} and {@link #writeZip(OutputStream)} hand the unit to the client application.
 *
 * <pre>{@code
 * TransmissionUnit unit = TransmissionUnit.builder(OfficeNumber.parse("1310100001"), ServiceTypeCode.parse("43"),
 *                 OfficeNumber.parse("1310100002"), ServiceTypeCode.parse("11"), FileSequence.now(clock))
 *         .add(FileKind.UPPLAN, ticketLines)
 *         .add(FileKind.UPSIKYU, annexLines)
 *         .add(FileKind.UPHOSOKU, List.of(supplement))       // month segment from No.63 対象年月
 *         .build();
 * unit.writeZip(out);
 * }</pre>
 */
public final class TransmissionUnit {
    /** The most files the client application sends at once, and so the most files of one unit. */
    public static final int MAX_FILES = 100;

    private final UnitKey key;
    private final List<UnitFile> files;

    TransmissionUnit(UnitKey key, List<UnitFile> files) {
        this.key = key;
        List<UnitFile> sorted = new ArrayList<>(files);
        sorted.sort(UnitRules.FILE_ORDER);
        this.files = List.copyOf(sorted);
    }

    /**
     * A unit of given files.
     *
     * @param files the files; they must share one name tail (sender, receiver, ファイル連番)
     * @return the unit, its files in processing order
     * @throws IllegalArgumentException if the files are empty, more than {@value #MAX_FILES}, of different units,
     *                                  or two have the same name ignoring case
     */
    public static TransmissionUnit of(Collection<UnitFile> files) {
        if (files.isEmpty()) {
            throw new InvalidValueException(IssueId.of("unit.build.noFiles"));
        }
        if (files.size() > MAX_FILES) {
            throw new InvalidValueException(IssueId.of("unit.build.tooManyFiles"), MAX_FILES, files.size());
        }
        UnitKey key = UnitKey.of(files.iterator().next().name());
        Set<String> names = new HashSet<>();
        for (UnitFile f : files) {
            if (!UnitKey.of(f.name()).equals(key)) {
                throw new InvalidValueException(IssueId.of("unit.build.otherUnit"), files.iterator().next().fileName(),
                        f.fileName());
            }
            if (!names.add(f.fileName().toUpperCase(Locale.ROOT))) {
                throw new InvalidValueException(IssueId.of("unit.build.duplicateName"), f.fileName());
            }
        }
        return new TransmissionUnit(key, List.copyOf(files));
    }

    /**
     * Starts building a unit for sending.
     *
     * @param senderOffice        送信元の事業所番号
     * @param senderServiceType   送信元のサービス種類コード
     * @param receiverOffice      送信先の事業所番号
     * @param receiverServiceType 送信先のサービス種類コード
     * @param sequence            the ファイル連番 of every file of the unit (R17, R21)
     * @return the builder
     */
    public static Builder builder(OfficeNumber senderOffice, ServiceTypeCode senderServiceType,
            OfficeNumber receiverOffice, ServiceTypeCode receiverServiceType,
            FileSequence sequence) {
        return new Builder(new UnitKey(sequence, senderOffice, senderServiceType, receiverOffice,
                receiverServiceType));
    }

    /** @return what the files share: sequence, sender, receiver */
    public UnitKey key() {
        return key;
    }

    /** @return every file, in processing order (R22) */
    public List<UnitFile> files() {
        return files;
    }

    /**
     * The files of one kind.
     *
     * @param kind the kind
     * @return its files in processing order (several only for images, or in a faulty received unit)
     */
    public List<UnitFile> files(FileKind kind) {
        return files.stream().filter(f -> f.kind() == kind).toList();
    }

    /**
     * Checks the unit against the spec's combinations (R21, P10): a 第6表 without its 第7表 or 利用者補足情報, a
     * dependent without its parent, files that form no combination, month segments that disagree, two files of one
     * kind. Images are not read here (the receiving side checks their magic bytes).
     *
     * @return the problems; empty for a unit of the spec
     */
    public List<UnitProblem> check() {
        return UnitRules.check(key, files, List.of());
    }

    /**
     * Writes the files into a directory, which is created if needed; existing files are never overwritten.
     *
     * @param directory the directory
     * @return the files written, in processing order
     * @throws IOException if writing fails or a file exists already
     */
    public List<Path> writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        for (UnitFile f : files) {
            Path target = directory.resolve(f.fileName());
            try (InputStream in = f.openStream();
                    OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                in.transferTo(out);
            }
            written.add(target);
        }
        return List.copyOf(written);
    }

    /**
     * Writes the files as a ZIP archive (entries at its root, named as the files, deflated, dated by the
     * ファイル連番 where it is a real date and time). {@code out} is not closed.
     *
     * @param out where the archive goes
     * @throws IOException if writing fails
     */
    public void writeZip(OutputStream out) throws IOException {
        LocalDateTime time = key.sequence().dateTime().orElse(LocalDateTime.of(1980, 1, 1, 0, 0));
        try (ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        })) {
            for (UnitFile f : files) {
                ZipEntry e = new ZipEntry(f.fileName());
                e.setTimeLocal(time);
                zip.putNextEntry(e);
                try (InputStream in = f.openStream()) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
    }

    @Override
    public String toString() {
        return "TransmissionUnit[" + key + ", " + files.stream().map(f -> f.kind().prefix()).toList() + "]";
    }

    /**
     * Builds a unit for sending: records per kind and JPEG images, one ファイル連番 for all. Names come from the
     * unit's sender, receiver and sequence and, for kinds with a month segment (R16), from the records: No.5
     * 対象年月 (UPPLAN, UPJSK, UPSIKYU), No.4 削除対象年月 (DLTPLAN, DLTJSK), No.63 対象年月 (UPHOSOKU: {@code 000000}
     * when linked to the plan, R37). Not thread-safe.
     */
    public static final class Builder {
        private final UnitKey key;
        private final Map<FileKind, List<Record>> records = new EnumMap<>(FileKind.class);
        private final Map<Integer, byte[]> images = new TreeMap<>();
        private ConversionPolicy policy = ConversionPolicy.convertOrRefuse();
        private Consumer<ItemConversion> listener = c -> { };

        private Builder(UnitKey key) {
            this.key = key;
        }

        /**
         * Adds records of a kind; adding the same kind again appends to its file (one file per kind, R19).
         *
         * @param kind a CSV kind
         * @param rows the records, of the kind's record type ({@link Catalog#recordType(FileKind)})
         * @return this builder
         * @throws IllegalArgumentException if the kind is the image, the list is empty, or a record is of another type
         */
        public Builder add(FileKind kind, List<? extends Record> rows) {
            Objects.requireNonNull(kind, "kind");
            Class<? extends Record> type = Catalog.recordType(kind).orElseThrow(
                    () -> new IllegalArgumentException(kind + " has no records; use image(branch, jpeg)"));
            if (rows.isEmpty()) {
                throw new InvalidValueException(IssueId.of("unit.build.noRecords"), kind);
            }
            for (Record r : rows) {
                if (!type.isInstance(r)) {
                    throw new IllegalArgumentException(kind + " takes " + type.getSimpleName() + ", not "
                            + (r == null ? "null" : r.getClass().getSimpleName()));
                }
            }
            records.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(rows);
            return this;
        }

        /**
         * Adds a 家族構成 image ({@code UPKIHON_IMAGE_…_{枝番}.jpg}).
         *
         * @param branch the 枝番, 0–9999 (UPKIHON No.62 names the file)
         * @param jpeg the JPEG bytes (copied)
         * @return this builder
         * @throws IllegalArgumentException if the bytes do not start with {@code FF D8 FF}, the branch is outside
         *                                  0–9999 or already used
         */
        public Builder image(int branch, byte[] jpeg) {
            if (branch < 0 || branch > 9999) {
                throw new InvalidValueException(IssueId.of("unit.build.branch"), branch);
            }
            if (!UnitFile.isJpeg(jpeg)) {
                throw new InvalidValueException(IssueId.of("unit.build.notJpeg"), branch);
            }
            if (images.putIfAbsent(branch, jpeg.clone()) != null) {
                throw new InvalidValueException(IssueId.of("unit.build.branchTwice"), branch);
            }
            return this;
        }

        /**
         * Sets what the writers do with text MS932 cannot hold (default {@link ConversionPolicy#convertOrRefuse()}).
         *
         * @param value the policy
         * @param conversions receives every conversion made
         * @return this builder
         */
        public Builder conversion(ConversionPolicy value, Consumer<ItemConversion> conversions) {
            this.policy = Objects.requireNonNull(value, "value");
            this.listener = Objects.requireNonNull(conversions, "conversions");
            return this;
        }

        /**
         * Names and writes every file.
         *
         * @return the unit
         * @throws io.github.careplanspec.csv.CsvWriteException if the conversion policy refused some text
         * @throws IOException never for in-memory writing, declared by the writers
         * @throws IllegalArgumentException if records of a kind with a month segment span several months (R20), or
         *                                  a UPHOSOKU mixes plan-linked and month-linked records (R37)
         * @throws IllegalStateException if the files do not form a unit of the spec ({@link #check()} errors, R21)
         *                               or are more than {@value #MAX_FILES}
         */
        public TransmissionUnit build() throws IOException {
            List<UnitFile> out = new ArrayList<>();
            for (Map.Entry<FileKind, List<Record>> e : records.entrySet()) {
                FileKind kind = e.getKey();
                InterfaceFileName.Builder name = InterfaceFileName.builder(kind)
                        .sender(key.senderOffice(), key.senderServiceType())
                        .receiver(key.receiverOffice(), key.receiverServiceType())
                        .sequence(key.sequence());
                if (kind.hasMonthSegment()) {
                    name.month(monthOf(kind, e.getValue()));
                }
                out.add(new UnitFile(name.build(), Content.of(write(kind, e.getValue()))));
            }
            for (Map.Entry<Integer, byte[]> e : images.entrySet()) {
                out.add(new UnitFile(InterfaceFileName.image(key.senderOffice(), key.senderServiceType(),
                        key.receiverOffice(), key.receiverServiceType(), key.sequence(), e.getKey()),
                        Content.of(e.getValue().clone())));
            }
            if (out.isEmpty()) {
                throw new IncompleteRecordException(IssueId.of("unit.build.noFiles"));
            }
            if (out.size() > MAX_FILES) {
                throw new IncompleteRecordException(IssueId.of("unit.build.tooManyFiles"), MAX_FILES, out.size());
            }
            TransmissionUnit unit = new TransmissionUnit(key, out);
            List<UnitProblem> errors = unit.check().stream().filter(UnitProblem::isError).toList();
            if (!errors.isEmpty()) {
                throw new UnitBuildException(errors);
            }
            return unit;
        }

        private byte[] write(FileKind kind, List<Record> rows) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (CsvWriter<? extends Record> w = CsvWriter.open(kind, bytes, policy, listener)) {
                for (Record r : rows) {
                    writeOne(w, r);
                }
            }
            return bytes.toByteArray();
        }

        @SuppressWarnings("unchecked")
        private static <R extends Record> void writeOne(CsvWriter<R> w, Record r) throws IOException {
            w.write((R) r);
        }

        /** The month segment from the records (R16, R20, R37). */
        private static MonthSegment monthOf(FileKind kind, List<Record> rows) {
            int no = kind.monthNo().orElseThrow(); // called for the kinds with a month segment (R16)
            Set<String> months = new java.util.TreeSet<>();
            for (Record r : rows) {
                months.add(itemText(r, no));
            }
            if (months.size() != 1) {
                throw new InvalidValueException(IssueId.of("unit.build.oneMonth"), kind, no, months);
            }
            String m = months.iterator().next();
            try {
                return MonthSegment.parse(m);
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(kind + ": No." + no + " is not a month YYYYMM: '" + m + "'", ex);
            }
        }

        @SuppressWarnings("unchecked")
        private static <R extends Record> String itemText(Record r, int no) {
            return RecordLayout.of((Class<R>) r.getClass()).format((R) r)[no - 1];
        }
    }
}
