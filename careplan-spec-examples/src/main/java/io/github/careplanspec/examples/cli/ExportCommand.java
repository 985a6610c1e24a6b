package io.github.careplanspec.examples.cli;

import io.github.careplanspec.csv.receive.Party;
import io.github.careplanspec.csv.unit.TransmissionUnit;
import io.github.careplanspec.examples.db.DatabaseContents;
import io.github.careplanspec.examples.db.DatabaseUnits;
import io.github.careplanspec.examples.db.JdbcExporter;
import io.github.careplanspec.examples.db.JdbcImporter;
import io.github.careplanspec.model.name.FileSequence;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code careplan-spec export --db JDBC_URL --out DIR}: writes what the database holds as conformant interface files,
 * grouped into transmission units named by the spec ({@link DatabaseUnits}). The sender and receiver default to the
 * one (planning office, service office) pair of the receipt ledger; the first ファイル連番 defaults to now.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"データベースの内容を仕様どおりのファイル（送信単位）として書き出します。",
            "Writes what the database holds as conformant files, grouped into transmission units."},
        footer = {"", "Exit codes: 0 written, 1 the records form no unit of the spec or writing failed,"
            + " 2 usage or database.", "", "Example:",
            "  careplan-spec export --db jdbc:h2:./careplan --out outbox/"})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = JdbcImporter.DEFAULT_URL,
            description = "the database (default: ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--user", paramLabel = "USER", description = "database user")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "database password")
    String password;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write (created)")
    Path out;

    @Option(names = "--sender", paramLabel = "OFFICE_TYPE",
            description = "planning office, e.g. 0300000100_43 (default: from the receipt ledger)")
    String sender;

    @Option(names = "--receiver", paramLabel = "OFFICE_TYPE",
            description = "service office, e.g. 0300000005_11 (default: from the receipt ledger)")
    String receiver;

    @Option(names = "--sequence", paramLabel = "YYYYMMDDHHMMSS",
            description = "ファイル連番 of the first unit; each next unit +1 second (default: now)")
    String sequence;

    @Spec
    CommandSpec spec;

    /** For picocli. */
    ExportCommand() {
    }

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FileSequence first;
        try {
            first = sequence == null ? FileSequence.now(Clock.systemDefaultZone()) : FileSequence.parse(sequence);
        } catch (IllegalArgumentException e) {
            err.println("--sequence: " + e.getMessage());
            return ImportCommand.USAGE;
        }
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            Party planner;
            Party provider;
            if (sender != null && receiver != null) {
                planner = Party.parse(sender);
                provider = Party.parse(receiver);
            } else {
                Optional<Party[]> pair = DatabaseUnits.partiesFromLedger(c);
                if (pair.isEmpty()) {
                    err.println("送信元・送信先を決められません。--sender と --receiver を指定してください / the ledger"
                            + " holds no single sender and receiver: give --sender and --receiver");
                    return ImportCommand.USAGE;
                }
                planner = pair.get()[0];
                provider = pair.get()[1];
            }
            DatabaseContents contents = new JdbcExporter(c).export();
            List<TransmissionUnit> units = DatabaseUnits.of(contents, planner, provider, first);
            if (units.isEmpty()) {
                // not an error (everything received may have been deleted since), but never a silent no-op
                err.println("データベースに書き出すレコードがありません / the database holds no records to export");
            }
            for (TransmissionUnit u : units) {
                for (Path p : u.writeTo(out)) {
                    o.println(p);
                }
            }
            o.flush();
            return ImportCommand.OK;
        } catch (SQLException e) {
            err.println("データベースエラー / database error: " + e.getMessage());
            return ImportCommand.USAGE;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ImportCommand.USAGE;
        } catch (IllegalStateException | IOException e) {
            err.println("書き出せません / cannot export: " + e.getMessage());
            return ImportCommand.ERRORS;
        }
    }
}
