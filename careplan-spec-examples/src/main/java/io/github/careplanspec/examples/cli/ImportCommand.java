package io.github.careplanspec.examples.cli;

import io.github.careplanspec.csv.receive.ReceiveOptions;
import io.github.careplanspec.csv.receive.ReceiveProcessor;
import io.github.careplanspec.csv.receive.ReceivedUnit;
import io.github.careplanspec.csv.receive.UnitId;
import io.github.careplanspec.csv.receive.UnreadableUnitException;
import io.github.careplanspec.csv.archive.ArchiveWalker;
import io.github.careplanspec.csv.unit.ReceivedUnits;
import io.github.careplanspec.csv.unit.TransmissionUnit;
import io.github.careplanspec.csv.unit.UnitProblem;
import io.github.careplanspec.csv.unit.Units;
import io.github.careplanspec.examples.db.ImportException;
import io.github.careplanspec.examples.db.JdbcImporter;
import io.github.careplanspec.examples.db.Localized;
import io.github.careplanspec.examples.db.UnitGate;
import io.github.careplanspec.examples.db.ValidatingUnitGate;
import io.github.careplanspec.validation.UnitValidator;
import io.github.careplanspec.validation.report.ValidationIssue;
import io.github.careplanspec.validation.report.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code careplan-spec import --db JDBC_URL PATH...}: opens folders and ZIP archives of transmission units, validates
 * each unit (a unit with an error applies nothing), imports the others in processing order (R22) into a database
 * with the {@code CatalogSchema}, one transaction per unit, and prints one line per unit.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"送信単位のフォルダ・ZIPを検証し、データベースに取り込みます。",
            "Validates folders and ZIP archives of transmission units and imports them into a database."},
        footer = {"", "Exit codes: 0 every unit applied or already applied, 1 a unit rejected or failed,"
            + " 2 usage, unreadable path or database.", "", "Example:",
            "  careplan-spec import --db jdbc:h2:./careplan inbox/ units.zip"})
