package io.github.careplanspec.model;

import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.SpecFormat;
import io.github.careplanspec.model.catalog.SpecValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * 利用者補足情報 No.4 居宅サービス計画作成（変更）日 — the date of the linked 居宅サービス計画 (第1表 No.14), or the
 * sentinel {@link #UNLINKED} {@code 00000000} when the record is linked to 第6表/第7表 instead (R37).
 *
 * <p>Immutable and thread-safe.
 */
@SpecFormat(FieldFormat.DATE)
public final class PlanLinkDate implements SpecValue {
    /** {@code 00000000}: 「6表、7表に紐づく場合」 — the record belongs to a 利用票 month, not to a plan (R37). */
    public static final PlanLinkDate UNLINKED = new PlanLinkDate(null);

    private static final String UNLINKED_TEXT = "00000000";

    private final LocalDate date;

    private PlanLinkDate(LocalDate date) {
        this.date = date;
    }

    /**
     * The date of a linked plan.
     *
     * @param planDate 第1表 No.14 居宅サービス計画作成（変更）日, year 0000–9999
     * @return the link date
     * @throws IllegalArgumentException if the year does not fit four digits
     */
    public static PlanLinkDate of(LocalDate planDate) {
        Objects.requireNonNull(planDate, "planDate");
        if (planDate.getYear() < 0 || planDate.getYear() > 9999) {
            throw new IllegalArgumentException("not YYYYMMDD (year 0000-9999): '" + planDate + "'");
        }
        return new PlanLinkDate(planDate);
    }

    /**
     * Parses the value as the file carries it.
     *
     * @param text {@code YYYYMMDD} (a real date) or {@code 00000000}
     * @return the link date or {@link #UNLINKED}
     * @throws IllegalArgumentException if the text is neither
     */
    public static PlanLinkDate parse(String text) {
        Objects.requireNonNull(text, "text");
        if (UNLINKED_TEXT.equals(text)) {
            return UNLINKED;
        }
        if (!Chars.isDigits(text, 8)) {
            throw new IllegalArgumentException("not YYYYMMDD or 00000000: '" + text + "'");
        }
        try {
            return new PlanLinkDate(LocalDate.of(Chars.number(text, 0, 4), Chars.number(text, 4, 6),
                    Chars.number(text, 6, 8)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a real date or 00000000: '" + text + "'", e);
        }
    }

    /** @return whether this is a plan date (not the {@code 00000000} sentinel) */
    public boolean isLinked() {
        return date != null;
    }

    /** @return the plan date; empty for {@link #UNLINKED} */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /** @return {@code YYYYMMDD}, or {@code 00000000} for {@link #UNLINKED} */
    @Override
    public String text() {
        return date == null ? UNLINKED_TEXT
                : Chars.yyyymmdd(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanLinkDate && Objects.equals(((PlanLinkDate) o).date, date);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(date);
    }

    @Override
    public String toString() {
        return text();
    }
}
