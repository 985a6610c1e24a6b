package io.github.careplanspec.examples.cli;

import io.github.careplanspec.examples.db.Localized;
import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Keyed;
import io.github.careplanspec.model.issue.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code careplan-spec}: validate, inspect, convert, seal and open ケアプランデータ連携 files, and write samples.
 *
 * <p>Exit codes (final): 0 no error (warnings allowed); 1 at least one error (content, bytes, file name, a hostile
 * archive, a refused envelope); 2 a usage problem or a path that cannot be read.
 */
@Command(name = "careplan-spec", mixinStandardHelpOptions = true, versionProvider = CarePlanSpecCommand.Version.class,
        description = {"ケアプランデータ連携標準仕様 V4.1 (CSV 202407) のファイルを検証・表示・変換・暗号化します。",
            "Validates, inspects, converts, seals and opens ケアプランデータ連携 V4.1 files."},
        footer = {"", "Exit codes: 0 no error, 1 errors found (or envelope refused), 2 usage or unreadable path.",
            "", "Example:", "  java -jar careplan-spec.jar sample --out units && java -jar careplan-spec.jar validate units"})
public final class CarePlanSpecCommand implements Callable<Integer> {
    /** Exit code: no error (warnings allowed). */
    public static final int OK = 0;
    /** Exit code: at least one error. */
    public static final int ERRORS = 1;
    /** Exit code: usage problem or a path that cannot be read. */
    public static final int USAGE = 2;

    /**
     * The subcommands, in the order of the usage help. They are added by {@link #commandLine(String[])}, not by the
     * annotation: picocli builds a command's model by reflection, which for all of them is most of the start-up
     * time, so a run that names one subcommand builds only that one's model.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(ValidateCommand.class, InspectCommand.class,
            ConvertCommand.class, SampleCommand.class, SealCommand.class, OpenCommand.class, ImportCommand.class,
            ExportCommand.class, RenderCommand.class, CommandLine.HelpCommand.class);

    @Spec
    CommandSpec spec;

    /** Creates the command (picocli instantiates it). */
    public CarePlanSpecCommand() {
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line without exiting (tests, embedding).
     *
     * @param args the arguments
     * @param out where reports go
     * @param err where logs and usage messages go
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = commandLine(args);
        Streams.set(out, err);
        try {
            cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
            cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
            cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
                PrintWriter e = commandLine.getErr();
                // every exception of the library and the CLI carries an issue id: rendered in the language the
                // command was asked for (also when an UncheckedIOException carries it)
                Throwable keyed = ex instanceof UncheckedIOException u && u.getCause() instanceof Keyed ? u.getCause()
                        : ex;
                if (keyed instanceof Keyed k) {
                    e.println("careplan-spec: " + k.message(lang(commandLine).locale()));
                    e.flush();
                    return USAGE;
                }
                if (ex instanceof IOException || ex instanceof UncheckedIOException) {
                    IOException io = ex instanceof UncheckedIOException u ? u.getCause() : (IOException) ex;
                    e.println("careplan-spec: " + ioMessage(io, lang(commandLine)));
                    e.flush();
                    return USAGE;
                }
                e.println("careplan-spec: internal error: " + ex);
                ex.printStackTrace(e);
                e.flush();
                return ERRORS;
            });
            int code = cl.execute(args);
            cl.getOut().flush();
            cl.getErr().flush();
            return code;
        } finally {
            Streams.clear();
        }
    }

    /**
     * The command line for these arguments: with every subcommand, or, when the first argument names one (other
     * than {@code help}), with that one alone. Parsing, help and errors of that subcommand are the same either way.
     *
     * @param args the arguments
     * @return the command line
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new CarePlanSpecCommand());
        String first = args.length == 0 ? null : args[0];
        Class<?> only = SUBCOMMANDS.stream()
                .filter(c -> c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(first))
                .findFirst().orElse(null);
        for (Class<?> c : only == null ? SUBCOMMANDS : List.of(only)) {
            cl.addSubcommand(c);
        }
        return cl;
    }

    /**
     * A file-system failure for people: the path and what went wrong, in the command's language (the JDK's own
     * messages of {@link FileSystemException}s are the bare path); other I/O failures keep their message.
     */
    static String ioMessage(IOException e, Lang lang) {
        if (e instanceof FileSystemException f) {
            String path = f.getOtherFile() == null ? String.valueOf(f.getFile())
                    : f.getFile() + " → " + f.getOtherFile();
            String key = e instanceof NoSuchFileException ? "cli.io.noSuchFile"
                    : e instanceof AccessDeniedException ? "cli.io.accessDenied"
                    : e instanceof FileAlreadyExistsException ? "cli.io.exists"
                    : e instanceof NotDirectoryException ? "cli.io.notFolder"
                    : e instanceof DirectoryNotEmptyException ? "cli.io.notEmpty" : null;
            if (key != null) {
                return lang.text(key, path);
            }
            // the operating system's reason (e.g. "Is a directory", "Read-only file system") as it gives it
            return lang.text("cli.io.failed", path, f.getReason() == null ? e.getClass().getSimpleName()
                    : f.getReason());
        }
        return String.valueOf(e.getMessage());
    }

    /** The {@code --lang} of a (sub)command, Japanese when it has none. */
    static Lang lang(CommandLine commandLine) {
        CommandLine.Model.OptionSpec o = commandLine.getCommandSpec().findOption("--lang");
        return o != null && o.getValue() instanceof Lang l ? l : Lang.ja;
    }

    /**
     * A usage problem found while running (exit code 2): a {@code cli.usage.…} message and its parameters, rendered
     * in the command's language; {@link #getMessage()} is the English text.
     */
    static final class UsageException extends RuntimeException implements Localized {
        private static final long serialVersionUID = 1L;
        private final transient IssueId id;
        private final transient List<Object> params;

        UsageException(String key, Object... params) {
            super(Messages.text(IssueId.of(key), Locale.ENGLISH, params));
            this.id = IssueId.of(key);
            this.params = Localized.params(params);
        }

        @Override
        public IssueId id() {
            return id;
        }

        @Override
        public List<Object> params() {
            return params;
        }
    }

    /** The raw streams of the current run (reports are bytes: JSON, XML). */
    static final class Streams {
        private static final ThreadLocal<PrintStream[]> CURRENT = new ThreadLocal<>();

        private Streams() {
        }

        static void set(PrintStream out, PrintStream err) {
            CURRENT.set(new PrintStream[] {out, err});
        }

        static void clear() {
            CURRENT.remove();
        }

        static PrintStream out() {
            PrintStream[] s = CURRENT.get();
            return s == null ? System.out : s[0];
        }

        static PrintStream err() {
            PrintStream[] s = CURRENT.get();
            return s == null ? System.err : s[1];
        }
    }

    /** The version: the jar's Maven coordinates, or {@code development} when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = "development";
            try (InputStream in = CarePlanSpecCommand.class.getResourceAsStream(
                    "/META-INF/maven/io.github.careplanspec/careplan-spec-examples/pom.properties")) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(in);
                    v = p.getProperty("version", v);
                }
            } catch (IOException e) {
                // keep "development"
            }
            // --version has no --lang: the line names the spec by its own (Japanese) name in either language
            return new String[] {Messages.text(IssueId.of("cli.version"), Locale.ENGLISH, v),
                "Java " + System.getProperty("java.version")};
        }
    }
}
