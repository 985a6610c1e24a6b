package io.github.careplanspec.model.catalog;

import io.github.careplanspec.model.code.Code;
import io.github.careplanspec.model.code.CodeList;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/** Converts one item between its text and its Java value; one per supported component type. */
abstract class FieldCodec {
    final FieldFormat format;
    final String expected;

    FieldCodec(FieldFormat format, String expected) {
        this.format = format;
        this.expected = expected;
    }

    /** Parses a non-empty text; throws IllegalArgumentException when malformed. */
    abstract Object parse(String text);

    /** Formats a non-null value. */
    abstract String format(Object value);

    List<CodeList> codes() {
        return List.of();
    }

    static FieldCodec forType(Type type, Class<?> owner, String component) {
        Class<?> raw = type instanceof ParameterizedType ? (Class<?>) ((ParameterizedType) type).getRawType()
                : (Class<?>) type;
        if (raw == String.class) {
            return STRING;
        }
        if (raw == Integer.class) {
            return INTEGER;
        }
        if (raw == BigDecimal.class) {
            return DECIMAL;
        }
        if (raw == LocalDate.class) {
            return DATE;
        }
        if (raw == YearMonth.class) {
            return YEAR_MONTH;
        }
        if (raw == Code.class && type instanceof ParameterizedType) {
            Class<?> list = (Class<?>) ((ParameterizedType) type).getActualTypeArguments()[0];
            return new CodeCodec(list, true);
        }
        if (raw.isEnum() && CodeList.class.isAssignableFrom(raw)) {
            return new CodeCodec(raw, false);
        }
        if (SpecValue.class.isAssignableFrom(raw)) {
            return new SpecValueCodec(raw);
        }
        throw new IllegalStateException(owner.getName() + "." + component + ": no codec for " + type);
    }

    static final FieldCodec STRING = new FieldCodec(FieldFormat.TEXT, "text") {
        @Override
        Object parse(String text) {
            return text;
        }

        @Override
        String format(Object value) {
            return (String) value;
        }
    };

    static final FieldCodec INTEGER = new FieldCodec(FieldFormat.INTEGER, "an integer of digits 0-9") {
        @Override
        Object parse(String text) {
            if (text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("not an integer");
            }
            return Integer.valueOf(text);
        }

        @Override
        String format(Object value) {
            return value.toString();
        }
    };

    static final FieldCodec DECIMAL = new FieldCodec(FieldFormat.DECIMAL, "a decimal number such as 10.90") {
        @Override
        Object parse(String text) {
            if (!text.matches("[0-9]{1,4}(\\.[0-9]{1,4})?")) {
                throw new IllegalArgumentException("not a decimal");
            }
            return new BigDecimal(text);
        }

        @Override
        String format(Object value) {
            return ((BigDecimal) value).toPlainString();
        }
    };

    static final FieldCodec DATE = new FieldCodec(FieldFormat.DATE, "YYYYMMDD, a real date") {
        @Override
        Object parse(String text) {
            if (text.length() != 8 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("not YYYYMMDD");
            }
            try {
                return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4, 6)),
                        Integer.parseInt(text.substring(6)));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("not a real date", e);
            }
        }

        @Override
        String format(Object value) {
            LocalDate d = (LocalDate) value;
            return String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        }
    };

    static final FieldCodec YEAR_MONTH = new FieldCodec(FieldFormat.YEAR_MONTH, "YYYYMM, a real month") {
        @Override
        Object parse(String text) {
            if (text.length() != 6 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("not YYYYMM");
            }
            try {
                return YearMonth.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4)));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("not a real month", e);
            }
        }

        @Override
        String format(Object value) {
            YearMonth m = (YearMonth) value;
            return String.format("%04d%02d", m.getYear(), m.getMonthValue());
        }
    };

    /** A code list item: {@code Code<E>} (unknown codes kept) or a bare enum (unknown codes refused). */
    static final class CodeCodec extends FieldCodec {
        private final Class<?> list;
        private final boolean open;

        CodeCodec(Class<?> list, boolean open) {
            super(FieldFormat.CODE, "one of " + Arrays.toString(codesOf(list).stream().map(CodeList::code).toArray()));
            this.list = list;
            this.open = open;
        }

        private static List<CodeList> codesOf(Class<?> list) {
            return Arrays.stream(list.getEnumConstants()).map(CodeList.class::cast).toList();
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object parse(String text) {
            if (open) {
                return Code.parse((Class) list, text);
            }
            for (Object o : list.getEnumConstants()) {
                if (((CodeList) o).code().equals(text)) {
                    return o;
                }
            }
            throw new IllegalArgumentException("unknown code");
        }

        @Override
        String format(Object value) {
            return value instanceof Code ? ((Code<?>) value).code() : ((CodeList) value).code();
        }

        @Override
        List<CodeList> codes() {
            return codesOf(list);
        }
    }

    /** A {@link SpecValue} type with a public static {@code parse(String)}. */
    static final class SpecValueCodec extends FieldCodec {
        private final MethodHandle parse;

        SpecValueCodec(Class<?> type) {
            super(formatOf(type), "a valid " + type.getSimpleName());
            try {
                java.lang.reflect.Method m = type.getMethod("parse", String.class);
                if (!Modifier.isStatic(m.getModifiers()) || !type.isAssignableFrom(m.getReturnType())) {
                    throw new IllegalStateException(type + ".parse(String) must be static and return the type");
                }
                this.parse = MethodHandles.publicLookup().unreflect(m).asType(MethodType.methodType(Object.class,
                        String.class));
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalStateException(type + " needs a public static parse(String)", e);
            }
        }

        private static FieldFormat formatOf(Class<?> type) {
            SpecFormat f = type.getAnnotation(SpecFormat.class);
            return f == null ? FieldFormat.TEXT : f.value();
        }

        @Override
        Object parse(String text) {
            try {
                return parse.invokeExact(text);
            } catch (IllegalArgumentException e) {
                throw e;
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        String format(Object value) {
            return ((SpecValue) value).text();
        }
    }
}
