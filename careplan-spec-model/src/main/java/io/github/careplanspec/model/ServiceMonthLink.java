package io.github.careplanspec.model;

import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.SpecFormat;
import io.github.careplanspec.model.catalog.SpecValue;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * 利用者補足情報 No.63 対象年月 — the month of the linked 第6表/第7表 (their No.5 対象年月), or the sentinel
 * {@link #UNLINKED} {@code 000000} when the record is linked to the plan (第1表/第2表) instead (R37).
 *
 * <p>Spec reading (uncertain.md Q22): 「1表、2表に紐づく場合」 is read as "linked to the plan (第1表–第3表)".
 * Immutable and thread-safe.
 */
@SpecFormat(FieldFormat.YEAR_MONTH)
public final class ServiceMonthLink implements SpecValue {
    /** {@code 000000}: 「1表、2表に紐づく場合」 — the record belongs to a plan, not to a 利用票 month (R37, Q22). */
    public static final ServiceMonthLink UNLINKED = new ServiceMonthLink(null);

    private static final String UNLINKED_TEXT = "000000";

    private final YearMonth month;

    private ServiceMonthLink(YearMonth month) {
        this.month = month;
    }

    /**
     * The month of a linked 第6表/第7表.
     *
     * @param month 第6表/第7表 No.5 対象年月, year 0000–9999
     * @return the link month
     * @throws IllegalArgumentException if the year does not fit four digits
     */
    public static ServiceMonthLink of(YearMonth month) {
        Objects.requireNonNull(month, "month");
        if (month.getYear() < 0 || month.getYear() > 9999) {
            throw new IllegalArgumentException("not YYYYMM (year 0000-9999): '" + month + "'");
        }
        return new ServiceMonthLink(month);
    }

    /**
     * Parses the value as the file carries it.
     *
     * @param text {@code YYYYMM} (a real month) or {@code 000000}
     * @return the link month or {@link #UNLINKED}
     * @throws IllegalArgumentException if the text is neither
     */
    public static ServiceMonthLink parse(String text) {
        Objects.requireNonNull(text, "text");
        if (UNLINKED_TEXT.equals(text)) {
            return UNLINKED;
        }
        if (!Chars.isDigits(text, 6)) {
            throw new IllegalArgumentException("not YYYYMM or 000000: '" + text + "'");
        }
        try {
            return new ServiceMonthLink(YearMonth.of(Chars.number(text, 0, 4), Chars.number(text, 4, 6)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a real month or 000000: '" + text + "'", e);
        }
    }

    /** @return whether this is a month (not the {@code 000000} sentinel) */
    public boolean isLinked() {
        return month != null;
    }

    /** @return the month; empty for {@link #UNLINKED} */
    public Optional<YearMonth> month() {
        return Optional.ofNullable(month);
    }

    /** @return {@code YYYYMM}, or {@code 000000} for {@link #UNLINKED} */
    @Override
    public String text() {
        return month == null ? UNLINKED_TEXT : Chars.yyyymm(month.getYear(), month.getMonthValue());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceMonthLink && Objects.equals(((ServiceMonthLink) o).month, month);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(month);
    }

    @Override
    public String toString() {
        return text();
    }
}
