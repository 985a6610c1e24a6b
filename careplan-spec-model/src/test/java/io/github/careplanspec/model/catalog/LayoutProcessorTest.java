package io.github.careplanspec.model.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.code.Code;
import io.github.careplanspec.model.code.Gender;
import io.github.careplanspec.processor.LayoutBuilderProcessor;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The builder generator (careplan-spec-processor), run in memory on a small test layout against this module's
 * real annotations, {@link Records} and {@link CsvVersion}: the setters it derives, the {@code Code<E>} overloads,
 * the preset CSVバージョン, the 必須 message, a builder check, and the Javadoc composed from {@link Column}.
 */
class LayoutProcessorTest {
    private static final String SLOT = """
            package probe;

            import io.github.careplanspec.model.catalog.Column;

            public record Slot(
                    @Column(no = 1, name = "コード", length = 2) String code,
                    @Column(no = 2, name = "数", length = 3) Integer count) {
            }
            """;
    private static final String PROBE = """
            package probe;

            import io.github.careplanspec.model.CsvVersion;
            import io.github.careplanspec.model.InsurerNumber;
            import io.github.careplanspec.model.catalog.BuilderRange;
            import io.github.careplanspec.model.catalog.Column;
            import io.github.careplanspec.model.catalog.FieldFormat;
            import io.github.careplanspec.model.catalog.Layout;
            import io.github.careplanspec.model.catalog.Repeated;
            import io.github.careplanspec.model.code.Code;
            import io.github.careplanspec.model.code.Gender;
            import java.util.List;

            /** A test layout. */
            @Layout("PROBE")
            public record Probe(
                    @Column(no = 1, name = "CSVバージョン", length = 6, required = true) CsvVersion csvVersion,
                    @Column(no = 2, name = "保険者番号", length = 6, required = true) InsurerNumber insurerNumber,
                    @Column(no = 3, name = "利用者性別", length = 1, required = true) Code<Gender> gender,
                    @Column(no = 4, name = "メモ") String note,
                    @Repeated(firstNo = 5, prefixes = {"１", "２"}) List<Slot> slots,
                    @Column(no = 9, name = "識別子", length = 1, format = FieldFormat.UNUSED) String identifier,
                    @Column(no = 10, name = "課題ＮＯ", length = 2) @BuilderRange(min = 1) Integer issueNo) {

                /** @return a builder */
                public static Builder builder() {
                    return new Builder();
                }

                /** @return a builder holding this record's values */
                public Builder toBuilder() {
                    return new Builder().from(this);
                }

                /** Builds a Probe. */
                public static final class Builder extends ProbeFields {
                    private Builder() {
                    }

                    /**
                     * A note of at most three characters.
                     *
                     * @throws IllegalArgumentException if the note is longer than three characters
                     */
                    static String checkNote(String v) {
                        if (v != null && v.length() > 3) {
                            throw new IllegalArgumentException("メモは3文字まで / at most 3 characters: " + v);
                        }
                        return v;
                    }

                    /**
                     * A convenience written by hand: it calls the generated setters.
                     *
                     * @param insurer No.2
                     * @param gender No.3
                     * @return this builder
                     */
                    public Builder key(InsurerNumber insurer, Gender gender) {
                        return insurerNumber(insurer).gender(gender);
                    }

                    /**
                     * Adds a slot through the generated live list.
                     *
                     * @param s the slot
                     * @return this builder
                     */
                    public Builder addSlot(Slot s) {
                        slots().add(s);
                        return this;
                    }
                }
            }
            """;

    private static Compiled probe;

    @BeforeAll
    static void compile() throws Exception {
        probe = Compiled.of(Map.of("probe/Slot.java", SLOT, "probe/Probe.java", PROBE));
        assertTrue(probe.errors().isEmpty(), probe.errors().toString());
    }

