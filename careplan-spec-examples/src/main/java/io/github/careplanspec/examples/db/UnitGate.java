package io.github.careplanspec.examples.db;

import io.github.careplanspec.csv.receive.ReceivedUnit;
import java.util.List;

/**
 * A check a unit must pass before the importer applies anything of it — typically validation (a unit with an error
 * applies nothing; warnings do not stop it). The importer knows nothing of how the check is made.
 */
@FunctionalInterface
public interface UnitGate {
    /** A gate that accepts every unit. */
    UnitGate ACCEPT_ALL = unit -> Decision.accept();

    /**
     * Decides on a unit.
     *
     * @param unit the unit
     * @return accept, or reject with reasons
     */
    Decision check(ReceivedUnit unit);

    /**
     * The gate's decision.
     *
     * @param accepted whether the unit may be applied
     * @param reasons why not (for people, Japanese / English); may also carry remarks on an accepted unit
     */
    record Decision(boolean accepted, List<String> reasons) {
        /**
         * Copies.
         *
         * @param accepted accepted or not
         * @param reasons the reasons
         */
        public Decision {
            reasons = List.copyOf(reasons);
        }

        /** @return an acceptance without remarks */
        public static Decision accept() {
            return new Decision(true, List.of());
        }

        /**
         * A rejection.
         *
         * @param reasons why
         * @return the decision
         */
        public static Decision reject(List<String> reasons) {
            return new Decision(false, reasons);
        }
    }
}
