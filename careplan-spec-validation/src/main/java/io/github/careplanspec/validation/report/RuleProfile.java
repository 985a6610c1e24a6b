package io.github.careplanspec.validation.report;

import io.github.careplanspec.csv.unit.UnitProblemCode;
import io.github.careplanspec.model.issue.Severity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A rule profile (規則プロファイル): severities as data. It sets rule ids to {@code error}, {@code warning} or
 * {@code off} on top of the rule catalog ({@link Rules}); what is not named keeps its catalog severity. Immutable and
 * thread-safe.
 *
 * <p>A profile only changes how issues are reported ({@link ValidationReport.Builder#profile(RuleProfile)}): it never
 * changes what is read, and it cannot weaken the hostile-input guards (unsafe paths, sizes, ZIP bombs, record
 * length; {@link #isGuard(String)}) — naming one at a lower severity is an error of the profile file.
 *
 * <p>Two built-in profiles: {@link #strict()} (the default: the catalog as it is) and {@link #receiver()} (the
 * errors real senders commonly make become warnings). A profile file (UTF-8, one setting per line):
 * <pre>
 * # a comment; blank lines are ignored
 * profile = my-vendor-2026      (optional: the name reports show; default the file name)
 * base = strict                 (optional, before any rule: strict or receiver; default strict)
 * R16.month = warning           (a rule id or a former id, = error | warning | off)
 * </pre>
 */
public final class RuleProfile {
    /** The names of the built-in profiles. */
    public static final List<String> BUILT_IN = List.of("strict", "receiver");

    /** The hostile-input guards: a profile may raise them, never lower them. */
    private static final Set<String> GUARDS = guards();

    /** The receiving guards' rules (from {@link UnitProblemCode#isGuard()}), the archive refusal and the record length. */
    private static Set<String> guards() {
        Set<String> ids = new java.util.HashSet<>(List.of("R21.archive", "R7.tooLong"));
        for (UnitProblemCode c : UnitProblemCode.values()) {
            if (c.isGuard()) {
                ids.add(Rules.ofUnitProblem(c).id());
            }
        }
        return Set.copyOf(ids);
    }

    private static final RuleProfile STRICT = loadBuiltIn("strict");
    private static final RuleProfile RECEIVER = loadBuiltIn("receiver");

    /** The level a profile sets a rule to. */
    public enum Level {
        /** Report as an error. */
        ERROR,
        /** Report as a warning. */
        WARNING,
        /** Do not report. */
        OFF;

        /** @return the severity, or empty for {@link #OFF} */
        public Optional<Severity> severity() {
            return this == OFF ? Optional.empty() : Optional.of(this == ERROR ? Severity.ERROR : Severity.WARNING);
        }
    }

    private final String name;
    private final Map<String, Level> levels;
    private final Map<String, Optional<Rule>> applied = new java.util.concurrent.ConcurrentHashMap<>();

    private RuleProfile(String name, Map<String, Level> levels) {
        this.name = name;
        this.levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }

    /** @return the default profile: every rule at its catalog severity */
    public static RuleProfile strict() {
        return STRICT;
    }

    /** @return the receiver profile (see {@code docs/validation-rules.md} for its list) */
    public static RuleProfile receiver() {
        return RECEIVER;
    }

    /**
     * A built-in profile by name.
     *
     * @param name {@code strict} or {@code receiver}
     * @return the profile, if one has that name
     */
    public static Optional<RuleProfile> builtIn(String name) {
        if ("strict".equals(name)) {
            return Optional.of(STRICT);
        }
        return "receiver".equals(name) ? Optional.of(RECEIVER) : Optional.empty();
    }

    /**
     * A built-in profile when the argument is exactly a built-in name, else the profile file at that path. (A file
     * named like a built-in profile is given with a directory, e.g. {@code ./strict}.)
     *
     * @param nameOrPath {@code strict}, {@code receiver} or a path
     * @return the profile
     * @throws RuleProfileException if the file cannot be read or is not a valid profile
     */
    public static RuleProfile resolve(String nameOrPath) throws RuleProfileException {
        Objects.requireNonNull(nameOrPath, "nameOrPath");
        Optional<RuleProfile> b = builtIn(nameOrPath);
        return b.isPresent() ? b.get() : load(Path.of(nameOrPath));
    }

    /**
     * Reads a profile file.
     *
     * @param file the file (UTF-8)
     * @return the profile
     * @throws RuleProfileException if the file cannot be read or is not a valid profile
     */
    public static RuleProfile load(Path file) throws RuleProfileException {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new RuleProfileException(source, 0, RuleProfileException.Reason.NO_FILE);
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > 1 << 20) {
                throw new RuleProfileException(source, 0, RuleProfileException.Reason.TOO_LARGE);
            }
            Path fn = file.getFileName();
            String stem = fn == null ? source : fn.toString().replaceFirst("\\.[^.]*$", "");
            return parse(source, stem, new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)), null);
        } catch (CharacterCodingException e) {
            throw new RuleProfileException(source, 0, RuleProfileException.Reason.NOT_UTF8);
        } catch (IOException e) {
            throw new RuleProfileException(source, 0, RuleProfileException.Reason.UNREADABLE, e.getMessage());
        }
    }

    /**
     * Parses a profile.
     *
     * @param source the name to report in errors (a file name)
     * @param reader the text
     * @return the profile, named by its {@code profile} line or else by the source
     * @throws RuleProfileException if it is not a valid profile
     * @throws IOException if the reader fails
     */
    public static RuleProfile parse(String source, Reader reader) throws RuleProfileException, IOException {
        return parse(source, source, reader, null);
    }

    private static RuleProfile parse(String source, String defaultName, Reader reader, RuleProfile fixedBase)
            throws RuleProfileException, IOException {
        BufferedReader r = new BufferedReader(reader);
        String name = defaultName;
        Map<String, Level> levels = new LinkedHashMap<>(fixedBase == null ? Map.of() : fixedBase.levels);
        Map<String, Integer> setAt = new LinkedHashMap<>();
        boolean rules = false;
        boolean named = false;
        boolean based = false;
        String text;
        int line = 0;
        while ((text = r.readLine()) != null) {
            line++;
            String t = text.strip();
            if (line == 1 && t.startsWith("\uFEFF")) {
                t = t.substring(1).strip();
            }
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int eq = t.indexOf('=');
            if (eq < 0) {
                throw new RuleProfileException(source, line, RuleProfileException.Reason.SYNTAX, cut(t));
            }
            String key = t.substring(0, eq).strip();
            String value = t.substring(eq + 1).strip();
            int hash = value.indexOf(" #");
            if (hash >= 0) {
                value = value.substring(0, hash).strip();
            }
            if (key.equals("profile")) {
                if (named || value.isEmpty() || !value.matches("[A-Za-z0-9._-]{1,64}")) {
                    throw new RuleProfileException(source, line, named ? RuleProfileException.Reason.SECOND_NAME
                            : RuleProfileException.Reason.BAD_NAME);
                }
                name = value;
                named = true;
                continue;
            }
            if (key.equals("base")) {
                Optional<RuleProfile> b = builtIn(value);
                if (rules || based || b.isEmpty() || fixedBase != null) {
                    throw b.isEmpty() ? new RuleProfileException(source, line, RuleProfileException.Reason.BAD_BASE, cut(value))
                            : new RuleProfileException(source, line, RuleProfileException.Reason.BASE_PLACE);
                }
                levels.putAll(b.get().levels);
                based = true;
                continue;
            }
            Optional<Rule> rule = Rules.byId(key);
            if (rule.isEmpty()) {
                throw new RuleProfileException(source, line, RuleProfileException.Reason.UNKNOWN_RULE, cut(key));
            }
            Level level;
            try {
                level = Level.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RuleProfileException(source, line, RuleProfileException.Reason.BAD_LEVEL, cut(value));
            }
            String id = rule.get().id();
            if (setAt.containsKey(id)) {
                throw new RuleProfileException(source, line, RuleProfileException.Reason.ALREADY_SET, id, setAt.get(id));
            }
            if (isGuard(id) && weaker(level, rule.get().severity())) {
                throw new RuleProfileException(source, line, RuleProfileException.Reason.GUARD, id);
            }
            setAt.put(id, line);
            levels.put(id, level);
            rules = true;
        }
        return new RuleProfile(name, levels);
    }

    private static boolean weaker(Level level, Severity catalog) {
        return level == Level.OFF || (level == Level.WARNING && catalog == Severity.ERROR);
    }

    private static String cut(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private static RuleProfile loadBuiltIn(String name) {
        try (InputStream in = RuleProfile.class.getResourceAsStream("profiles/" + name + ".rules")) {
            if (in == null) {
                throw new IllegalStateException("missing built-in profile " + name);
            }
            return parse(name, name, new InputStreamReader(in, StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuleProfileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Whether a rule is a hostile-input guard (unsafe paths, sizes, ZIP bombs, record length), which a profile may
     * raise but never lower.
     *
     * @param id the rule id
     * @return whether it is a guard
     */
    public static boolean isGuard(String id) {
        return GUARDS.contains(id);
    }

    /** @return the profile's name, as reports show it */
    public String name() {
        return name;
    }

    /** @return the rules this profile sets, rule id → level (base included), in file order */
    public Map<String, Level> levels() {
        return levels;
    }

    /**
     * The severity an issue of a rule is reported with.
     *
     * @param rule the rule
     * @return the severity, or empty when the profile turns the rule off
     */
    public Optional<Severity> severityOf(Rule rule) {
        Level l = levels.get(rule.id());
        return l == null ? Optional.of(rule.severity()) : l.severity();
    }

    /**
     * The rule as this profile reports it: the same id, type and citation at the profile's severity.
     *
     * @param rule the rule
     * @return the rule to report, or empty when the profile turns it off
     */
    public Optional<Rule> apply(Rule rule) {
        Level l = levels.get(rule.id());
        if (l == null) {
            return Optional.of(rule);
        }
        return applied.computeIfAbsent(rule.id(), k -> l.severity().map(s -> s == rule.severity() ? rule
                : new Rule(rule.id(), s, rule.type(), rule.spec())));
    }

    @Override
    public String toString() {
        return name;
    }
}
