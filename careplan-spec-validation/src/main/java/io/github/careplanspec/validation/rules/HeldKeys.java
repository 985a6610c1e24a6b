package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.catalog.FileKind;
import java.util.List;

/**
 * What a receiver holds, as far as {@link DeletionTargetRule} needs to know: whether a deletion row refers to
 * something. A validator on its own cannot know it — a deletion is always a unit of its own (R21, P10), so its
 * target is never in the unit — hence this view of the receiver's data (a database, an in-memory store).
 * Implementations must be thread-safe when the validator is shared.
 */
@FunctionalInterface
public interface HeldKeys {
    /**
     * Whether the receiver holds what a deletion row deletes.
     *
     * @param deletion the deletion kind: DLT1KYO, DLTPLAN, DLTJSK, DLTKIHON or DLTYOBO
     * @param key the texts of the deletion's key items in No. order (No.2–4; DLTJSK No.2–6)
     * @return whether the target is held
     */
    boolean holds(FileKind deletion, List<String> key);
}
