package io.github.careplanspec.model;

import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.SpecFormat;
import io.github.careplanspec.model.catalog.SpecValue;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * サービス開始時刻／サービス終了時刻 — the time of a 第6表 line (UPPLAN/UPJSK No.12, 13; R42): {@code HHMM}
 * for a service shown with a time (時間表示有りのサービス), or {@link #NONE} ({@code 9999}) for a service without
 * one (時間表示の無いサービス).
 *
 * <p>{@code HH} is {@code 00}–{@code 23} and {@code MM} {@code 00}–{@code 59}; the spec prints no {@code 2400}
 * form for 第6表.
 *
 * @param text the value as the file carries it: {@code HHMM} or {@code 9999}
 */
@SpecFormat(FieldFormat.TIME_OR_NONE)
public record ServiceTime(String text) implements SpecValue, Comparable<ServiceTime> {
    /** {@code 9999}: 時間表示の無いサービス — a service without a time (R42). */
    public static final ServiceTime NONE = new ServiceTime("9999");

    /**
     * Checks the form.
     *
     * @param text the value
     * @throws IllegalArgumentException if the text is neither a real {@code HHMM} time nor {@code 9999}
     */
    public ServiceTime {
        Objects.requireNonNull(text, "text");
        if (!"9999".equals(text)) {
            if (!Chars.isDigits(text, 4) || Chars.number(text, 0, 2) > 23 || Chars.number(text, 2, 4) > 59) {
                throw new IllegalArgumentException("not HHMM (0000-2359) or 9999: '" + text + "'");
            }
        }
    }

    /**
     * Parses the value as the file carries it.
     *
     * @param text {@code HHMM} or {@code 9999}
     * @return the value ({@link #NONE} for {@code 9999})
     * @throws IllegalArgumentException if the text is neither a real {@code HHMM} time nor {@code 9999}
     */
    public static ServiceTime parse(String text) {
        return "9999".equals(text) ? NONE : new ServiceTime(text);
    }

    /**
     * A time of day, to the minute.
     *
     * @param time the time; seconds and below are dropped
     * @return the value
     */
    public static ServiceTime of(LocalTime time) {
        return new ServiceTime(Chars.hhmm(time.getHour(), time.getMinute()));
    }

    /**
     * A time of day.
     *
     * @param hour 0–23
     * @param minute 0–59
     * @return the value
     * @throws java.time.DateTimeException if the hour or minute is out of range
     */
    public static ServiceTime of(int hour, int minute) {
        return of(LocalTime.of(hour, minute));
    }

    /** @return whether this is {@link #NONE} ({@code 9999}, 時間表示の無いサービス) */
    public boolean isNone() {
        return "9999".equals(text);
    }

    /** @return the time of day; empty for {@link #NONE} */
    public Optional<LocalTime> time() {
        return isNone() ? Optional.empty()
                : Optional.of(LocalTime.of(Integer.parseInt(text.substring(0, 2)), Integer.parseInt(text.substring(2))));
    }

    /** Orders by time of day, {@link #NONE} last. */
    @Override
    public int compareTo(ServiceTime o) {
        return text.compareTo(o.text);
    }

    @Override
    public String toString() {
        return text;
    }
}
