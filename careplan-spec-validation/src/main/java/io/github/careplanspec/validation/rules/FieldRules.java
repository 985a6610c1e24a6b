package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.catalog.Repeated;
import io.github.careplanspec.model.catalog.SpecValue;
import io.github.careplanspec.model.code.CodeList;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import io.github.careplanspec.validation.report.ValidationIssue;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The item rules of one layout, compiled once from its {@link ColumnSpec}s (never re-typed per field): 必須 (R9),
 * 必要 (P14), 項目長 in characters (R8), the 書式 of each {@link FieldFormat} (R10, R11, R42, R43, R52), code list
 * membership (CODE), 識別子 unused (R53) and the MS932 repertoire (R2).
 *
 * <p>Input is a record's item texts exactly as a reader yields them. The checks are hand-written loops over the
 * characters: no regular expression and no Bean Validation engine on this path. Immutable and thread-safe.
 */
public final class FieldRules {
    private static final ClassValue<FieldRules> CACHE = new ClassValue<>() {
        @Override
        protected FieldRules computeValue(Class<?> type) {
            return new FieldRules(RecordLayout.of(type.asSubclass(Record.class)));
        }
    };

    private final String layoutId;
    private final ColumnCheck[] checks;

    private FieldRules(RecordLayout<?> layout) {
        this(layout.id(), layout.columns(), valueTypes(layout.type()));
    }

    private FieldRules(String layoutId, List<ColumnSpec> columns, List<Class<?>> valueTypes) {
        this.layoutId = layoutId;
        this.checks = new ColumnCheck[columns.size()];
        for (int i = 0; i < checks.length; i++) {
            checks[i] = new ColumnCheck(columns.get(i), i < valueTypes.size() ? valueTypes.get(i) : null);
        }
    }

