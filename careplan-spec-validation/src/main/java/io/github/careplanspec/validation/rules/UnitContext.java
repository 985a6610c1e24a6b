package io.github.careplanspec.validation.rules;

import java.util.List;
import java.util.Objects;

/**
 * What a unit rule sees: the files of one transmission unit (送信単位, R21) with their records in memory (units
 * are small; the files of one 14-digit ファイル連番).
 *
 * @param sequence the ファイル連番 shared by the files
 * @param files the files of the unit
 */
public record UnitContext(String sequence, List<UnitFile> files) {
    /**
     * Checks and copies.
     *
     * @param sequence the sequence
     * @param files the files
     */
    public UnitContext {
        Objects.requireNonNull(sequence, "sequence");
        files = List.copyOf(files);
    }

    /**
     * One file of a unit.
     *
     * @param file the file
     * @param records the file's records, in file order
     */
    public record UnitFile(FileContext file, List<RecordContext<?>> records) {
        /**
         * Checks and copies.
         *
         * @param file the file
         * @param records the records
         */
        public UnitFile {
            Objects.requireNonNull(file, "file");
            records = List.copyOf(records);
        }
    }
}