final class ImportCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int ERRORS = 1;
    static final int USAGE = 2;
    private static final int MAX_REASONS = 5;
    /** Units validated, read and imported together (the importer reads its ledger once per batch). */
    private static final int BATCH = 256;

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = JdbcImporter.DEFAULT_URL,
            description = "the database (default: ${DEFAULT-VALUE}, an H2 file in the working directory)")
    String url;

    @Option(names = "--user", paramLabel = "USER", description = "database user")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "database password")
    String password;

    @Option(names = "--keep-supplement", description = {"Q17: DLT1KYO and DLTPLAN keep the plan's or the month's"
        + " 利用者補足情報 (default: it is deleted with them)"})
    boolean keepSupplement;

    @Option(names = "--rules", paramLabel = "FILE|NAME", description = {"rule profile of the validation that decides"
        + " each unit, as for validate: strict (default), receiver, or a profile file"})
    String rules;

    @Option(names = "--lang", paramLabel = "LANG", description = "ja | en: messages and reasons (default: ja)")
    Lang lang = Lang.ja;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "folders, ZIP archives or files of units")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    /** For picocli. */
    ImportCommand() {
    }

    private record Pending(ReceivedUnits received, TransmissionUnit unit, String prefix) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Pending> pending = new ArrayList<>();
        boolean bad = false;
        io.github.careplanspec.validation.report.RuleProfile profile = ValidateCommand.profile(rules, lang,
                err::println);
        if (profile == null) {
            err.flush();
            return USAGE;
        }
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println("careplan-spec: " + lang.text("cli.path.missing", p));
                return USAGE;
            }
            try {
                // the one walk (folders recursively, however many units; ZIPs within UnitLimits), its findings
                // shown as validate and inspect show them
                ReceivedUnits r = Units.open(p);
                String prefix = ArchiveWalker.prefixOf(p);
                for (UnitProblem problem : r.problems()) {
                    if (problem.unit() == null && problem.isError()) {
                        ValidationIssue issue = Inputs.issue(problem, prefix);
                        out.println("rejected  " + issue.toText(lang.locale()));
                        bad = true;
                    }
                }
                for (TransmissionUnit u : r.units()) {
                    pending.add(new Pending(r, u, prefix));
                }
            } catch (IOException e) {
                err.println("careplan-spec: " + lang.text("cli.path.cannotRead", p, e.getMessage()));
                return USAGE;
            }
        }
        pending.sort(Comparator.comparing(x -> x.unit().key()));
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            // Q17 is ambiguous: deleting the linked 利用者補足情報 is our default reading, keeping it the option
            ReceiveOptions options = keepSupplement ? ReceiveOptions.DEFAULT.withDeleteSupplementWithPlan(false)
                    .withDeleteSupplementWithUtilization(false) : ReceiveOptions.DEFAULT;
            // every unit is validated here, as the files were received: the importer need not validate again
            JdbcImporter importer = new JdbcImporter(c, new ReceiveProcessor(options), UnitGate.ACCEPT_ALL);
            Progress progress = Progress.forConsole(CarePlanSpecCommand.Streams.err());
            importer.durability().warning().ifPresent(w -> {
                err.println(w.message(lang.locale()));
                err.flush();
            });
            for (int from = 0; from < pending.size(); from += BATCH) {
                List<Pending> batch = pending.subList(from, Math.min(pending.size(), from + BATCH));
                bad |= !importBatch(importer, batch, out, profile, lang);
                progress.tick(batch.get(batch.size() - 1).unit().key().toString(), batch.size());
            }
            progress.done();
        } catch (SQLException e) {
            err.println(lang.text("db.error", e instanceof Localized l ? l.message(lang.locale()) : e.getMessage()));
            return USAGE;
        }
        out.flush();
        return bad ? ERRORS : OK;
    }

    /**
     * Validates and reads a batch of units in one pass (each file read and typed once: the records the validation
     * read are the records imported; a batch's accepted units are held in memory together), imports the accepted ones with one {@link JdbcImporter#importAll} (the
     * ledger read once for the batch), and prints one line per unit in the batch's order, each as soon as its unit is
     * committed (durably: {@link JdbcImporter}) and the lines before it are printed.
     *
     * @return whether every unit was applied or a duplicate
     */
    private static boolean importBatch(JdbcImporter importer, List<Pending> batch, PrintWriter out,
            io.github.careplanspec.validation.report.RuleProfile profile, Lang lang) {
        String[] lines = new String[batch.size()];
        ReceivedUnit[] units = new ReceivedUnit[batch.size()];
        List<List<String>> remarks = new ArrayList<>();
        boolean[] ok = {true};
        int[] printed = {0};
        for (int i = 0; i < batch.size(); i++) {
            Pending x = batch.get(i);
            String id = x.unit().key().toString();
            remarks.add(List.of());
            try {
                ValidationReport.Builder b = ValidationReport.builder().profile(profile);
                // one pass: the records validated here are the records keyed and written, the files not read again
                ReceivedUnit.Reading read = ReceivedUnit.reading(x.unit());
                UnitValidator.standard().validate(x.received(), x.unit(), x.prefix(), b, read::accept);
                UnitGate.Decision d = ValidatingUnitGate.decide(b.build(), lang.locale());
                if (!d.accepted()) {
                    lines[i] = line("rejected ", id, d.reasons(), lang);
                    ok[0] = false;
                    continue;
                }
                remarks.set(i, d.reasons());
                units[i] = read.finish();
            } catch (IOException | UnreadableUnitException e) {
                lines[i] = line("rejected ", id, List.of(String.valueOf(e instanceof UnreadableUnitException u
                        ? u.message(lang.locale()) : e.getMessage())), lang);
                ok[0] = false;
            }
        }
        while (true) {
            // the accepted units without a line yet; a unit given twice gets its results in the batch's order
            Map<UnitId, Deque<Integer>> at = new HashMap<>();
            List<ReceivedUnit> rest = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                if (units[i] != null && lines[i] == null) {
                    at.computeIfAbsent(units[i].id(), k -> new ArrayDeque<>()).add(i);
                    rest.add(units[i]);
                }
            }
            if (rest.isEmpty()) {
                break;
            }
            try {
                importer.importAll(rest, r -> {
                    int i = at.get(r.unit()).remove();
                    List<String> reasons = new ArrayList<>(remarks.get(i));
                    reasons.addAll(r.reasons(lang.locale()));
                    String id = batch.get(i).unit().key().toString();
                    switch (r.status()) {
                        case APPLIED -> lines[i] = line("applied  ", id, reasons, lang);
                        case DUPLICATE -> lines[i] = line("duplicate", id, reasons, lang);
                        default -> {
                            lines[i] = line("rejected ", id, reasons, lang);
                            ok[0] = false;
                        }
                    }
                    // the unit is committed durably (JdbcImporter): its line may go out now, in the batch's order
                    printed[0] = print(lines, printed[0], out);
                });
            } catch (ImportException e) {
                ok[0] = false;
                List<String> why = List.of(e.message(lang.locale()));
                Deque<Integer> failed = at.get(e.unit());
                if (failed != null && !failed.isEmpty()) {
                    // that unit was rolled back; the units after it were not tried: the next round goes on
                    int i = failed.remove();
                    lines[i] = line("failed   ", batch.get(i).unit().key().toString(), why, lang);
                } else {
                    // not one unit's failure (the connection after the last unit): the units left failed with it
                    for (int i = 0; i < batch.size(); i++) {
                        if (units[i] != null && lines[i] == null) {
                            lines[i] = line("failed   ", batch.get(i).unit().key().toString(), why, lang);
                        }
                    }
                }
            }
        }
        print(lines, printed[0], out);
        return ok[0];
    }

    /**
     * Prints the lines from {@code from} up to the first not yet known, and flushes.
     *
     * @return the index of the first line not printed
     */
    private static int print(String[] lines, int from, PrintWriter out) {
        int i = from;
        while (i < lines.length && lines[i] != null) {
            out.println(lines[i++]);
        }
        if (i > from) {
            out.flush();
        }
        return i;
    }

    static String line(String status, String id, List<String> reasons, Lang lang) {
        StringBuilder sb = new StringBuilder(status).append(' ').append(id);
        int n = 0;
        for (String r : reasons) {
            if (n == MAX_REASONS) {
                sb.append(" | ").append(lang.text("cli.import.more", reasons.size() - MAX_REASONS));
                break;
            }
            sb.append(n == 0 ? " — " : " | ").append(r.replace('\n', ' '));
            n++;
        }
        return sb.toString();
    }
}
