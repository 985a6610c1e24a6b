package io.github.careplanspec.examples.cli;

import io.github.careplanspec.csv.receive.ReceiveOptions;
import io.github.careplanspec.csv.receive.ReceiveProcessor;
import io.github.careplanspec.csv.receive.ReceivedUnit;
import io.github.careplanspec.csv.receive.UnreadableUnitException;
import io.github.careplanspec.csv.unit.ReceivedUnits;
import io.github.careplanspec.csv.unit.TransmissionUnit;
import io.github.careplanspec.csv.unit.UnitProblem;
import io.github.careplanspec.csv.unit.Units;
import io.github.careplanspec.examples.db.ImportException;
import io.github.careplanspec.examples.db.ImportResult;
import io.github.careplanspec.examples.db.JdbcImporter;
import io.github.careplanspec.examples.db.UnitGate;
import io.github.careplanspec.examples.db.ValidatingUnitGate;
import io.github.careplanspec.validation.UnitValidator;
import io.github.careplanspec.validation.report.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println("パスがありません / no such path: " + p);
                return USAGE;
            }
            try {
                ReceivedUnits r = Units.open(p);
                String prefix = UnitValidator.prefixOf(p);
                for (UnitProblem problem : r.problems()) {
                    if (problem.unit() == null && problem.isError()) {
                        out.println("rejected  " + p + ": " + problem.message(Locale.JAPANESE) + " / "
                                + problem.message(Locale.ENGLISH));
                        bad = true;
                    }
                }
                for (TransmissionUnit u : r.units()) {
                    pending.add(new Pending(r, u, prefix));
                }
            } catch (IOException e) {
                err.println("読めません / cannot read " + p + ": " + e.getMessage());
                return USAGE;
            }
        }
        pending.sort(Comparator.comparing(x -> x.unit().key()));
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            // Q17 is ambiguous: deleting the linked 利用者補足情報 is our default reading, keeping it the option
            ReceiveOptions options = keepSupplement ? ReceiveOptions.DEFAULT.withDeleteSupplementWithPlan(false)
                    .withDeleteSupplementWithUtilization(false) : ReceiveOptions.DEFAULT;
            JdbcImporter importer = new JdbcImporter(c, new ReceiveProcessor(options), new ValidatingUnitGate());
            for (Pending x : pending) {
                bad |= !importOne(importer, x, out);
            }
        } catch (SQLException e) {
            err.println("データベースエラー / database error: " + e.getMessage());
            return USAGE;
        }
        out.flush();
        return bad ? ERRORS : OK;
    }

    /** Validates, reads and imports one unit; prints its line; returns whether it was applied or a duplicate. */
    private static boolean importOne(JdbcImporter importer, Pending x, PrintWriter out) {
        String id = x.unit().key().toString();
        ValidationReport.Builder b = ValidationReport.builder();
        try {
            UnitValidator.standard().validate(x.received(), x.unit(), x.prefix(), b);
            UnitGate.Decision d = ValidatingUnitGate.decide(b.build());
            if (!d.accepted()) {
                out.println(line("rejected ", id, d.reasons()));
                return false;
            }
            ImportResult r = importer.importUnit(ReceivedUnit.from(x.unit()));
            switch (r.status()) {
                case APPLIED:
                    out.println(line("applied  ", id, r.reasons()));
                    return true;
                case DUPLICATE:
                    out.println(line("duplicate", id, r.reasons()));
                    return true;
                default:
                    out.println(line("rejected ", id, r.reasons()));
                    return false;
            }
        } catch (IOException | UnreadableUnitException e) {
            out.println(line("rejected ", id, List.of(e.getMessage())));
            return false;
        } catch (ImportException e) {
            out.println(line("failed   ", id, List.of(String.valueOf(e.getMessage()))));
            return false;
        }
    }

    private static String line(String status, String id, List<String> reasons) {
        StringBuilder sb = new StringBuilder(status).append(' ').append(id);
        int n = 0;
        for (String r : reasons) {
            if (n == MAX_REASONS) {
                sb.append(" | … (").append(reasons.size() - MAX_REASONS).append(" more / 他 ")
                        .append(reasons.size() - MAX_REASONS).append(" 件)");
                break;
            }
            sb.append(n == 0 ? " — " : " | ").append(r.replace('\n', ' '));
            n++;
        }
        return sb.toString();
    }
}
