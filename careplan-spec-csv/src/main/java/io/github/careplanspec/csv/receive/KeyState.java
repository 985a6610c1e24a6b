package io.github.careplanspec.csv.receive;

import io.github.careplanspec.model.name.FileSequence;
import java.util.Objects;

/**
 * What the receiver last applied for a key: the ファイル連番 of the unit and whether the family is now held
 * (registered) or not (deleted). Kept for deletions too, so that an older registration arriving after a newer
 * deletion is recognised as superseded.
 *
 * @param sequence the ファイル連番 of the last applied change of the key
 * @param present whether that change registered (true) or deleted (false) the family
 */
public record KeyState(FileSequence sequence, boolean present) {
    /**
     * Checks.
     *
     * @param sequence the ファイル連番
     * @param present held or deleted
     */
    public KeyState {
        Objects.requireNonNull(sequence, "sequence");
    }
}
