package io.github.careplanspec.model.catalog;

import io.github.careplanspec.model.code.Code;
import io.github.careplanspec.model.code.CodeList;
import io.github.careplanspec.model.issue.Messages;
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
import java.util.Locale;

/**
 * Converts one item between its text and its Java value; one per supported component type. The one authority on an
 * item's 書式: {@link #parse} converts and {@link #check} says which format a text breaks, from the same code, so that
 * the reader and the validator cannot disagree about a value.
 */
abstract class FieldCodec {
    final FieldFormat format;
    final Phrase expected;

    FieldCodec(FieldFormat format, Phrase expected) {
        this.format = format;
        this.expected = expected;
    }

    /** Parses a non-empty text; throws IllegalArgumentException when malformed. */
    abstract Object parse(String text);

    /** Formats a non-null value. */
    abstract String format(Object value);

    /**
     * The format a non-empty text breaks, or {@code null} when {@link #parse} converts it: defined by {@code parse}
     * itself (the exception is only paid for a bad text).
     */
    FieldFormat check(String text) {
        try {
            parse(text);
            return null;
        } catch (IllegalArgumentException e) {
            return format;
        }
    }

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

    /** Whether {@code s[from, to)} are ASCII digits, {@code [0-9]*}: a loop, not a stream or regex per value. */
    static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The value of the checked ASCII digits {@code s[from, to)} (at most 9 of them). */
    static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    /**
     * The {@code 99.99} form of the spec's 書式 (第7表 No.23 単位数単価, 「99.99 形式で入力」, R52): one or two integer
     * digits, a point, two decimals — {@code [0-9]{1,2}\\.[0-9]{2}}, as a loop.
     */
    static boolean isDecimal(String s) {
        int dot = s.indexOf('.');
        return dot >= 1 && dot <= 2 && s.length() == dot + 3 && digits(s, 0, dot) && digits(s, dot + 1, dot + 3);
    }

    /** Writes {@code value} as {@code width} ASCII digits, zero-padded, at {@code c[at]}. */
    static void put(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    static final FieldCodec STRING = new FieldCodec(FieldFormat.TEXT, Phrase.of("model.expected.text")) {
        @Override
        Object parse(String text) {
            return text;
        }

        @Override
        String format(Object value) {
            return (String) value;
        }
    };

    static final FieldCodec INTEGER = new FieldCodec(FieldFormat.INTEGER,
            Phrase.of("model.expected.integer")) {
        @Override
        Object parse(String text) {
            int n = text.length();
            if (n > 9 || !digits(text, 0, n)) {
                throw new IllegalArgumentException("not an integer");
            }
            return n == 0 ? Integer.valueOf(text) : Integer.valueOf(number(text, 0, n));
        }

        @Override
        String format(Object value) {
            return value.toString();
        }
    };

    static final FieldCodec DECIMAL = new FieldCodec(FieldFormat.DECIMAL,
            Phrase.of("model.expected.decimal")) {
        @Override
        Object parse(String text) {
            if (!isDecimal(text)) {
                throw new IllegalArgumentException("not a decimal");
            }
            return new BigDecimal(text);
        }

        @Override
        String format(Object value) {
            return ((BigDecimal) value).toPlainString();
        }
    };

    static final FieldCodec DATE = new FieldCodec(FieldFormat.DATE, Phrase.of("model.expected.date")) {
        @Override
        Object parse(String text) {
            // year 0000 is no real date (R10)
            if (text.length() != 8 || !digits(text, 0, 8) || number(text, 0, 4) < 1) {
                throw new IllegalArgumentException("not YYYYMMDD");
            }
            try {
                return LocalDate.of(number(text, 0, 4), number(text, 4, 6), number(text, 6, 8));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("not a real date", e);
            }
        }

        @Override
        String format(Object value) {
            LocalDate d = (LocalDate) value;
            int y = d.getYear();
            if (y < 0 || y > 9999) {
                return String.format("%04d%02d%02d", y, d.getMonthValue(), d.getDayOfMonth());
            }
            char[] c = new char[8];
            put(c, 0, y, 4);
            put(c, 4, d.getMonthValue(), 2);
            put(c, 6, d.getDayOfMonth(), 2);
            return new String(c);
        }
    };

    static final FieldCodec YEAR_MONTH = new FieldCodec(FieldFormat.YEAR_MONTH,
            Phrase.of("model.expected.yearMonth")) {
        @Override
        Object parse(String text) {
            // year 0000 is no real month (R10)
            if (text.length() != 6 || !digits(text, 0, 6) || number(text, 0, 4) < 1) {
                throw new IllegalArgumentException("not YYYYMM");
            }
            try {
                return YearMonth.of(number(text, 0, 4), number(text, 4, 6));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("not a real month", e);
            }
        }

        @Override
        String format(Object value) {
            YearMonth m = (YearMonth) value;
            int y = m.getYear();
            if (y < 0 || y > 9999) {
                return String.format("%04d%02d", y, m.getMonthValue());
            }
            char[] c = new char[6];
            put(c, 0, y, 4);
            put(c, 4, m.getMonthValue(), 2);
            return new String(c);
        }
    };

    /** A code list item: {@code Code<E>} (unknown codes kept) or a bare enum (unknown codes refused). */
    static final class CodeCodec extends FieldCodec {
        private final Class<?> list;
        private final boolean open;
        /** The constants, once: {@code getEnumConstants()} copies its array on every call. */
        private final CodeList[] constants;

        CodeCodec(Class<?> list, boolean open) {
            super(FieldFormat.CODE, Phrase.of("model.expected.code",
                    Arrays.toString(codesOf(list).stream().map(CodeList::code).toArray())));
            this.list = list;
            this.open = open;
            this.constants = codesOf(list).toArray(new CodeList[0]);
        }

        private static List<CodeList> codesOf(Class<?> list) {
            return Arrays.stream(list.getEnumConstants()).map(CodeList.class::cast).toList();
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object parse(String text) {
            for (CodeList c : constants) {
                if (c.code().equals(text)) {
                    // Code.of(c) equals Code.parse(list, text): same code text, same known constant
                    return open ? knownCode(c) : c;
                }
            }
            if (open) {
                return Code.parse((Class) list, text);
            }
            throw new IllegalArgumentException("unknown code");
        }

        @SuppressWarnings("unchecked")
        private static <E extends Enum<E> & CodeList> Code<E> knownCode(CodeList c) {
            return Code.of((E) c);
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
            super(formatOf(type), expectationOf(type));
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

        /** The type's own expectation ({@code model.expected.<SimpleName>}), else "a valid <SimpleName>". */
        private static Phrase expectationOf(Class<?> type) {
            Phrase own = Phrase.of("model.expected." + type.getSimpleName());
            return Messages.template(own.id(), Locale.ENGLISH) != null
                    ? own : Phrase.of("model.expected.valid", type.getSimpleName());
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
