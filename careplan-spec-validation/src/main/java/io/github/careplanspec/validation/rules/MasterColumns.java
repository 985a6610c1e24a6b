package io.github.careplanspec.validation.rules;

import java.util.List;

/** The columns of a service code master file ({@link ServiceCodeMaster#load}): its header line, data of the format. */
final class MasterColumns {
    /** The header line, as the documented form gives it. */
    static final String HEADER_LINE = "サービスコード,適用開始年月,適用終了年月,名称,単位数,算定単位,区分支給限度対象";
    /** The column names, in order. */
    static final List<String> NAMES = List.of(HEADER_LINE.split(","));
    static final int CODE = 0;
    static final int FROM = 1;
    static final int TO = 2;
    static final int UNITS = 4;
    static final int LIMIT = 6;

    private MasterColumns() {
    }

    static String name(int i) {
        return NAMES.get(i);
    }
}
