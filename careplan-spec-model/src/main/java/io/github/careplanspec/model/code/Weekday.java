package io.github.careplanspec.model.code;

import java.time.DayOfWeek;
import java.util.Objects;

/**
 * 曜日 — day of the week of a 第3表 weekly service (第3表 No.7; layout 「月曜日:1、…、日曜日:7」, not in 【コード表】).
 * The codes follow ISO-8601 numbering, so {@link #toDayOfWeek()} and {@link #of(DayOfWeek)} convert exactly.
 */
public enum Weekday implements CodeList {
    /** 1 月曜日. */
    MONDAY("1", "月曜日"),
    /** 2 火曜日. */
    TUESDAY("2", "火曜日"),
    /** 3 水曜日. */
    WEDNESDAY("3", "水曜日"),
    /** 4 木曜日. */
    THURSDAY("4", "木曜日"),
    /** 5 金曜日. */
    FRIDAY("5", "金曜日"),
    /** 6 土曜日. */
    SATURDAY("6", "土曜日"),
    /** 7 日曜日. */
    SUNDAY("7", "日曜日");

    private final String code;
    private final String label;

    Weekday(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /**
     * The code of a {@link DayOfWeek}.
     *
     * @param day the day
     * @return the code list constant
     */
    public static Weekday of(DayOfWeek day) {
        Objects.requireNonNull(day, "day");
        return values()[day.getValue() - 1];
    }

    /** @return the {@link DayOfWeek} */
    public DayOfWeek toDayOfWeek() {
        return DayOfWeek.of(ordinal() + 1);
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
