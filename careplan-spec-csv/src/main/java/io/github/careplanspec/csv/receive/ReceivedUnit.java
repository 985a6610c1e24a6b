package io.github.careplanspec.csv.receive;

import io.github.careplanspec.csv.CsvItem;
import io.github.careplanspec.csv.CsvProblem;
import io.github.careplanspec.csv.CsvReader;
import io.github.careplanspec.csv.ReadOptions;
import io.github.careplanspec.csv.unit.TransmissionUnit;
import io.github.careplanspec.csv.unit.UnitFile;
import io.github.careplanspec.csv.unit.UnitKey;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.name.FileSequence;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A received transmission unit (送信単位, R21, P10) as the receiving processor needs it: its identity, its records
 * per file kind (already read) and its 家族構成 images. How the files were read and checked is not its concern.
 *
 * @param id the ファイル連番, sender and receiver
 * @param records per CSV kind, the records in file order
 * @param images the UPKIHON_IMAGE files of the unit
 */
public record ReceivedUnit(UnitId id, Map<FileKind, List<Record>> records, List<ImageFile> images) {
    /**
     * Checks and copies.
     *
     * @param id the identity
     * @param records per CSV kind, the records; each record must be of the kind's catalog type
     * @param images the images
     * @throws IllegalArgumentException if a kind is the image kind or a record is not of its kind's type
     */
    public ReceivedUnit {
        Objects.requireNonNull(id, "id");
        Map<FileKind, List<Record>> m = new EnumMap<>(FileKind.class);
        for (Map.Entry<FileKind, List<Record>> e : records.entrySet()) {
            FileKind kind = e.getKey();
            if (!kind.isCsv()) {
                throw new IllegalArgumentException(kind + " is not a CSV kind; pass images as images");
            }
            Optional<Class<? extends Record>> type = Catalog.recordType(kind);
            for (Record r : e.getValue()) {
                if (type.isPresent() && !type.get().isInstance(r)) {
                    throw new IllegalArgumentException(kind + " holds " + type.get().getSimpleName()
                            + " records, not " + r.getClass().getSimpleName());
                }
            }
            if (!e.getValue().isEmpty()) {
                m.put(kind, List.copyOf(e.getValue()));
            }
        }
        records = Collections.unmodifiableMap(m);
        images = List.copyOf(images);
    }

    /**
     * A unit from its parts.
     *
     * @param sequence the ファイル連番
     * @param sender the 送信元
     * @param receiver the 送信先
     * @param records per CSV kind, the records in file order
     * @param images the images
     * @return the unit
     */
    public static ReceivedUnit of(FileSequence sequence, Party sender, Party receiver,
            Map<FileKind, ? extends List<? extends Record>> records, List<ImageFile> images) {
        Map<FileKind, List<Record>> m = new EnumMap<>(FileKind.class);
        records.forEach((k, v) -> m.put(k, List.copyOf(v)));
        return new ReceivedUnit(new UnitId(sequence, sender, receiver), m, images);
    }

    /**
     * Reads a transmission unit (送信単位) as it was sent or received ({@code csv.unit}) into a unit for the
     * processor: every CSV file through {@link CsvReader} in strict mode (what the spec says), each 家族構成 image as
     * an {@link ImageFile} under its file name. Files of one kind are concatenated in the unit's processing order.
     * The bytes are read once; the unit is not checked against the combinations of R21 ({@link
     * TransmissionUnit#check()}) nor validated.
     *
     * @param unit the unit
     * @return the unit with its records and images
     * @throws IOException if a file's bytes cannot be read
     * @throws UnreadableUnitException if the strict reader finds an error in some file (nothing is returned then:
     *                                 a unit with a record lost could delete data when applied)
     */
    public static ReceivedUnit from(TransmissionUnit unit) throws IOException, UnreadableUnitException {
        Reading reading = reading(unit);
        for (UnitFile f : unit.files()) {
            if (f.kind().isCsv()) {
                reading.read(f);
            }
        }
        return reading.finish();
    }

    /**
     * Starts taking a unit's records from a pass made elsewhere — typically the validation of the same files
     * ({@code UnitValidator}), so that each CSV file is read, decoded, tokenized and typed once: hand every item of
     * the strict reader of each CSV file to {@link Reading#accept}, then {@link Reading#finish()}. The result equals
     * {@link #from(TransmissionUnit)}'s.
     *
     * @param unit the unit whose files will be read
     * @return the collector; used by one thread
     */
    public static Reading reading(TransmissionUnit unit) {
        return new Reading(unit);
    }

    /**
     * The records of a unit as its files are read: every item of each CSV file's strict reader ({@link
     * ReadOptions#strict()}), in the unit's file order. Holds the unit's typed records in memory until {@link
     * #finish()} (a unit is at most {@value TransmissionUnit#MAX_FILES} files; ZIPs are bounded by {@code
     * UnitLimits}). Not thread-safe.
     */
    public static final class Reading {
        private final TransmissionUnit unit;
        private final Map<FileKind, List<Record>> records = new EnumMap<>(FileKind.class);
        private final List<Map.Entry<String, CsvProblem>> problems = new ArrayList<>();

        private Reading(TransmissionUnit unit) {
            this.unit = Objects.requireNonNull(unit, "unit");
        }

        /**
         * Takes one item of a CSV file of the unit, as the strict reader yielded it: its errors make the unit
         * unreadable, its typed record is kept.
         *
         * @param file the CSV file of the unit the item was read from
         * @param item the item, in the file's order
         */
        public void accept(UnitFile file, CsvItem<? extends Record> item) {
            List<Record> rows = records.computeIfAbsent(file.kind(), x -> new ArrayList<>());
            for (CsvProblem p : item.problems()) {
                if (p.isError()) {
                    problems.add(Map.entry(file.fileName(), p));
                }
            }
            if (!item.isFileLevel() && item.isOk()) {
                rows.add(item.value());
            }
        }

        /**
         * Reads one CSV file of the unit itself, through the strict reader, into {@link #accept}.
         *
         * @param file the file
         * @throws IOException if its bytes cannot be read
         */
        public void read(UnitFile file) throws IOException {
            try (CsvReader<? extends Record> reader = file.reader(ReadOptions.strict())) {
                while (reader.hasNext()) {
                    accept(file, reader.next());
                }
            }
        }

        /**
         * The unit: the records taken, the 家族構成 images read from the unit's files.
         *
         * @return the unit with its records and images
         * @throws IOException if an image's bytes cannot be read
         * @throws UnreadableUnitException if the strict reader found an error in some file (nothing is returned
         *                                 then: a unit with a record lost could delete data when applied)
         */
        public ReceivedUnit finish() throws IOException, UnreadableUnitException {
            UnitKey k = unit.key();
            List<ImageFile> images = new ArrayList<>();
            for (UnitFile f : unit.files()) {
                if (!f.kind().isCsv()) {
                    images.add(new ImageFile(f.fileName(), f.bytes()));
                }
            }
            if (!problems.isEmpty()) {
                throw new UnreadableUnitException(k.toString(), problems);
            }
            return new ReceivedUnit(new UnitId(k.sequence(), new Party(k.senderOffice(), k.senderServiceType()),
                    new Party(k.receiverOffice(), k.receiverServiceType())), records, images);
        }
    }

    /** @return the ファイル連番 */
    public FileSequence sequence() {
        return id.sequence();
    }

    /**
     * The records of one kind.
     *
     * @param kind the kind
     * @return the records, possibly empty
     */
    public List<Record> records(FileKind kind) {
        return records.getOrDefault(kind, List.of());
    }
}
