package io.github.careplanspec.model.catalog;

/**
 * The 書式 check of an item's text, by the very codec the reader converts it with: a value type (a
 * {@link SpecValue} with its {@code parse}, {@code LocalDate}, {@code YearMonth}, {@code Integer},
 * {@code BigDecimal}, a code list enum, {@code String}) is the one authority on its form, so a reader and a validator
 * cannot disagree about a value. Thread-safe; the codecs are cached per type.
 */
public final class ValueCheck {
    private static final ClassValue<FieldCodec> CODECS = new ClassValue<>() {
        @Override
        protected FieldCodec computeValue(Class<?> type) {
            return FieldCodec.forType(type, ValueCheck.class, type.getSimpleName());
        }
    };

    private ValueCheck() {
    }

    /**
     * The format a non-empty text breaks when read as a value of a type, or {@code null} when it converts.
     * Emptiness (必須), 項目長 and code list membership are the caller's: this is conversion only.
     *
     * @param valueType the item's Java type, e.g. {@code InsurerNumber.class} or {@code LocalDate.class}
     * @param text the item text, not empty
     * @return the format broken (the type's {@link FieldFormat}), or {@code null}
     * @throws IllegalStateException if the type has no codec
     */
    public static FieldFormat check(Class<?> valueType, String text) {
        return CODECS.get(valueType).check(text);
    }
}