    @Test
    void derivesOneSetterPerComponentAndAnEnumOverloadPerCode() throws Exception {
        Class<?> builder = probe.load("probe.Probe$Builder");
        Set<String> api = new TreeSet<>();
        for (Method m : builder.getMethods()) {
            if (m.getDeclaringClass() != Object.class) {
                if (!m.getName().equals("build")) {
                    assertSame(builder, m.getReturnType(), "every setter chains on the Builder: " + m);
                }
                api.add(m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
                        .collect(Collectors.joining(",", "(", ")")) + m.getReturnType().getSimpleName());
            }
        }
        assertEquals(new TreeSet<>(List.of(
                "csvVersion(CsvVersion)Builder", "insurerNumber(InsurerNumber)Builder",
                "gender(Code)Builder", "gender(Gender)Builder", "note(String)Builder", "slots(List)Builder",
                "identifier(String)Builder", "issueNo(Integer)Builder", "build()Probe",
                "key(InsurerNumber,Gender)Builder", "addSlot(Slot)Builder")), api);
        Class<?> fields = builder.getSuperclass();
        assertEquals("probe.ProbeFields", fields.getName());
        assertFalse(Modifier.isPublic(fields.getModifiers()), "the generated part is no API of its own");
        assertTrue(Modifier.isAbstract(fields.getModifiers()));
        // the Code<E> setter keeps its type argument for callers
        assertEquals("io.github.careplanspec.model.code.Code<io.github.careplanspec.model.code.Gender>",
                fields.getMethod("gender", Code.class).getGenericParameterTypes()[0].getTypeName());
    }

    @Test
    void presetsCsvVersionAndMapsEnumConstantsToCodes() throws Exception {
        Object b = builder();
        call(b, "insurerNumber", InsurerNumber.class, InsurerNumber.parse("131016"));
        call(b, "gender", Gender.class, Gender.FEMALE);
        Record r = (Record) call(b, "build", null, null);
        assertEquals(CsvVersion.V4_1, accessor(r, "csvVersion"));
        assertEquals(Code.of(Gender.FEMALE), accessor(r, "gender"));
        assertEquals(List.of(), accessor(r, "slots"));

        // null through the enum overload is an empty item, not a NullPointerException
        Object b2 = call(r, "toBuilder", null, null);
        call(b2, "gender", Gender.class, null);
        call(b2, "note", String.class, "abc");
        InvocationTargetException empty = assertThrows(InvocationTargetException.class, () -> invoke(b2, "build"));
        assertTrue(empty.getCause().getMessage().endsWith("No.3 利用者性別;"), empty.getCause().getMessage());
        call(b2, "gender", Code.class, Code.of(Gender.MALE));
        Record r2 = (Record) call(b2, "build", null, null);
        assertEquals("abc", accessor(r2, "note"));
        assertEquals(Code.of(Gender.MALE), accessor(r2, "gender"));
        assertEquals(accessor(r, "insurerNumber"), accessor(r2, "insurerNumber"), "toBuilder() copies every item");
    }

    @Test
    void buildNamesEveryEmpty必須ItemButThePresetVersion() throws Exception {
        Object b = builder();
        call(b, "note", String.class, "x");
        InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> invoke(b, "build"));
        String message = e.getCause().getMessage();
        assertTrue(e.getCause() instanceof IllegalStateException, e.getCause().toString());
        assertEquals("PROBE: required items are empty: No.2 保険者番号; No.3 利用者性別;", message);
        IncompleteRecordException missing = (IncompleteRecordException) e.getCause();
        assertEquals("layout.required", missing.id().key());
        assertEquals(List.of("PROBE", " No.2 保険者番号; No.3 利用者性別;"), missing.params());
        assertEquals("PROBE: 必須項目が未設定です: No.2 保険者番号; No.3 利用者性別;",
                missing.message(java.util.Locale.JAPANESE));

