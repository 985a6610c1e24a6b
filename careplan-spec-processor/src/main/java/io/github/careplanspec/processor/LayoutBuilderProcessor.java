package io.github.careplanspec.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Derives the builder of every {@code @Layout} record that declares a nested {@code Builder} class.
 *
 * <p>For a record {@code R} whose nested {@code public static final class Builder extends RFields} is written by
 * hand, this generates the package-private {@code abstract class RFields} in the record's package: a private field
 * per component (CSVバージョン preset to {@code CsvVersion.V4_1}; a {@code @Repeated} list starts empty and is
 * copied on set), a public setter per component returning {@code R.Builder}, an overload taking the enum constant
 * for each {@code Code<E>} component, a package-private {@code from(R)} for {@code toBuilder()}, a package-private
 * getter of each list's live contents (for conveniences such as {@code addEmergencyContact}) and {@code build()}
 * through {@code Records.requireRequired}. The setters' Javadoc is composed from {@code @Column} (No. and
 * 日本語名称) or, for a {@code @Repeated} group, from its No. range and members.
 *
 * <p>A check that a builder applies when an item is set (stricter than the record, which keeps what a file said) is
 * written by hand as a non-private {@code static T checkName(T v)} in the {@code Builder}, {@code Name} being the
 * component's name capitalised: the generated setter stores what it returns, and copies its {@code @throws} into
 * the setter's Javadoc. An {@code Integer} item with {@code @BuilderRange} gets the same check declaratively: from
 * {@code min} to the largest number its 項目長 holds.
 *
 * <p>Build-time only: the processor names the model's types by their qualified names and does not depend on them.
 */
@SupportedAnnotationTypes(LayoutBuilderProcessor.LAYOUT)
public final class LayoutBuilderProcessor extends AbstractProcessor {
    static final String LAYOUT = "io.github.careplanspec.model.catalog.Layout";
    private static final String COLUMN = "io.github.careplanspec.model.catalog.Column";
    private static final String REPEATED = "io.github.careplanspec.model.catalog.Repeated";
    private static final String BUILDER_RANGE = "io.github.careplanspec.model.catalog.BuilderRange";
    private static final String CODE = "io.github.careplanspec.model.code.Code";
    private static final String CSV_VERSION = "io.github.careplanspec.model.CsvVersion";
    private static final ClassName RECORDS = ClassName.get("io.github.careplanspec.model.catalog", "Records");
    private static final ClassName INCOMPLETE = ClassName.get("io.github.careplanspec.model.catalog",
            "IncompleteRecordException");
    private static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    /**
     * The spec's words in the generated Javadoc (必須, 必要, 使用しない), kept with the texts of the generated Javadoc in
     * {@code Javadoc.properties} of this package (UTF-8), not as literals here.
     */
    private static final Properties JAVADOC = javadocTexts();
    private static final String BUILDER = "Builder";
    private static final String SUFFIX = "Fields";

    /** Creates the processor (found by the compiler through {@code META-INF/services}). */
    public LayoutBuilderProcessor() {
    }

