package io.github.careplanspec.csv.receive;

/**
 * Choices the spec leaves open on the receiving side.
 *
 * <p>Spec reading (Q17): the spec does not say whether DLT1KYO deletes the plan-linked 利用者補足情報 nor whether
 * DLTPLAN deletes the month-linked one. By default both are deleted with their parent (they are 従属情報 of it,
 * §2.3, and have no other use); either can be kept instead.
 *
 * @param deleteSupplementWithPlan whether DLT1KYO also deletes the UPHOSOKU rows linked to the plan (Q17)
 * @param deleteSupplementWithUtilization whether DLTPLAN also deletes the UPHOSOKU rows linked to the month (Q17)
 */
public record ReceiveOptions(boolean deleteSupplementWithPlan, boolean deleteSupplementWithUtilization) {
    /** The defaults: a deletion also removes the linked 利用者補足情報 (Q17). */
    public static final ReceiveOptions DEFAULT = new ReceiveOptions(true, true);

    /**
     * The same options with the given plan-supplement choice.
     *
     * @param delete whether DLT1KYO deletes the plan-linked UPHOSOKU
     * @return the options
     */
    public ReceiveOptions withDeleteSupplementWithPlan(boolean delete) {
        return new ReceiveOptions(delete, deleteSupplementWithUtilization);
    }

    /**
     * The same options with the given month-supplement choice.
     *
     * @param delete whether DLTPLAN deletes the month-linked UPHOSOKU
     * @return the options
     */
    public ReceiveOptions withDeleteSupplementWithUtilization(boolean delete) {
        return new ReceiveOptions(deleteSupplementWithPlan, delete);
    }
}
