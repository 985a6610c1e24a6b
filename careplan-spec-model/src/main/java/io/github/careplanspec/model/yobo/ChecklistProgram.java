package io.github.careplanspec.model.yobo;

/**
 * The six programs of the 基本チェックリスト in layout order: each has a 該当数 (UPYOBO No.43–48) and a
 * 事業プログラムの要否 (No.49–54).
 */
public enum ChecklistProgram {
    /** 運動不足 (No.43, 49). */
    EXERCISE("運動不足"),
    /** 栄養改善 (No.44, 50). */
    NUTRITION("栄養改善"),
    /** 口腔内ケア (No.45, 51). */
    ORAL_CARE("口腔内ケア"),
    /** 閉じこもり予防 (No.46, 52). */
    WITHDRAWAL("閉じこもり予防"),
    /** 物忘れ予防 (No.47, 53). */
    FORGETFULNESS("物忘れ予防"),
    /** うつ予防 (No.48, 54). */
    DEPRESSION("うつ予防");

    private final String labelJa;

    ChecklistProgram(String labelJa) {
        this.labelJa = labelJa;
    }

    /** @return the Japanese name as the item names print it, e.g. {@code 運動不足} */
    public String labelJa() {
        return labelJa;
    }

    /** @return the No. of the program's 基本チェックリストの該当数 item */
    public int countNo() {
        return 43 + ordinal();
    }

    /** @return the No. of the program's 事業プログラムの要否 item */
    public int needNo() {
        return 49 + ordinal();
    }
}
