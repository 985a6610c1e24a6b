package io.github.careplanspec.validation.rules;

import io.github.careplanspec.csv.CsvItem;
import io.github.careplanspec.csv.CsvProblem;
import io.github.careplanspec.csv.ProblemCode;
import io.github.careplanspec.csv.ms932.Ms932;
import io.github.careplanspec.model.ClockTime;
import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.PostalCode;
import io.github.careplanspec.model.ProratedDays;
import io.github.careplanspec.model.ServiceCode;
import io.github.careplanspec.model.ServiceTime;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.WelfareEquipmentCode;
import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.FieldProblem;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.catalog.Repeated;
import io.github.careplanspec.model.catalog.ValueCheck;
import io.github.careplanspec.model.code.CodeList;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import io.github.careplanspec.validation.report.ValidationIssue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The item rules of one layout, compiled once from its {@link ColumnSpec}s (never re-typed per field): 必須 (R9),
 * 必要 (P14), 項目長 in characters (R8), code list membership (CODE), 識別子 unused (R53), the MS932 repertoire (R2)
 * and the 書式 (R10, R11, R42, R43, R52) — the last one not checked here but asked of the item's value type
 * ({@link ValueCheck}: the codec the reader converts the item with), so the reader and the validator cannot disagree
 * about a value.
 *
 * <p>Two inputs. Item texts alone ({@link #check(String[], RecordLocation, IssueSink)}: a record in memory, a vendor's
 * texts): the codecs are asked. A reader's item ({@link #check(CsvItem, String[], RecordLocation, IssueSink)}): the
 * reader has already converted every item and scanned every character once, so its conversion and repertoire
 * findings are turned into the same issues and nothing is converted or scanned a second time. Immutable and
 * thread-safe.
 */
public final class FieldRules {
    private static final ClassValue<FieldRules> CACHE = new ClassValue<>() {
        @Override
        protected FieldRules computeValue(Class<?> type) {
            return new FieldRules(RecordLayout.of(type.asSubclass(Record.class)));
        }
    };

    /** Per-item flags from a reader's problems or a layout's conversion. */
    private static final byte UNCONVERTED = 1;
    private static final byte REPERTOIRE = 2;
    /** Modes: what is already known of every item (else it is asked of the codec, or scanned). */
    private static final int KNOWN_CONVERSION = 1;
    private static final int KNOWN_REPERTOIRE = 2;

    private final String layoutId;
    private final ColumnCheck[] checks;

    private FieldRules(RecordLayout<?> layout) {
        this(layout.id(), layout.columns(), valueTypes(layout.type()));
    }

    private FieldRules(String layoutId, List<ColumnSpec> columns, List<Class<?>> valueTypes) {
        this.layoutId = layoutId;
        this.checks = new ColumnCheck[columns.size()];
        for (int i = 0; i < checks.length; i++) {
            ColumnSpec c = columns.get(i);
            checks[i] = new ColumnCheck(c, i < valueTypes.size() ? valueTypes.get(i) : standardType(c.format()));
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

    /** The value type of a format for items without a record type ({@link #compile}); {@code null}: no 書式. */
    private static Class<?> standardType(FieldFormat format) {
        switch (format) {
            case CSV_VERSION:
                return CsvVersion.class;
            case YEAR_MONTH:
                return YearMonth.class;
            case DATE:
                return LocalDate.class;
            case TIME:
                return ClockTime.class;
            case TIME_OR_NONE:
                return ServiceTime.class;
            case INTEGER:
                return Integer.class;
            case DECIMAL:
                return BigDecimal.class;
            case POSTAL_CODE:
                return PostalCode.class;
            case INSURER_NUMBER:
                return InsurerNumber.class;
            case INSURED_NUMBER:
                return InsuredNumber.class;
            case OFFICE_NUMBER:
                return OfficeNumber.class;
            case SERVICE_TYPE_CODE:
                return ServiceTypeCode.class;
            case SERVICE_CODE:
                return ServiceCode.class;
            case WELFARE_EQUIPMENT_CODE:
                return WelfareEquipmentCode.class;
            case PRORATED_DAYS:
                return ProratedDays.class;
            default:
                // CODE (membership below), FREE_TEXT, TEXT, UNUSED: no value type of their own
                return null;
        }
    }

    /**
     * The rule of a broken 書式.
     *
     * @param format the format an item's text breaks
     * @return its rule; {@link Rules#R10_VALUE} for a value type without a rule of its own
     */
    public static Rule ruleOf(FieldFormat format) {
        switch (format) {
            case CSV_VERSION:
                return Rules.R11_FORMAT;
            case YEAR_MONTH:
                return Rules.R10_MONTH;
            case DATE:
                return Rules.R10_DATE;
            case TIME:
                return Rules.R10_TIME;
            case TIME_OR_NONE:
                return Rules.R42;
            case INTEGER:
                return Rules.R10_INTEGER;
            case DECIMAL:
                return Rules.R52_DECIMAL;
            case CODE:
                return Rules.CODE;
            case POSTAL_CODE:
                return Rules.R10_POSTAL;
            case INSURER_NUMBER:
                return Rules.R10_INSURER;
            case INSURED_NUMBER:
                return Rules.R10_INSURED;
            case OFFICE_NUMBER:
                return Rules.R10_OFFICE;
            case SERVICE_TYPE_CODE:
                return Rules.R10_SERVICE_TYPE;
            case SERVICE_CODE:
                return Rules.R10_SERVICE_CODE;
            case PRORATED_DAYS:
                return Rules.R43_FORMAT;
            case UNUSED:
                return Rules.R53_UNUSED;
            default:
                // WELFARE_EQUIPMENT_CODE (R46, hyphen unsettled: Q20), a FREE_TEXT or TEXT value type
                return Rules.R10_VALUE;
        }
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
     * Compiles rules for a list of items (for a layout without a record type, or tests); the 書式 of each item is
     * that of its format's standard value type (e.g. {@code LocalDate} for {@link FieldFormat#DATE}).
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
     * Checks one record's item texts; the 書式 of each item is asked of its value type's codec.
     *
     * @param texts the item texts in No. order ({@code null} counts as empty)
     * @param at where the record is
     * @param sink receives the issues
     * @return the number of issues reported
     */
    public int check(String[] texts, RecordLocation at, IssueSink sink) {
        if (texts.length != checks.length) {
            return wrongCount(texts.length, at, sink);
        }
        int n = 0;
        for (int i = 0; i < checks.length; i++) {
            n += checks[i].check(texts[i], (byte) 0, 0, false, at, sink);
        }
        return n;
    }

    /**
     * Checks one record's item texts that a layout has already converted ({@link RecordLayout#parse}): the items
     * that did not convert are its problems, nothing is converted again.
     *
     * @param texts the item texts in No. order
     * @param unconverted the layout's conversion problems ({@link io.github.careplanspec.model.catalog.Parsed#problems()})
     * @param at where the record is
     * @param sink receives the issues
     * @return the number of issues reported
     */
    public int check(String[] texts, List<FieldProblem> unconverted, RecordLocation at, IssueSink sink) {
        if (texts.length != checks.length) {
            return wrongCount(texts.length, at, sink);
        }
        byte[] flags = null;
        for (FieldProblem p : unconverted) {
            // a group member's record invariant is located at the member's first item with an empty raw text: not
            // a conversion problem of that item's text
            if (p.column().no() <= checks.length && p.raw().equals(texts[p.column().no() - 1])) {
                flags = flags == null ? new byte[checks.length] : flags;
                flags[p.column().no() - 1] |= UNCONVERTED;
            }
        }
        int n = 0;
        for (int i = 0; i < checks.length; i++) {
            n += checks[i].check(texts[i], flags == null ? 0 : flags[i], KNOWN_CONVERSION, false, at, sink);
        }
        return n;
    }

    /**
     * Checks one record as a reader yielded it, without converting or scanning anything again: which items did not
     * convert ({@code FIELD_FORMAT}) and which hold a character outside the repertoire ({@code GAIJI},
     * {@code OUTSIDE_MS932}) come from the item's problems; 必須, 項目長, code membership and R53 are checked on the
     * texts. A U+FFFD that stands for bytes already reported as malformed ({@code MALFORMED_BYTES}) is not reported
     * again as {@link Rules#R2_CHARSET}.
     *
     * @param item the reader's item
     * @param texts its item texts in No. order (trailing empty items the reader dropped leniently left out)
     * @param at where the record is
     * @param sink receives the issues
     * @return the number of issues reported
     */
    public int check(CsvItem<?> item, String[] texts, RecordLocation at, IssueSink sink) {
        return check(item, Arrays.asList(texts), at, sink);
    }

    /**
     * As {@link #check(CsvItem, String[], RecordLocation, IssueSink)}, over a list of texts (not copied), e.g. the
     * item's own {@link CsvItem#texts()}.
     *
     * @param item the reader's item
     * @param texts its item texts in No. order (trailing empty items the reader dropped leniently left out)
     * @param at where the record is
     * @param sink receives the issues
     * @return the number of issues reported
     */
    public int check(CsvItem<?> item, List<String> texts, RecordLocation at, IssueSink sink) {
        if (texts.size() != checks.length) {
            return wrongCount(texts.size(), at, sink);
        }
        byte[] flags = null;
        boolean badBytes = false;
        for (CsvProblem p : item.problems()) {
            switch (p.code()) {
                case FIELD_FORMAT:
                case GAIJI:
                case OUTSIDE_MS932:
                    if (p.column() != null && p.column().no() <= checks.length
                            && (p.code() != ProblemCode.FIELD_FORMAT || String.valueOf(p.raw()).equals(
                                    texts.get(p.column().no() - 1)))) {
                        if (flags == null) {
                            flags = new byte[checks.length];
                        }
                        flags[p.column().no() - 1] |= p.code() == ProblemCode.FIELD_FORMAT
                                ? UNCONVERTED : REPERTOIRE;
                    }
                    break;
                case MALFORMED_BYTES:
                    badBytes = true;
                    break;
                default:
                    break;
            }
        }
        int n = 0;
        for (int i = 0; i < checks.length; i++) {
            n += checks[i].check(texts.get(i), flags == null ? 0 : flags[i], KNOWN_CONVERSION | KNOWN_REPERTOIRE, badBytes,
                    at, sink);
        }
        return n;
    }

    private int wrongCount(int actual, RecordLocation at, IssueSink sink) {
        sink.report(new ValidationIssue(Rules.R7, at.file(), at.line(), at.record(), 0, null, null,
                Map.of("layout", layoutId, "expected", Integer.toString(checks.length),
                        "actual", Integer.toString(actual))));
        return 1;
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
        /** The value type whose codec is the authority on the item's 書式, or {@code null} when it has none. */
        private final Class<?> valueType;

        ColumnCheck(ColumnSpec spec, Class<?> valueType) {
            this.spec = spec;
            this.max = spec.isFreeLength() ? Integer.MAX_VALUE : spec.length();
            this.format = spec.format();
            // code lists: membership below (a closed enum fails to convert exactly when its code is unknown);
            // String items have no 書式 beyond length and repertoire
            this.valueType = format == FieldFormat.CODE || format == FieldFormat.UNUSED || valueType == null
                    || valueType == String.class ? null : valueType;
            Set<String> set = new HashSet<>();
            StringJoiner j = new StringJoiner(", ");
            for (CodeList c : spec.codes()) {
                set.add(c.code());
                j.add(c.code() + ":" + c.label());
            }
            this.codes = Set.copyOf(set);
            this.codeText = j.toString();
        }

        /**
         * One item: conversion asked of the codec unless known ({@code flags} then say whether it converted), the
         * repertoire scanned unless known ({@code flags} then say whether to look).
         */
        int check(String text, byte flags, int mode, boolean badBytes, RecordLocation at, IssueSink sink) {
            if (text == null || text.isEmpty()) {
                return empty(at, sink);
            }
            int n = (mode & KNOWN_REPERTOIRE) == 0 || (flags & REPERTOIRE) != 0
                    ? repertoire(text, badBytes, at, sink) : 0;
            if (tooLong(text, at, sink)) {
                return n + 1;
            }
            Rule bad = layoutProblem(text);
            if (bad == null && valueType != null) {
                if ((mode & KNOWN_CONVERSION) == 0) {
                    FieldFormat broken = ValueCheck.check(valueType, text);
                    bad = broken == null ? null : ruleOf(broken);
                } else if ((flags & UNCONVERTED) != 0) {
                    bad = ruleOf(format);
                }
            }
            return n + report(bad, text, at, sink);
        }

        private int empty(RecordLocation at, IssueSink sink) {
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

        private boolean tooLong(String text, RecordLocation at, IssueSink sink) {
            // a text of at most max chars has at most max code points: count them only when it is longer
            int len = text.length() <= max ? 0 : text.codePointCount(0, text.length());
            if (len > max) {
                sink.report(issue(Rules.R8, text, at, Map.of("max", Integer.toString(max),
                        "length", Integer.toString(len))));
                return true;
            }
            return false;
        }

        /** What the layout (not the value type) says of a non-empty text: code membership, 識別子 unused. */
        private Rule layoutProblem(String text) {
            if (format == FieldFormat.CODE) {
                return codes.isEmpty() || codes.contains(text) ? null : Rules.CODE;
            }
            return format == FieldFormat.UNUSED ? Rules.R53_UNUSED : null;
        }

        private int report(Rule bad, String text, RecordLocation at, IssueSink sink) {
            if (bad == null) {
                return 0;
            }
            Map<String, String> p = bad == Rules.CODE ? Map.of("codes", codeText)
                    : bad == Rules.R10_VALUE ? Map.of("format", format.printed()) : Map.of();
            sink.report(issue(bad, text, at, p));
            return 1;
        }

        private int repertoire(String text, boolean skipReplacement, RecordLocation at, IssueSink sink) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    continue;
                }
                // the writer's repertoire (csv's Ms932: what survives encode -> decode), so that what validates is
                // what the writer writes unchanged: no best-fit ¥, ¢, ‾ or ゔ (R2a, R2c)
                Rule r = Ms932.isGaiji(c) ? Rules.R2_GAIJI : Ms932.isEncodable(c) ? null : Rules.R2_CHARSET;
                if (r != null) {
                    if (skipReplacement && c == '\uFFFD' && r == Rules.R2_CHARSET) {
                        // the U+FFFD of bytes already reported as R2.bytes
                        return 0;
                    }
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
}
