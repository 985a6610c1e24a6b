package io.github.careplanspec.model.name;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ファイル連番 — the 14-digit file sequence at the end of an interface file name ({@code YYYYMMDDHHMMSS}, R17).
 * The files of one transmission unit (送信単位) share it (R21) and units are processed in its order (R22), which is
 * the natural order of this type.
 *
 * <p>Spec reading (R17): any 14 digits are accepted as a sequence; {@link #dateTime()} is present only when they
 * form a real date and time.
 *
 * @param text the 14 digits as the file name carries them
 */
public record FileSequence(String text) implements Comparable<FileSequence> {
    private static final Pattern FORM = Pattern.compile("[0-9]{14}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * Checks the form.
     *
     * @param text the value
     * @throws IllegalArgumentException if the text is not 14 digits
     */
    public FileSequence {
        Objects.requireNonNull(text, "text");
        if (!FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("not 14 digits: '" + text + "'");
        }
    }

    /**
     * Parses the sequence as the file name carries it.
     *
     * @param text the value, e.g. {@code 20191025200201}
     * @return the value
     * @throws IllegalArgumentException if the text is not 14 digits
     */
    public static FileSequence parse(String text) {
        return new FileSequence(text);
    }

    /**
     * The sequence of a moment, to the second.
     *
     * @param dateTime the moment (years 1000–9999); fractions of a second are dropped
     * @return the sequence {@code YYYYMMDDHHMMSS}
     * @throws IllegalArgumentException if the year has not four digits
     */
    public static FileSequence of(LocalDateTime dateTime) {
        Objects.requireNonNull(dateTime, "dateTime");
        if (dateTime.getYear() < 1000 || dateTime.getYear() > 9999) {
            throw new IllegalArgumentException("year outside 1000-9999: " + dateTime);
        }
        return new FileSequence(dateTime.truncatedTo(ChronoUnit.SECONDS).format(STAMP));
    }

    /**
     * The sequence of the current moment of a clock.
     *
     * @param clock the clock (its zone gives the local time)
     * @return the sequence of {@code LocalDateTime.now(clock)}
     */
    public static FileSequence now(Clock clock) {
        return of(LocalDateTime.now(clock));
    }

    /** @return the date and time the digits spell, if they are a real {@code YYYYMMDDHHMMSS} */
    public Optional<LocalDateTime> dateTime() {
        try {
            return Optional.of(LocalDateTime.parse(text, STAMP));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Orders by the 14 digits (equal length, so text order is numeric order): the processing order (R22). */
    @Override
    public int compareTo(FileSequence o) {
        return text.compareTo(o.text);
    }

    @Override
    public String toString() {
        return text;
    }
}
