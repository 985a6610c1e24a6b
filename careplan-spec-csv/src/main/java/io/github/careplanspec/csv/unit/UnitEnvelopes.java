package io.github.careplanspec.csv.unit;

import io.github.careplanspec.csv.envelope.EnvelopeException;
import io.github.careplanspec.csv.envelope.NamedContent;
import io.github.careplanspec.csv.envelope.Opener;
import io.github.careplanspec.csv.envelope.Sealer;
import io.github.careplanspec.model.catalog.Phrase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Seals a {@link TransmissionUnit} as one envelope ({@link Sealer#sealUnit(List)}, the CPUNIT container) and opens
 * it back, checking every name with {@link io.github.careplanspec.model.name.InterfaceFileName} and every image's
 * JPEG magic bytes:
 *
 * <pre>{@code
 * byte[] sealed = UnitEnvelopes.seal(unit, sealer);
 * TransmissionUnit back = UnitEnvelopes.open(sealed, opener);
 * }</pre>
 */
public final class UnitEnvelopes {
    private UnitEnvelopes() {
    }

    /**
     * Seals a unit in memory.
     *
     * @param unit the unit
     * @param sealer the sealer (recipients)
     * @return the envelope
     * @throws IOException if a file-backed file cannot be read
     * @throws EnvelopeException if sealing is refused
     */
    public static byte[] seal(TransmissionUnit unit, Sealer sealer) throws IOException, EnvelopeException {
        return sealer.sealUnit(named(unit));
    }

    /**
     * Seals a unit to a file, published atomically.
     *
     * @param unit the unit
     * @param sealer the sealer
     * @param target the envelope file to create (must not exist)
     * @throws IOException if reading or writing fails or {@code target} exists
     * @throws EnvelopeException if sealing is refused
     */
    public static void seal(TransmissionUnit unit, Sealer sealer, Path target) throws IOException, EnvelopeException {
        sealer.sealUnit(named(unit), target);
    }

    /**
     * Opens a sealed unit: all its files must be interface files of one unit (no attachments, valid names, JPEG
     * images). The unit's combination (R21) is not judged here: see {@link TransmissionUnit#check()}.
     *
     * @param envelope the envelope
     * @param opener the opener (identity)
     * @return the unit
     * @throws EnvelopeException if the envelope is refused
     * @throws InvalidUnitException if the files are not one unit of interface files
     */
    public static TransmissionUnit open(byte[] envelope, Opener opener)
            throws EnvelopeException, InvalidUnitException {
        ReceivedUnits r = openAll(envelope, opener);
        List<UnitProblem> refusals = new ArrayList<>();
        for (UnitProblem p : r.problems()) {
            if (p.isError() && p.code() != UnitProblemCode.INCOMPLETE_UNIT && p.code() != UnitProblemCode.MISSING_PARENT
                    && p.code() != UnitProblemCode.INVALID_COMBINATION && p.code() != UnitProblemCode.MONTH_MISMATCH
                    && p.code() != UnitProblemCode.DUPLICATE_KIND) {
                refusals.add(p);
            }
        }
        for (Attachment a : r.attachments()) {
            refusals.add(UnitProblem.of(UnitProblemCode.INVALID_NAME, a.location(), null,
                    Phrase.of("unit.note.notInterfaceFile")));
        }
        if (refusals.isEmpty() && r.units().size() != 1) {
            refusals.add(UnitProblem.of(UnitProblemCode.INVALID_COMBINATION, null, null,
                    Phrase.of("unit.note.unitCount", r.units().size(), r.units().stream().map(u -> u.key().toString())
                            .toList())));
        }
        if (!refusals.isEmpty()) {
            throw new InvalidUnitException(refusals);
        }
        return r.units().get(0);
    }

    /**
     * Opens a sealed unit and receives its files like a folder: units, attachments and problems as data.
     *
     * @param envelope the envelope
     * @param opener the opener
     * @return what the envelope holds
     * @throws EnvelopeException if the envelope is refused
     */
    public static ReceivedUnits openAll(byte[] envelope, Opener opener) throws EnvelopeException {
        return UnitReader.defaults().read(opener.openUnit(envelope), "envelope");
    }

    private static List<NamedContent> named(TransmissionUnit unit) throws IOException {
        List<NamedContent> out = new ArrayList<>();
        for (UnitFile f : unit.files()) {
            out.add(new NamedContent(f.fileName(), f.bytes()));
        }
        return out;
    }
}