    private static Properties javadocTexts() {
        Properties p = new Properties();
        try (InputStream in = LayoutBuilderProcessor.class.getResourceAsStream("Javadoc.properties")) {
            if (in == null) {
                throw new IllegalStateException("missing resource Javadoc.properties");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement layout = processingEnv.getElementUtils().getTypeElement(LAYOUT);
        if (layout == null) {
            return false;
        }
        for (Element e : round.getElementsAnnotatedWith(layout)) {
            if (e.getKind() != ElementKind.RECORD) {
                continue;
            }
            TypeElement record = (TypeElement) e;
            TypeElement builder = nestedBuilder(record);
            if (builder == null) {
                continue;
            }
            try {
                generate(record, builder);
            } catch (InvalidLayout ex) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, ex.getMessage(), ex.element);
            } catch (IOException ex) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                        "cannot write " + record.getSimpleName() + SUFFIX + ": " + ex.getMessage(), record);
            }
        }
        return true;
    }

    private static TypeElement nestedBuilder(TypeElement record) {
        for (Element m : record.getEnclosedElements()) {
            if (m.getKind() == ElementKind.CLASS && m.getSimpleName().contentEquals(BUILDER)) {
                return (TypeElement) m;
            }
        }
        return null;
    }

    /** One record component and what the builder does with it. */
    private record Item(String name, TypeName type, String label, String note, TypeName codeOf, boolean list,
            boolean csvVersion, ExecutableElement check, List<String> checkThrows, CodeBlock range) {
    }

    private void generate(TypeElement record, TypeElement builder) throws IOException {
        String base = record.getSimpleName() + SUFFIX;
        TypeMirror superclass = builder.getSuperclass();
        if (superclass.getKind() == TypeKind.NONE || !simpleName(superclass).equals(base)) {
            return; // a builder written wholly by hand: the record opts in by extending RFields
        }
        ClassName recordName = ClassName.get(record);
        ClassName builderName = recordName.nestedClass(BUILDER);
        Map<String, ExecutableElement> checks = checks(builder);
        List<Item> items = new ArrayList<>();
        for (RecordComponentElement rc : record.getRecordComponents()) {
            items.add(item(rc, checks.remove(rc.getSimpleName().toString()), builder));
        }
        if (!checks.isEmpty()) {
            ExecutableElement stray = checks.values().iterator().next();
            throw new InvalidLayout(stray, stray.getSimpleName() + " names no component of "
                    + record.getSimpleName() + " (a check method is check + the component's name, capitalised)");
        }

        TypeSpec.Builder type = TypeSpec.classBuilder(base)
                .addModifiers(Modifier.ABSTRACT)
                .addOriginatingElement(record)
                .addJavadoc("The generated part of {@link $T}: a field and a setter per item of {@link $T}, derived\n"
                        + "from its {@code @Column} components. Not thread-safe.\n", builderName, recordName);
        type.addMethod(MethodSpec.constructorBuilder().build());
        for (Item it : items) {
            FieldSpec.Builder f = FieldSpec.builder(it.type, it.name, Modifier.PRIVATE);
            if (it.csvVersion) {
                f.initializer("$T.V4_1", it.type);
            } else if (it.list) {
                f.initializer("new $T<>()", ARRAY_LIST);
            }
            type.addField(f.build());
        }
        for (Item it : items) {
            addSetters(type, it, builderName);
        }
        type.addMethod(from(items, recordName, builderName));
        for (Item it : items) {
            if (it.list) {
                type.addMethod(MethodSpec.methodBuilder(it.name)
                        .addJavadoc("@return the live list of " + it.label + ", for the builder's conveniences\n")
                        .returns(it.type)
                        .addStatement("return $N", it.name)
                        .build());
            }
        }
        type.addMethod(build(items, recordName));
        type.addMethod(MethodSpec.methodBuilder("self")
                .addModifiers(Modifier.PRIVATE)
                .returns(builderName)
                .addStatement("return ($T) this", builderName)
                .build());

        JavaFile.builder(recordName.packageName(), type.build())
                .addFileComment("Generated by careplan-spec-processor from the @Column components of $L.\n"
                        + "Do not edit: change the record.", record.getSimpleName())
                .indent("    ")
                .skipJavaLangImports(true)
                .build()
                .writeTo(processingEnv.getFiler());
    }

    private static void addSetters(TypeSpec.Builder type, Item it, ClassName builderName) {
        CodeBlock value = it.check != null ? CodeBlock.of("$T.$N(v)", builderName, it.check.getSimpleName())
                : it.range != null ? it.range : CodeBlock.of("v");
        MethodSpec.Builder set = MethodSpec.methodBuilder(it.name)
                .addModifiers(Modifier.PUBLIC)
                .returns(builderName)
                .addParameter(it.type, "v");
        if (it.list) {
            set.addJavadoc("Sets " + it.label + it.note + ".\n\n"
                    + "@param v one element per used repetition (copied; {@code null} for none)\n");
            if (it.check == null) {
                set.addStatement("this.$N = v == null ? new $T<>() : new $T<>(v)", it.name, ARRAY_LIST, ARRAY_LIST);
            } else {
                set.addStatement("$T checked = $L", it.type, value);
                set.addStatement("this.$N = checked == null ? new $T<>() : new $T<>(checked)", it.name, ARRAY_LIST,
                        ARRAY_LIST);
            }
        } else if (it.codeOf != null) {
            set.addJavadoc("Sets " + it.label + it.note + ", possibly a code the list does not know.\n\n"
                    + "@param v " + it.label + ", possibly a code the list does not know\n");
            set.addStatement("this.$N = $L", it.name, value);
        } else {
            set.addJavadoc("Sets " + it.label + it.note + ".\n\n@param v " + it.label + "\n");
            set.addStatement("this.$N = $L", it.name, value);
        }
        set.addJavadoc("@return this builder\n");
        it.checkThrows.forEach(t -> set.addJavadoc("$L\n", t));
        set.addStatement("return self()");
        type.addMethod(set.build());

        if (it.codeOf != null) {
            MethodSpec.Builder known = MethodSpec.methodBuilder(it.name)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builderName)
                    .addParameter(it.codeOf, "v")
                    .addJavadoc("Sets " + it.label + it.note + ".\n\n"
                            + "@param v " + it.label + ", a code of {@link $T}\n"
                            + "@return this builder\n", it.codeOf);
            it.checkThrows.forEach(t -> known.addJavadoc("$L\n", t));
            known.addStatement("return $N(v == null ? null : $T.of(v))", it.name, ClassName.bestGuess(CODE));
            type.addMethod(known.build());
        }
    }

    private static MethodSpec from(List<Item> items, ClassName recordName, ClassName builderName) {
        MethodSpec.Builder from = MethodSpec.methodBuilder("from")
                .addModifiers(Modifier.FINAL)
                .returns(builderName)
                .addParameter(recordName, "r")
                .addJavadoc("Copies every item of a record, for {@code toBuilder()}.\n\n"
                        + "@param r the record\n@return this builder\n");
        for (Item it : items) {
            if (it.list) {
                from.addStatement("this.$N = r.$N() == null ? new $T<>() : new $T<>(r.$N())", it.name, it.name,
                        ARRAY_LIST, ARRAY_LIST, it.name);
            } else {
                from.addStatement("this.$N = r.$N()", it.name, it.name);
            }
        }
        return from.addStatement("return self()").build();
    }

    private static MethodSpec build(List<Item> items, ClassName recordName) {
        String args = items.stream().map(Item::name).collect(Collectors.joining(", "));
        return MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(recordName)
                .addJavadoc("Builds the record.\n\n@return the record\n"
                        + "@throws $T naming every " + JAVADOC.getProperty("required") + " item left empty\n",
                        INCOMPLETE)
                .addStatement("return $T.requireRequired(new $T($L))", RECORDS, recordName, args)
                .build();
    }

    private Item item(RecordComponentElement rc, ExecutableElement check, TypeElement builder) {
        String name = rc.getSimpleName().toString();
        TypeMirror t = rc.asType();
        TypeName type = TypeName.get(t);
        AnnotationMirror column = annotation(rc, COLUMN);
        AnnotationMirror repeated = annotation(rc, REPEATED);
        String label;
        String note = "";
        boolean list = false;
        if (column != null) {
            label = "No." + value(column, "no") + " " + value(column, "name");
            if (Boolean.TRUE.equals(value(column, "required"))) {
                note = " (" + JAVADOC.getProperty("required") + ")";
            } else if (Boolean.TRUE.equals(value(column, "necessary"))) {
                note = " (" + JAVADOC.getProperty("necessary") + ")";
            }
            Object format = value(column, "format");
            if (format instanceof VariableElement v && v.getSimpleName().contentEquals("UNUSED")) {
                note = " (" + JAVADOC.getProperty("unused") + "; leave empty)";
            }
        } else if (repeated != null) {
            list = true;
            label = repeatedLabel(rc, repeated);
        } else {
            throw new InvalidLayout(rc, name + " has neither @Column nor @Repeated");
        }
        TypeName codeOf = null;
        if (t instanceof DeclaredType d && qualifiedName(d).equals(CODE) && d.getTypeArguments().size() == 1) {
            codeOf = TypeName.get(d.getTypeArguments().get(0));
        }
        boolean csvVersion = t instanceof DeclaredType d && qualifiedName(d).equals(CSV_VERSION);
        List<String> checkThrows = new ArrayList<>();
        if (check != null) {
            if (check.getParameters().size() != 1
                    || !processingEnv.getTypeUtils().isSameType(check.getParameters().get(0).asType(), t)
                    || !processingEnv.getTypeUtils().isSameType(check.getReturnType(), t)) {
                throw new InvalidLayout(check, check.getSimpleName() + " must take and return " + type
                        + " (the type of " + builder.getEnclosingElement().getSimpleName() + "." + name + ")");
            }
            checkThrows.addAll(throwsTags(check));
        }
        CodeBlock range = null;
        AnnotationMirror builderRange = annotation(rc, BUILDER_RANGE);
        if (builderRange != null) {
            Object length = column == null ? null : value(column, "length");
            if (check != null || !(length instanceof Integer digits) || digits < 1 || digits > 9
                    || !type.equals(ClassName.get(Integer.class))) {
                throw new InvalidLayout(rc, name + ": @BuilderRange belongs on an Integer @Column with a length of"
                        + " 1-9 digits and no check method");
            }
            Object min = value(builderRange, "min");
            int lo = min == null ? 0 : (Integer) min;
            int hi = (int) Math.pow(10, digits) - 1;
            range = CodeBlock.of("$T.requireRange(v, $L, $L, $S)", RECORDS, lo, hi, value(column, "name"));
            checkThrows.add("@throws IllegalArgumentException if not " + lo + "–" + hi);
        }
        return new Item(name, type, label, note, codeOf, list, csvVersion, check, checkThrows, range);
    }

    /** "No.20–55, 9 repetitions (１ … ９) of サービス種類コード, …". */
    private String repeatedLabel(RecordComponentElement rc, AnnotationMirror repeated) {
        TypeMirror t = rc.asType();
        if (!(t instanceof DeclaredType d) || !qualifiedName(d).equals("java.util.List")
                || d.getTypeArguments().size() != 1
                || !(d.getTypeArguments().get(0) instanceof DeclaredType member)) {
            throw new InvalidLayout(rc, rc.getSimpleName() + ": @Repeated belongs on a List<G> of a group record");
        }
        TypeElement group = (TypeElement) member.asElement();
        List<String> names = new ArrayList<>();
        for (RecordComponentElement m : group.getRecordComponents()) {
            AnnotationMirror c = annotation(m, COLUMN);
            if (c == null) {
                throw new InvalidLayout(rc, group.getSimpleName() + "." + m.getSimpleName() + " has no @Column");
            }
            names.add(String.valueOf(value(c, "name")));
        }
        int first = (Integer) value(repeated, "firstNo");
        @SuppressWarnings("unchecked")
        List<? extends AnnotationValue> prefixes = (List<? extends AnnotationValue>) value(repeated, "prefixes");
        int last = first + prefixes.size() * names.size() - 1;
        String range = prefixes.size() == 1 ? String.valueOf(prefixes.get(0).getValue()).strip()
                : prefixes.get(0).getValue().toString().strip() + " … "
                        + prefixes.get(prefixes.size() - 1).getValue().toString().strip();
        return "No." + first + "–" + last + ", " + prefixes.size() + " repetitions (" + range + ") of "
                + String.join(", ", names);
    }

    private Map<String, ExecutableElement> checks(TypeElement builder) {
        Map<String, ExecutableElement> checks = new HashMap<>();
        for (Element m : builder.getEnclosedElements()) {
            String n = m.getSimpleName().toString();
            if (m.getKind() == ElementKind.METHOD && m.getModifiers().contains(Modifier.STATIC) && n.length() > 5
                    && n.startsWith("check") && Character.isUpperCase(n.charAt(5))) {
                if (m.getModifiers().contains(Modifier.PRIVATE)) {
                    throw new InvalidLayout(m, n + " must not be private: the generated setter calls it");
                }
                checks.put(Character.toLowerCase(n.charAt(5)) + n.substring(6), (ExecutableElement) m);
            }
        }
        return checks;
    }

    /** The {@code @throws} tags of a check method's Javadoc, each joined to one line. */
    private List<String> throwsTags(ExecutableElement check) {
        String doc = processingEnv.getElementUtils().getDocComment(check);
        List<String> tags = new ArrayList<>();
        if (doc == null) {
            return tags;
        }
        StringBuilder current = null;
        for (String line : doc.split("\n")) {
            String s = line.strip();
            if (s.startsWith("@")) {
                if (current != null) {
                    tags.add(current.toString());
                }
                current = s.startsWith("@throws ") ? new StringBuilder(s) : null;
            } else if (current != null && !s.isEmpty()) {
                current.append(' ').append(s);
            }
        }
        if (current != null) {
            tags.add(current.toString());
        }
        return tags;
    }

    private static AnnotationMirror annotation(Element e, String qualifiedName) {
        for (AnnotationMirror a : e.getAnnotationMirrors()) {
            if (qualifiedName(a.getAnnotationType()).equals(qualifiedName)) {
                return a;
            }
        }
        return null;
    }

    /** An annotation member's value, {@code null} when it takes its default. */
    private static Object value(AnnotationMirror a, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : a.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(member)) {
                return e.getValue().getValue();
            }
        }
        return null;
    }

    private static String qualifiedName(DeclaredType t) {
        return ((TypeElement) t.asElement()).getQualifiedName().toString();
    }

    private static String simpleName(TypeMirror t) {
        String s = t.toString();
        int lt = s.indexOf('<');
        s = lt < 0 ? s : s.substring(0, lt);
        return s.substring(s.lastIndexOf('.') + 1);
    }

    /** A layout the processor cannot derive a builder from, reported on the element at fault. */
    private static final class InvalidLayout extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Element element;

        InvalidLayout(Element element, String message) {
            super(message);
            this.element = element;
        }
    }
}
