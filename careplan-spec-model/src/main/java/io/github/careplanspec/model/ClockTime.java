package io.github.careplanspec.model;

import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.SpecFormat;
import io.github.careplanspec.model.catalog.SpecValue;
import java.time.LocalTime;
import java.util.Objects;

/**
 * 時刻 — a time of day in the {@code HHMM} form (第3表 開始時間/終了時間, R41): hours {@code 00}–{@code 23},
 * minutes {@code 00}–{@code 59}.
 *
 * <p>Spec reading (uncertain.md Q21): the spec does not say whether {@code 2400} (the form's 24:00 line) or
 * {@code 9999} are allowed in 第3表; neither is accepted here.
 *
 * @param time the time of day, whole minutes only
 */
@SpecFormat(FieldFormat.TIME)
public record ClockTime(LocalTime time) implements SpecValue, Comparable<ClockTime> {

    /**
     * Checks the value.
     *
     * @param time the time of day
     * @throws IllegalArgumentException if the time has seconds or nanoseconds
     */
    public ClockTime {
        Objects.requireNonNull(time, "time");
        if (time.getSecond() != 0 || time.getNano() != 0) {
            throw new IllegalArgumentException("not whole minutes: '" + time + "'");
        }
    }

    /**
     * A time of day.
     *
     * @param hour 0–23
     * @param minute 0–59
     * @return the time
     * @throws IllegalArgumentException if the hour or minute is out of range
     */
    public static ClockTime of(int hour, int minute) {
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            throw new IllegalArgumentException("not HHMM (00-23, 00-59): " + hour + ":" + minute);
        }
        return new ClockTime(LocalTime.of(hour, minute));
    }

    /**
     * Parses the value as the file carries it.
     *
     * @param text four digits {@code HHMM}, e.g. {@code 0930}
     * @return the time
     * @throws IllegalArgumentException if the text is not four digits with HH 00–23 and MM 00–59
     */
    public static ClockTime parse(String text) {
        Objects.requireNonNull(text, "text");
        if (!Chars.isDigits(text, 4)) {
            throw new IllegalArgumentException("not HHMM: '" + text + "'");
        }
        int h = Chars.number(text, 0, 2);
        int m = Chars.number(text, 2, 4);
        if (h > 23 || m > 59) {
            throw new IllegalArgumentException("not HHMM (00-23, 00-59): '" + text + "'");
        }
        return new ClockTime(LocalTime.of(h, m));
    }

    /** @return the hour, 0–23 */
    public int hour() {
        return time.getHour();
    }

    /** @return the minute, 0–59 */
    public int minute() {
        return time.getMinute();
    }

    /** @return the {@code HHMM} text, e.g. {@code 0930} */
    @Override
    public String text() {
        return Chars.hhmm(time.getHour(), time.getMinute());
    }

    @Override
    public int compareTo(ClockTime o) {
        return time.compareTo(o.time);
    }

    @Override
    public String toString() {
        return text();
    }
}