    /** The Java type of each item, in No. order (group members repeated), as the record declares it. */
    private static List<Class<?>> valueTypes(Class<?> type) {
        List<Class<?>> out = new ArrayList<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            if (rc.isAnnotationPresent(Column.class)) {
                out.add(rc.getType());
            } else if (rc.isAnnotationPresent(Repeated.class)) {
                Class<?> member = (Class<?>) ((ParameterizedType) rc.getGenericType()).getActualTypeArguments()[0];
                List<Class<?>> inner = valueTypes(member);
                for (int rep = 0; rep < rc.getAnnotation(Repeated.class).prefixes().length; rep++) {
                    out.addAll(inner);
                }
            }
        }
        return out;
    }

    /**
     * The compiled rules of a record type's layout (cached).
     *
     * @param type the record type
     * @return the rules
     */
    public static FieldRules of(Class<? extends Record> type) {
        return CACHE.get(type);
    }

    /**
     * Compiles rules for a list of items (for a layout without a record type, or tests).
     *
     * @param layoutId the layout id
     * @param columns the items in No. order
     * @return the rules
     */
    public static FieldRules compile(String layoutId, List<ColumnSpec> columns) {
        return new FieldRules(layoutId, columns, List.of());
    }

    /** @return the layout id */
    public String layoutId() {
        return layoutId;
    }

    /** @return the number of items */
    public int size() {
        return checks.length;
    }

    /**
     * Checks one record's item texts.
     *
     * @param texts the item texts in No. order ({@code null} counts as empty)
     * @param at where the record is
     * @param sink receives the issues
     * @return the number of issues reported
     */
    public int check(String[] texts, RecordLocation at, IssueSink sink) {
        if (texts.length != checks.length) {
            sink.report(new ValidationIssue(Rules.R7, at.file(), at.line(), at.record(), 0, null, null,
                    Map.of("layout", layoutId, "expected", Integer.toString(checks.length),
                            "actual", Integer.toString(texts.length))));
            return 1;
        }
        int n = 0;
        for (int i = 0; i < checks.length; i++) {
            n += checks[i].check(texts[i], at, sink);
        }
        return n;
    }

    /**
     * Checks one record's item texts and returns the issues.
     *
     * @param texts the item texts in No. order
     * @param at where the record is
     * @return the issues, in No. order
     */
    public List<ValidationIssue> check(String[] texts, RecordLocation at) {
        List<ValidationIssue> out = new ArrayList<>(0);
        check(texts, at, out::add);
        return out;
    }

    /** The compiled checks of one item. */
    private static final class ColumnCheck {
        private final ColumnSpec spec;
        private final int max;
        private final Set<String> codes;
        private final String codeText;
        private final FieldFormat format;
        private final MethodHandle valueParse;

        ColumnCheck(ColumnSpec spec, Class<?> valueType) {
            this.spec = spec;
            this.valueParse = parserOf(valueType);
            this.max = spec.isFreeLength() ? Integer.MAX_VALUE : spec.length();
            this.format = spec.format();
            Set<String> set = new HashSet<>();
            StringJoiner j = new StringJoiner(", ");
            for (CodeList c : spec.codes()) {
                set.add(c.code());
                j.add(c.code() + ":" + c.label());
            }
            this.codes = Set.copyOf(set);
            this.codeText = j.toString();
        }

        int check(String text, RecordLocation at, IssueSink sink) {
            if (text == null || text.isEmpty()) {
                if (spec.required()) {
                    sink.report(issue(Rules.R9, "", at, Map.of()));
                    return 1;
                }
                if (spec.necessary()) {
                    sink.report(issue(Rules.P14, "", at, Map.of()));
                    return 1;
                }
                return 0;
            }
            int n = repertoire(text, at, sink);
            // a text of at most max chars has at most max code points: count them only when it is longer
            int len = text.length() <= max ? 0 : text.codePointCount(0, text.length());
            if (len > max) {
                sink.report(issue(Rules.R8, text, at, Map.of("max", Integer.toString(max),
                        "length", Integer.toString(len))));
                return n + 1;
            }
            Rule bad = formatProblem(text);
            if (bad != null && bad != Rules.CODE && bad != Rules.R53_UNUSED && acceptedByValueType(text)) {
                // the item's value type defines a sentinel the plain format does not know (R37: 00000000, 000000)
                bad = null;
            }
            if (bad != null) {
                Map<String, String> p = bad == Rules.CODE ? Map.of("codes", codeText) : Map.of();
                sink.report(issue(bad, text, at, p));
                n++;
            }
            return n;
        }

        private boolean acceptedByValueType(String text) {
            if (valueParse == null) {
                return false;
            }
            try {
                valueParse.invoke(text);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        private int repertoire(String text, RecordLocation at, IssueSink sink) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    continue;
                }
                Rule r = Ms932Repertoire.isGaiji(c) ? Rules.R2_GAIJI
                        : Ms932Repertoire.isEncodable(c) ? null : Rules.R2_CHARSET;
                if (r != null) {
                    int cp = text.codePointAt(i);
                    sink.report(issue(r, text, at, Map.of("char", new String(Character.toChars(cp)),
                            "codepoint", String.format("U+%04X", cp), "position", Integer.toString(i + 1))));
                    return 1;
                }
            }
            return 0;
        }

        private ValidationIssue issue(Rule rule, String value, RecordLocation at, Map<String, String> params) {
            return new ValidationIssue(rule, at.file(), at.line(), at.record(), spec.no(), spec.name(), value, params);
        }

        /** @return the rule the text breaks, or {@code null} */
        private Rule formatProblem(String t) {
            switch (format) {
                case CSV_VERSION:
                    return isMonth(t) ? null : Rules.R11_FORMAT;
                case YEAR_MONTH:
                    return isMonth(t) ? null : Rules.R10_MONTH;
                case DATE:
                    return isDate(t) ? null : Rules.R10_DATE;
                case TIME:
                    return isTime(t) ? null : Rules.R10_TIME;
                case TIME_OR_NONE:
                    return isTime(t) || "9999".equals(t) ? null : Rules.R42;
                case INTEGER:
                    return isDigits(t, 0, t.length()) ? null : Rules.R10_INTEGER;
                case DECIMAL:
                    return isDecimal(t) ? null : Rules.R52_DECIMAL;
                case CODE:
                    return codes.isEmpty() || codes.contains(t) ? null : Rules.CODE;
                case POSTAL_CODE:
                    return t.length() == 8 && isDigits(t, 0, 3) && t.charAt(3) == '-' && isDigits(t, 4, 8) ? null
                            : Rules.R10_POSTAL;
                case INSURER_NUMBER:
                    return t.length() == 6 && isDigits(t, 0, 6) ? null : Rules.R10_INSURER;
                case INSURED_NUMBER:
                    return t.length() == 10 && (isDigits(t, 0, 10) || t.charAt(0) == 'H' && isDigits(t, 1, 10)) ? null
                            : Rules.R10_INSURED;
                case OFFICE_NUMBER:
                    return t.length() == 10 && isDigits(t, 0, 10) ? null : Rules.R10_OFFICE;
                case SERVICE_TYPE_CODE:
                    return t.length() == 2 && isCodeChars(t) ? null : Rules.R10_SERVICE_TYPE;
                case SERVICE_CODE:
                    return t.length() == 6 && isCodeChars(t) ? null : Rules.R10_SERVICE_CODE;
                case PRORATED_DAYS:
                    return isBitmap31(t) ? null : Rules.R43_FORMAT;
                case UNUSED:
                    return Rules.R53_UNUSED;
                default:
                    // FREE_TEXT, TEXT, WELFARE_EQUIPMENT_CODE (hyphen character unsettled, Q20): length and
                    // repertoire only.
                    return null;
            }
        }
    }

    /**
     * The {@code parse(String)} of a {@link SpecValue} type, used only when the hand-written format check fails,
     * so that the value type stays the one authority on sentinels (R37).
     */
    private static MethodHandle parserOf(Class<?> type) {
        if (type == null || !SpecValue.class.isAssignableFrom(type)) {
            return null;
        }
        try {
            Method m = type.getMethod("parse", String.class);
            return Modifier.isStatic(m.getModifiers()) ? MethodHandles.publicLookup().unreflect(m) : null;
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }

    static boolean isDigits(String t, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (t.charAt(i) - '0');
        }
        return v;
    }

    static boolean isMonth(String t) {
        if (t.length() != 6 || !isDigits(t, 0, 6)) {
            return false;
        }
        int m = num(t, 4, 6);
        return m >= 1 && m <= 12 && num(t, 0, 4) >= 1;
    }

    static boolean isDate(String t) {
        if (t.length() != 8 || !isDigits(t, 0, 8)) {
            return false;
        }
        int y = num(t, 0, 4);
        int m = num(t, 4, 6);
        int d = num(t, 6, 8);
        if (y < 1 || m < 1 || m > 12 || d < 1) {
            return false;
        }
        int days;
        if (m == 2) {
            boolean leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
            days = leap ? 29 : 28;
        } else if (m == 4 || m == 6 || m == 9 || m == 11) {
            days = 30;
        } else {
            days = 31;
        }
        return d <= days;
    }

    static boolean isTime(String t) {
        return t.length() == 4 && isDigits(t, 0, 4) && num(t, 0, 2) <= 23 && num(t, 2, 4) <= 59;
    }

    /** The 99.99 form (R52): one or two integer digits, a point, two decimals. */
    static boolean isDecimal(String t) {
        int dot = t.indexOf('.');
        return dot >= 1 && dot <= 2 && t.length() == dot + 3 && isDigits(t, 0, dot) && isDigits(t, dot + 1, dot + 3);
    }

    static boolean isCodeChars(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    static boolean isBitmap31(String t) {
        if (t.length() != 31) {
            return false;
        }
        for (int i = 0; i < 31; i++) {
            char c = t.charAt(i);
            if (c != '0' && c != '1') {
                return false;
            }
        }
        return true;
    }
}
