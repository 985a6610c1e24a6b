package io.github.careplanspec.model;

import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.SpecFormat;
import io.github.careplanspec.model.catalog.SpecValue;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * 日割対象日 — the days of the month on which 日割 billing is possible (第6表 UPPLAN/UPJSK No.11; R43): always 31
 * characters of {@code 0}/{@code 1}, character <i>d</i> standing for day <i>d</i>, {@code 1} for a 日割請求可能日
 * (days 1–5: {@code 1111100000000000000000000000000}). A line of a service that is not 日割 leaves the item
 * empty (no value), which is not the same as a value with no day set.
 *
 * <p>Positions past the end of a short month are representable (the spec fixes the width at 31 whatever the
 * month, R43 inferred); whether they may be {@code 1} is a validation question. Immutable.
 */
@SpecFormat(FieldFormat.PRORATED_DAYS)
public final class ProratedDays implements SpecValue {
    /** The width of the item and the highest day: 31. */
    public static final int WIDTH = 31;

    private final int bits;

    private ProratedDays(int bits) {
        this.bits = bits;
    }

    private static boolean isZeroOne(String text) {
        if (text.length() != WIDTH) {
            return false;
        }
        for (int i = 0; i < WIDTH; i++) {
            char c = text.charAt(i);
            if (c != '0' && c != '1') {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses the value as the file carries it.
     *
     * @param text 31 characters of {@code 0}/{@code 1}
     * @return the day set
     * @throws IllegalArgumentException if the text is not exactly 31 characters of {@code 0}/{@code 1}
     */
    public static ProratedDays parse(String text) {
        Objects.requireNonNull(text, "text");
        if (!isZeroOne(text)) {
            throw new IllegalArgumentException("not 31 characters of 0/1: '" + text + "'");
        }
        int b = 0;
        for (int d = 1; d <= WIDTH; d++) {
            if (text.charAt(d - 1) == '1') {
                b |= 1 << (d - 1);
            }
        }
        return new ProratedDays(b);
    }

    /**
     * The value for a set of days.
     *
     * @param days the 日割請求可能日, each 1–31 (may be empty)
     * @return the value
     * @throws IllegalArgumentException if a day is outside 1–31
     */
    public static ProratedDays of(Set<Integer> days) {
        int b = 0;
        for (Integer d : days) {
            Objects.requireNonNull(d, "day");
            if (d < 1 || d > WIDTH) {
                throw new IllegalArgumentException("day outside 1-31: " + d);
            }
            b |= 1 << (d - 1);
        }
        return new ProratedDays(b);
    }

    /**
     * The value for the given days.
     *
     * @param days the 日割請求可能日, each 1–31
     * @return the value
     * @throws IllegalArgumentException if a day is outside 1–31
     */
    public static ProratedDays of(int... days) {
        TreeSet<Integer> s = new TreeSet<>();
        for (int d : days) {
            s.add(d);
        }
        return of(s);
    }

    /**
     * The value for a run of consecutive days, e.g. {@code range(1, 5)} for {@code 1111100…0}.
     *
     * @param first the first day, 1–31
     * @param last the last day, {@code first}–31
     * @return the value
     * @throws IllegalArgumentException if the range is empty or outside 1–31
     */
    public static ProratedDays range(int first, int last) {
        if (first < 1 || last > WIDTH || first > last) {
            throw new IllegalArgumentException("not a range within 1-31: " + first + "-" + last);
        }
        TreeSet<Integer> s = new TreeSet<>();
        for (int d = first; d <= last; d++) {
            s.add(d);
        }
        return of(s);
    }

    /** @return the days set to {@code 1}, ascending; unmodifiable */
    public SortedSet<Integer> days() {
        TreeSet<Integer> s = new TreeSet<>();
        for (int d = 1; d <= WIDTH; d++) {
            if (contains(d)) {
                s.add(d);
            }
        }
        return Collections.unmodifiableSortedSet(s);
    }

    /**
     * Whether a day is a 日割請求可能日.
     *
     * @param day the day of the month
     * @return whether its character is {@code 1}; {@code false} for a day outside 1–31
     */
    public boolean contains(int day) {
        return day >= 1 && day <= WIDTH && (bits & (1 << (day - 1))) != 0;
    }

    /** @return whether no day is set (31 × {@code 0}) */
    public boolean isEmpty() {
        return bits == 0;
    }

    /** @return the 31 characters of {@code 0}/{@code 1} */
    @Override
    public String text() {
        StringBuilder sb = new StringBuilder(WIDTH);
        for (int d = 1; d <= WIDTH; d++) {
            sb.append(contains(d) ? '1' : '0');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProratedDays && ((ProratedDays) o).bits == bits;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(bits);
    }

    @Override
    public String toString() {
        return text();
    }
}
