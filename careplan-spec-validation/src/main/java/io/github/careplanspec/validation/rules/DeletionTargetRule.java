package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A deletion that refers to nothing (R31–R34, P8 「Delete for a key that the receiver does not hold → ignore/warn」):
 * {@link Rules#R31_NOTHING}, a warning, on each DLT1KYO, DLTPLAN, DLTJSK, DLTKIHON and DLTYOBO row whose target
 * the receiver does not hold.
 *
 * <p>Spec reading: a deletion is always a unit of its own (R21, P10), so "refers to nothing in the unit" would hold
 * for every deletion and cannot be checked from the unit alone. The rule therefore needs a {@link HeldKeys} view
 * of the receiver's data and is not part of {@code UnitValidator.standard()}; add it with
 * {@code UnitValidator.withHeldKeys}. Deletions are optional and may be agreed offline (R34), so the issue is a
 * warning, never an error.
 */
public final class DeletionTargetRule implements UnitRule {
    private final HeldKeys held;

    /**
     * Creates the rule.
     *
     * @param held what the receiver holds
     */
    public DeletionTargetRule(HeldKeys held) {
        this.held = Objects.requireNonNull(held, "held");
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R31_NOTHING);
    }

    @Override
    public void check(UnitContext unit, IssueSink sink) {
        for (UnitContext.UnitFile f : unit.files()) {
            FileKind kind = f.file().kind();
            if (kind == null || kind.role() != FileKind.Role.DELETION) {
                continue;
            }
            for (RecordContext<?> r : f.records()) {
                List<String> key = new ArrayList<>();
                for (int no : kind.keyNos()) {
                    key.add(r.text(no));
                }
                if (!held.holds(kind, key)) {
                    sink.report(r.issue(Rules.R31_NOTHING, 4, Map.of("key", String.join("/", key),
                            "target", UnitRecords.parentLabel(kind.families().get(0)))));
                }
            }
        }
    }
}