        call(b, "csvVersion", CsvVersion.class, null);
        e = assertThrows(InvocationTargetException.class, () -> invoke(b, "build"));
        assertTrue(e.getCause().getMessage().contains("No.1 CSVバージョン;"), e.getCause().getMessage());
    }

    @Test
    void builderChecksRunWhenTheItemIsSet() throws Exception {
        Object b = builder();
        InvocationTargetException e = assertThrows(InvocationTargetException.class,
                () -> b.getClass().getMethod("note", String.class).invoke(b, "abcd"));
        assertTrue(e.getCause() instanceof IllegalArgumentException, e.getCause().toString());
        assertTrue(probe.source("probe/ProbeFields.java").contains(
                "@throws IllegalArgumentException if the note is longer than three characters"));

        Method issueNo = b.getClass().getMethod("issueNo", Integer.class);
        issueNo.invoke(b, 1);
        issueNo.invoke(b, 99);
        issueNo.invoke(b, (Object) null);
        for (int refused : new int[] {0, 100}) {
            e = assertThrows(InvocationTargetException.class, () -> issueNo.invoke(b, refused));
            assertEquals("課題ＮＯ: out of range 1-99: " + refused, e.getCause().getMessage());
            InvalidValueException range = (InvalidValueException) e.getCause();
            assertEquals("layout.range", range.id().key());
            assertEquals(List.of("課題ＮＯ", 1, 99, refused), range.params());
            assertEquals("課題ＮＯ: 1～99 の範囲外です: " + refused, range.message(java.util.Locale.JAPANESE));
        }
        assertTrue(probe.source("probe/ProbeFields.java").contains("@throws IllegalArgumentException if not 1–99"));
    }

    @Test
    void aRepeatedGroupStartsEmptyAndIsCopiedOnSet() throws Exception {
        Class<?> slot = probe.load("probe.Slot");
        Object s1 = slot.getConstructors()[0].newInstance("01", 1);
        Object s2 = slot.getConstructors()[0].newInstance("02", 2);
        List<Object> mine = new ArrayList<>(List.of(s1));
        Object b = builder();
        call(b, "insurerNumber", InsurerNumber.class, InsurerNumber.parse("131016"));
        call(b, "gender", Gender.class, Gender.MALE);
        call(b, "slots", List.class, mine);
        mine.add(s2);
        Record r = (Record) call(b, "build", null, null);
        assertEquals(List.of(s1), accessor(r, "slots"), "the builder copied the list when it was set");
        b.getClass().getMethod("addSlot", slot).invoke(b, s2);
        assertEquals(List.of(s1, s2), accessor((Record) call(b, "build", null, null), "slots"));
        call(b, "slots", List.class, null);
        assertEquals(List.of(), accessor((Record) call(b, "build", null, null), "slots"));
    }

    @Test
    void composesTheJavadocFromColumn() {
        String src = probe.source("probe/ProbeFields.java");
        assertTrue(src.contains("Sets No.2 保険者番号 (必須)."), src);
        assertTrue(src.contains("@param v No.4 メモ"), src);
        assertTrue(src.contains("Sets No.3 利用者性別 (必須), possibly a code the list does not know."), src);
        assertTrue(src.contains("Sets No.5–8, 2 repetitions (１ … ２) of コード, 数."), src);
        assertTrue(src.contains("Sets No.9 識別子 (使用しない; leave empty)."), src);
        assertTrue(src.contains("@return this builder"), src);
        assertTrue(src.startsWith("// Generated by careplan-spec-processor"), src);
    }

    @Test
    void aCheckNamingNoComponentIsACompileError() throws Exception {
        Compiled bad = Compiled.of(Map.of("probe/Slot.java", SLOT, "probe/Probe.java",
                PROBE.replace("static String checkNote(", "static String checkNotes(")));
        assertFalse(bad.errors().isEmpty());
        assertTrue(bad.errors().stream().anyMatch(m -> m.contains("checkNotes names no component of Probe")),
                bad.errors().toString());
    }

    @Test
    void aBuilderThatDoesNotExtendTheGeneratedPartIsLeftAlone() throws Exception {
        Compiled own = Compiled.of(Map.of("probe/Slot.java", SLOT, "probe/Probe.java",
                PROBE.replace("extends ProbeFields", "").replace("return new Builder().from(this);", "return null;")
                        .replace("slots().add(s);", "").replace("return insurerNumber(insurer).gender(gender);",
                                "return this;")));
        assertTrue(own.errors().isEmpty(), own.errors().toString());
        assertNull(own.sources.get("probe/ProbeFields.java"));
        assertNotEquals(0, own.classes.size());
    }

    private static Object builder() throws Exception {
        return probe.load("probe.Probe").getMethod("builder").invoke(null);
    }

    private static Object call(Object target, String name, Class<?> type, Object arg) throws Exception {
        return type == null ? target.getClass().getMethod(name).invoke(target)
                : target.getClass().getMethod(name, type).invoke(target, arg);
    }

    private static Object invoke(Object target, String name) throws Exception {
        return target.getClass().getMethod(name).invoke(target);
    }

    private static Object accessor(Record r, String component) throws Exception {
        return r.getClass().getMethod(component).invoke(r);
    }

    /** The outcome of one in-memory compilation with the processor. */
    private static final class Compiled {
        final Map<String, String> sources = new HashMap<>();
        final Map<String, byte[]> classes = new HashMap<>();
        private final List<String> errors = new ArrayList<>();
        private ClassLoader loader;

        static Compiled of(Map<String, String> inputs) throws Exception {
            Compiled c = new Compiled();
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            StandardJavaFileManager std = javac.getStandardFileManager(diagnostics, null, null);
            std.setLocationFromPaths(StandardLocation.CLASS_PATH,
                    List.of(location(Layout.class), location(jakarta.validation.Constraint.class)));
            List<JavaFileObject> units = new ArrayList<>();
            inputs.forEach((path, text) -> units.add(new Source(path, text)));
            ForwardingJavaFileManager<StandardJavaFileManager> memory = new ForwardingJavaFileManager<>(std) {
                @Override
                public JavaFileObject getJavaFileForOutput(Location location, String className,
                        JavaFileObject.Kind kind, FileObject sibling) {
                    String path = className.replace('.', '/') + kind.extension;
                    return new SimpleJavaFileObject(URI.create("mem:///" + path), kind) {
                        @Override
                        public OutputStream openOutputStream() {
                            return new ByteArrayOutputStream() {
                                @Override
                                public void close() {
                                    if (kind == Kind.CLASS) {
                                        c.classes.put(className, toByteArray());
                                    } else {
                                        c.sources.put(path, toString(java.nio.charset.StandardCharsets.UTF_8));
                                    }
                                }
                            };
                        }

                        @Override
                        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                            return c.sources.get(path); // the next round compiles the generated source
                        }

                        @Override
                        public java.io.Writer openWriter() {
                            return new java.io.OutputStreamWriter(openOutputStream(),
                                    java.nio.charset.StandardCharsets.UTF_8);
                        }
                    };
                }
            };
            JavaCompiler.CompilationTask task = javac.getTask(null, memory, diagnostics,
                    List.of("--release", "17", "-Xlint:all,-processing", "-Werror", "-encoding", "UTF-8"), null,
                    units);
            task.setProcessors(List.of(new LayoutBuilderProcessor()));
            task.call();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() != Diagnostic.Kind.NOTE) {
                    c.errors.add(d.getKind() + " " + d.getMessage(null));
                }
            }
            return c;
        }

        List<String> errors() {
            return errors;
        }

        String source(String path) {
            String s = sources.get(path);
            assertTrue(s != null, "not generated: " + path + " (generated: " + sources.keySet() + ")");
            return s;
        }

        Class<?> load(String name) throws ClassNotFoundException {
            if (loader == null) {
                loader = new ClassLoader(LayoutProcessorTest.class.getClassLoader()) {
                    @Override
                    protected Class<?> findClass(String n) throws ClassNotFoundException {
                        byte[] b = classes.get(n);
                        if (b == null) {
                            throw new ClassNotFoundException(n);
                        }
                        return defineClass(n, b, 0, b.length);
                    }
                };
            }
            return Class.forName(name, true, loader);
        }

        private static Path location(Class<?> type) throws URISyntaxException {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String path, String text) {
            super(URI.create("mem:///" + path), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
