package io.github.careplanspec.validation.rules;

import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import java.util.List;

/**
 * A rule across the files of one transmission unit (R26–R30, 第1表 ↔ 第2表 ↔ 第3表 ↔ 利用者補足情報, …).
 * Stateless and thread-safe.
 */
public interface UnitRule {
    /** @return the rules this check reports */
    List<Rule> rules();

    /**
     * Checks one unit.
     *
     * @param unit the unit
     * @param sink receives the issues
     */
    void check(UnitContext unit, IssueSink sink);
}
