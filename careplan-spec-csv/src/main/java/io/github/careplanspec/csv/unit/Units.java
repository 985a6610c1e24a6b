package io.github.careplanspec.csv.unit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Entry points for receiving transmission units (送信単位):
 *
 * <pre>{@code
 * ReceivedUnits received = Units.open(Path.of("inbox/2024-10-01.zip"));   // or a folder
 * for (TransmissionUnit unit : received.units()) {                       // ascending ファイル連番 (R22)
 *     for (UnitFile file : unit.files()) {                               // parents before dependents
 *         ...
 *     }
 * }
 * received.attachments();                                                // Sample.pdf and the like
 * received.problems().forEach(p -> System.out.println(p.message(Locale.JAPANESE)));
 * }</pre>
 *
 * See {@link UnitReader} for what is checked and guarded.
 */
public final class Units {
    private Units() {
    }

    /**
     * Opens a folder, a ZIP archive or a single received file with the default limits.
     *
     * @param path the folder or file
     * @return the units, attachments and problems
     * @throws IOException if the path itself cannot be read
     */
    public static ReceivedUnits open(Path path) throws IOException {
        return UnitReader.defaults().read(path);
    }

    /**
     * Opens a folder, a ZIP archive or a single received file.
     *
     * @param path the folder or file
     * @param limits the guards
     * @return the units, attachments and problems
     * @throws IOException if the path itself cannot be read
     */
    public static ReceivedUnits open(Path path, UnitLimits limits) throws IOException {
        return UnitReader.withLimits(limits).read(path);
    }

    /**
     * Whether a received file is taken for an interface file (then its name must parse as an
     * {@link io.github.careplanspec.model.name.InterfaceFileName}) or for an attachment (「PDF等」, never an error):
     * an interface file's name ends with {@code .csv} (any case) or starts with a spec prefix and {@code _} (any
     * case, e.g. {@code UPKIHON_IMAGE_….jpeg}). The rule {@link #open} applies, for tools that walk files themselves.
     *
     * @param fileName the file's name, without folders
     * @return whether it is an interface file
     */
    public static boolean isInterfaceFile(String fileName) {
        return UnitReader.isInterfaceFile(fileName);
    }

    /**
     * Opens a ZIP archive from a stream (not closed) with the default limits.
     *
     * @param zip the archive
     * @return the units, attachments and problems
     * @throws IOException if the stream fails
     */
    public static ReceivedUnits openZip(InputStream zip) throws IOException {
        return UnitReader.defaults().readZip(zip, "zip stream");
    }
}
