package io.github.careplanspec.model.code;

import java.util.Objects;
import java.util.Optional;

/**
 * An item value from a code list that may also be a code the list does not (yet) know. A received file must
 * never become unreadable because a code list grew, so an unknown code is kept as its text; validation reports
 * it.
 *
 * @param <E> the code list enum
 */
public final class Code<E extends Enum<E> & CodeList> {
    private final String code;
    private final E known;

    private Code(String code, E known) {
        this.code = code;
        this.known = known;
    }

    /**
     * A known code.
     *
     * @param value the code list constant
     * @param <E> the code list enum
     * @return the code
     */
    public static <E extends Enum<E> & CodeList> Code<E> of(E value) {
        Objects.requireNonNull(value, "value");
        return new Code<>(value.code(), value);
    }

    /**
     * Looks a code text up in a code list; a text the list does not hold becomes an unknown code.
     *
     * @param list the code list enum class
     * @param text the code as the file carries it, not empty
     * @param <E> the code list enum
     * @return the known or unknown code
     * @throws IllegalArgumentException if the text is empty
     */
    public static <E extends Enum<E> & CodeList> Code<E> parse(Class<E> list, String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty code");
        }
        for (E e : list.getEnumConstants()) {
            if (e.code().equals(text)) {
                return new Code<>(text, e);
            }
        }
        return new Code<>(text, null);
    }

    /** @return the code text */
    public String code() {
        return code;
    }

    /** @return the code list constant, empty for a code the list does not know */
    public Optional<E> known() {
        return Optional.ofNullable(known);
    }

    /** @return whether the code is in the list */
    public boolean isKnown() {
        return known != null;
    }

    /** @return the Japanese label, or {@code 不明} for an unknown code */
    public String label() {
        return known == null ? "不明" : known.label();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Code && ((Code<?>) o).code.equals(code) && Objects.equals(((Code<?>) o).known, known);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code + ":" + label();
    }
}
