package io.github.careplanspec.model.name;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code YYYYMM} segment of an interface file name: 対象年月 (UPPLAN, UPJSK, DLTPLAN, DLTJSK, UPSIKYU) or
 * 提供年月 (UPHOSOKU) (R16). For UPHOSOKU it may be {@code 000000}, 「１表、２表に紐づく場合」 (R37):
 * {@link #PLAN_LINKED}.
 *
 * @param text the six digits as the file name carries them
 */
public record MonthSegment(String text) implements Comparable<MonthSegment> {
    private static final Pattern FORM = Pattern.compile("[0-9]{6}");

    /** {@code 000000}: 利用者補足情報 linked to 第1表・第2表 rather than to a service month (R37). */
    public static final MonthSegment PLAN_LINKED = new MonthSegment("000000");

    /**
     * Checks the form.
     *
     * @param text the value
     * @throws IllegalArgumentException if the text is neither {@code 000000} nor a month {@code YYYYMM} (year 0001
     *                                  or later, month 01–12)
     */
    public MonthSegment {
        Objects.requireNonNull(text, "text");
        if (!FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("not 6 digits: '" + text + "'");
        }
        if (!text.equals("000000")) {
            int year = Integer.parseInt(text.substring(0, 4));
            int month = Integer.parseInt(text.substring(4));
            if (year == 0 || month < 1 || month > 12) {
                throw new IllegalArgumentException("not a month YYYYMM: '" + text + "'");
            }
        }
    }

    /**
     * Parses the segment as the file name carries it.
     *
     * @param text {@code YYYYMM} or {@code 000000}
     * @return the segment
     * @throws IllegalArgumentException if the text is neither
     */
    public static MonthSegment parse(String text) {
        return text.equals("000000") ? PLAN_LINKED : new MonthSegment(text);
    }

    /**
     * The segment of a month.
     *
     * @param month the month (years 1–9999)
     * @return the segment {@code YYYYMM}
     * @throws IllegalArgumentException if the year has more than four digits or is before 1
     */
    public static MonthSegment of(YearMonth month) {
        Objects.requireNonNull(month, "month");
        if (month.getYear() < 1 || month.getYear() > 9999) {
            throw new IllegalArgumentException("year outside 1-9999: " + month);
        }
        return new MonthSegment(String.format("%04d%02d", month.getYear(), month.getMonthValue()));
    }

    /** @return whether this is {@code 000000}, the plan-linked 利用者補足情報 (R37) */
    public boolean isPlanLinked() {
        return text.equals("000000");
    }

    /** @return the month, unless this is {@link #PLAN_LINKED} */
    public Optional<YearMonth> month() {
        if (isPlanLinked()) {
            return Optional.empty();
        }
        return Optional.of(YearMonth.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4))));
    }

    @Override
    public int compareTo(MonthSegment o) {
        return text.compareTo(o.text);
    }

    @Override
    public String toString() {
        return text;
    }
}
