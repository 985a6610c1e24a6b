package io.github.careplanspec.model.catalog;

import io.github.careplanspec.model.issue.Keyed;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The layout (ファイルレイアウト) of one record type, derived once from its {@link Column} and {@link Repeated}
 * annotations: the ordered items, and the conversion between a typed record and the items' texts.
 *
 * <p>Instances are immutable, cached per type and thread-safe. An empty text is an absent value ({@code null});
 * an absent value is written as an empty text. Nothing here checks 必須, 項目長 or code membership: that is
 * validation's work, from the same {@link ColumnSpec}s.
 *
 * @param <R> the record type
 */
public final class RecordLayout<R extends Record> {
    private static final ClassValue<RecordLayout<?>> CACHE = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected RecordLayout<?> computeValue(Class<?> type) {
            return new RecordLayout(type.asSubclass(Record.class));
        }
    };

    private final Class<R> type;
    private final String id;
    private final Node[] nodes;
    private final List<ColumnSpec> columns;
    private final Constructor<R> constructor;
    /** Every node's codec when every node is a single item (no repeated group), else {@code null}. */
    private final FieldCodec[] flatCodecs;
    /** Per item (No. - 1): the node that formats it and the No. of that node's first item. */
    private final Node[] nodeOfItem;
    private final int[] firstOfItem;

    /**
     * The layout of a record type.
     *
     * @param type a record type annotated with {@link Layout} (or a group member record)
     * @param <R> the record type
     * @return the cached layout
     * @throws IllegalStateException if the type's annotations do not describe a contiguous layout
     */
    @SuppressWarnings("unchecked")
    public static <R extends Record> RecordLayout<R> of(Class<R> type) {
        return (RecordLayout<R>) CACHE.get(type);
    }

    private RecordLayout(Class<R> type) {
        this.type = type;
        // a vendor's own layout record lives in another module: reading it is needed for the accessors below
        RecordLayout.class.getModule().addReads(type.getModule());
        Layout l = type.getAnnotation(Layout.class);
        this.id = l == null ? type.getSimpleName() : l.value();
        RecordComponent[] rcs = type.getRecordComponents();
        if (rcs == null) {
            throw new IllegalStateException(type + " is not a record");
        }
        this.nodes = new Node[rcs.length];
        List<ColumnSpec> cols = new ArrayList<>();
        Class<?>[] paramTypes = new Class<?>[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            RecordComponent rc = rcs[i];
            paramTypes[i] = rc.getType();
            MethodHandle getter;
            try {
                getter = MethodHandles.lookup().unreflect(rc.getAccessor());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            Column c = rc.getAnnotation(Column.class);
            Repeated r = rc.getAnnotation(Repeated.class);
            if (c != null) {
                FieldCodec codec = FieldCodec.forType(rc.getGenericType(), type, rc.getName());
                FieldFormat format = c.format() == FieldFormat.DERIVED ? derived(codec, c) : c.format();
                ColumnSpec spec = new ColumnSpec(id, c.no(), c.name(), c.length(), c.required(), c.necessary(),
                        format, codec.codes());
                nodes[i] = new Single(getter, codec, spec);
                cols.add(spec);
            } else if (r != null) {
                if (rc.getType() != List.class || !(rc.getGenericType() instanceof ParameterizedType)) {
                    throw new IllegalStateException(type + "." + rc.getName() + ": @Repeated needs a List<G>");
                }
                @SuppressWarnings("unchecked")
                Class<? extends Record> member = (Class<? extends Record>) ((ParameterizedType) rc.getGenericType())
                        .getActualTypeArguments()[0];
                RecordLayout<?> inner = of(member);
                int width = inner.columns.size();
                int start = cols.size();
                for (int rep = 0; rep < r.prefixes().length; rep++) {
                    for (ColumnSpec s : inner.columns) {
                        cols.add(new ColumnSpec(id, r.firstNo() + rep * width + s.no() - 1, r.prefixes()[rep] + s.name(),
                                s.length(), s.required(), s.necessary(), s.format(), s.codes()));
                    }
                }
                nodes[i] = new Group(getter, inner, r.prefixes().length, List.copyOf(cols.subList(start, cols.size())));
            } else {
                throw new IllegalStateException(type + "." + rc.getName() + " has neither @Column nor @Repeated");
            }
        }
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).no() != i + 1) {
                throw new IllegalStateException(id + ": item " + cols.get(i) + " is at position " + (i + 1));
            }
        }
        this.columns = Collections.unmodifiableList(cols);
        this.nodeOfItem = new Node[cols.size()];
        this.firstOfItem = new int[cols.size()];
        int at = 0;
        for (Node n : nodes) {
            for (int k = 0; k < n.width(); k++) {
                nodeOfItem[at + k] = n;
                firstOfItem[at + k] = at + 1;
            }
            at += n.width();
        }
        FieldCodec[] flat = new FieldCodec[nodes.length];
        for (int i = 0; i < nodes.length && flat != null; i++) {
            flat = nodes[i] instanceof Single ? flat : null;
            if (flat != null) {
                flat[i] = ((Single) nodes[i]).codec;
            }
        }
        this.flatCodecs = flat;
        try {
            this.constructor = type.getDeclaredConstructor(paramTypes);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FieldFormat derived(FieldCodec codec, Column c) {
        if (codec == FieldCodec.STRING) {
            return c.length() == Column.FREE ? FieldFormat.FREE_TEXT : FieldFormat.TEXT;
        }
        return codec.format;
    }

    /** @return the layout id, e.g. {@code UP1KYO} */
    public String id() {
        return id;
    }

    /** @return the record type */
    public Class<R> type() {
        return type;
    }

    /** @return every item in No. order */
    public List<ColumnSpec> columns() {
        return columns;
    }

    /** @return the number of items of a record (R7) */
    public int size() {
        return columns.size();
    }

    /**
     * The items' texts of a record, in No. order; an absent value is an empty text.
     *
     * @param record the record
     * @return one text per item, never {@code null}
     */
    public String[] format(R record) {
        Objects.requireNonNull(record, "record");
        String[] out = new String[columns.size()];
        int pos = 0;
        for (Node n : nodes) {
            pos = n.format(record, out, pos);
        }
        return out;
    }

    /**
     * The text of one item of a record, exactly as {@link #format} gives it, without formatting the others
     * (for keys: a receiver keys every record by a few items).
     *
     * @param record the record
     * @param no the item No. (1-based)
     * @return the text, empty if absent
     * @throws IndexOutOfBoundsException if {@code no} is not an item No. of this layout
     */
    public String text(R record, int no) {
        Objects.requireNonNull(record, "record");
        Node n = nodeOfItem[Objects.checkIndex(no - 1, nodeOfItem.length)];
        if (n instanceof Single single) {
            Object v = get(single.getter, record);
            return v == null ? "" : single.codec.format(v);
        }
        String[] out = new String[n.width()];
        n.format(record, out, 0);
        return out[no - firstOfItem[no - 1]];
    }

    /**
     * The typed value of one item of a record, as the record holds it (no formatting): for readers of a few items
     * by type, such as a receiver keying every record (保険者番号 → {@code InsurerNumber}, a date → {@code LocalDate}).
     * For an item of a repeated group, the value in that repetition's member record.
     *
     * @param record the record
     * @param no the item No. (1-based)
     * @return the value; {@code null} if absent
     * @throws IndexOutOfBoundsException if {@code no} is not an item No. of this layout
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object value(R record, int no) {
        Objects.requireNonNull(record, "record");
        Node n = nodeOfItem[Objects.checkIndex(no - 1, nodeOfItem.length)];
        if (n instanceof Single single) {
            return get(single.getter, record);
        }
        Group g = (Group) n;
        List<?> list = (List<?>) get(g.getter, record);
        int offset = no - firstOfItem[no - 1];
        int rep = offset / g.inner.size();
        if (list == null || rep >= list.size() || list.get(rep) == null) {
            return null;
        }
        return ((RecordLayout) g.inner).value((Record) list.get(rep), offset % g.inner.size() + 1);
    }

    /**
     * Builds a typed record from its items' texts.
     *
     * @param fields exactly {@link #size()} texts in No. order
     * @return the record, or every item that could not be converted
     * @throws IllegalArgumentException if the number of texts is not {@link #size()}
     */
    public Parsed<R> parse(List<String> fields) {
        if (fields.size() != columns.size()) {
            throw new IllegalArgumentException(id + " has " + columns.size() + " items, got " + fields.size());
        }
        Object[] args = new Object[nodes.length];
        List<FieldProblem> problems;
        if (flatCodecs != null) {
            problems = parseFlat(fields, args);
        } else {
            problems = new ArrayList<>(0);
            int pos = 0;
            for (int i = 0; i < nodes.length; i++) {
                args[i] = nodes[i].parse(fields, pos, problems);
                pos += nodes[i].width();
            }
        }
        if (!problems.isEmpty()) {
            return new Parsed<>(null, problems, null);
        }
        try {
            return new Parsed<>(constructor.newInstance(args), List.of(), null);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
                return new Parsed<>(null, List.of(), recordProblem(cause));
            }
            throw new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A record invariant's refusal as a phrase: the library's own refusals carry an issue id and parameters
     * ({@link Keyed}) and render in the language asked for; anything else keeps its text.
     */
    private static Phrase recordProblem(Throwable cause) {
        if (cause instanceof Keyed k) {
            return new Phrase(k.id(), k.params());
        }
        return Phrase.literal(String.valueOf(cause.getMessage()));
    }

    /**
     * {@link Single#parse} over every item without a node call per item (a layout without repeated groups, the
     * common case); returns the problems, {@code List.of()} when none.
     */
    private List<FieldProblem> parseFlat(List<String> fields, Object[] args) {
        FieldCodec[] codecs = flatCodecs;
        List<FieldProblem> problems = null;
        for (int i = 0; i < codecs.length; i++) {
            String text = fields.get(i);
            if (text == null || text.isEmpty()) {
                continue;
            }
            try {
                args[i] = codecs[i].parse(text);
            } catch (IllegalArgumentException e) {
                if (problems == null) {
                    problems = new ArrayList<>(1);
                }
                problems.add(((Single) nodes[i]).problem(text, e));
            }
        }
        return problems == null ? List.of() : problems;
    }

    private interface Node {
        int format(Object record, String[] out, int pos);

        Object parse(List<String> fields, int pos, List<FieldProblem> problems);

        int width();
    }

    private static Object get(MethodHandle getter, Object record) {
        try {
            return getter.invoke(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Single implements Node {
        private final MethodHandle getter;
        private final FieldCodec codec;
        private final ColumnSpec spec;

        Single(MethodHandle getter, FieldCodec codec, ColumnSpec spec) {
            this.getter = getter;
            this.codec = codec;
            this.spec = spec;
        }

        @Override
        public int format(Object record, String[] out, int pos) {
            Object v = get(getter, record);
            out[pos] = v == null ? "" : codec.format(v);
            return pos + 1;
        }

        @Override
        public Object parse(List<String> fields, int pos, List<FieldProblem> problems) {
            String text = fields.get(pos);
            if (text == null || text.isEmpty()) {
                return null;
            }
            try {
                return codec.parse(text);
            } catch (IllegalArgumentException e) {
                problems.add(problem(text, e));
                return null;
            }
        }

        FieldProblem problem(String text, IllegalArgumentException e) {
            return new FieldProblem(spec, text, codec.expected);
        }

        @Override
        public int width() {
            return 1;
        }
    }

    private static final class Group implements Node {
        private final MethodHandle getter;
        private final RecordLayout<?> inner;
        private final int count;
        private final List<ColumnSpec> specs;

        Group(MethodHandle getter, RecordLayout<?> inner, int count, List<ColumnSpec> specs) {
            this.getter = getter;
            this.inner = inner;
            this.count = count;
            this.specs = specs;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public int format(Object record, String[] out, int pos) {
            List<?> list = (List<?>) get(getter, record);
            int w = inner.size();
            int n = list == null ? 0 : list.size();
            if (n > count) {
                throw new IllegalArgumentException(inner.id + ": at most " + count + " repetitions, got " + n);
            }
            for (int rep = 0; rep < count; rep++) {
                if (rep < n) {
                    String[] one = ((RecordLayout) inner).format((Record) list.get(rep));
                    System.arraycopy(one, 0, out, pos + rep * w, w);
                } else {
                    Arrays.fill(out, pos + rep * w, pos + (rep + 1) * w, "");
                }
            }
            return pos + count * w;
        }

        @Override
        public Object parse(List<String> fields, int pos, List<FieldProblem> problems) {
            int w = inner.size();
            int last = -1;
            for (int rep = 0; rep < count; rep++) {
                for (int k = 0; k < w; k++) {
                    String t = fields.get(pos + rep * w + k);
                    if (t != null && !t.isEmpty()) {
                        last = rep;
                    }
                }
            }
            List<Object> out = new ArrayList<>(last + 1);
            for (int rep = 0; rep <= last; rep++) {
                List<String> slice = fields.subList(pos + rep * w, pos + (rep + 1) * w);
                Parsed<?> p = inner.parse(slice);
                if (p.isOk()) {
                    out.add(p.value());
                } else {
                    for (FieldProblem fp : p.problems()) {
                        // re-locate the member's problem at the item of this repetition
                        problems.add(new FieldProblem(specs.get(rep * w + fp.column().no() - 1), fp.raw(),
                                fp.expectation()));
                    }
                    if (p.problems().isEmpty()) {
                        problems.add(new FieldProblem(specs.get(rep * w), "",
                                p.recordProblem()));
                    }
                }
            }
            return Collections.unmodifiableList(out);
        }

        @Override
        public int width() {
            return inner.size() * count;
        }
    }
}
