package io.github.careplanspec.model.code;

/**
 * 主治医・意見作成者フラグ — whether the doctor is the attending physician who writes the opinion (UPKIHON_SUB2 No.8; codes-yobo.tsv).
 */
public enum AttendingPhysicianFlag implements CodeList {
    /** 1 主治医. */
    ATTENDING_PHYSICIAN("1", "主治医"),
    /** 2 それ以外. */
    OTHER("2", "それ以外");

    private final String code;
    private final String label;

    AttendingPhysicianFlag(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
