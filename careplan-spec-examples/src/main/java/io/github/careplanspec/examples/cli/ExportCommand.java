package io.github.careplanspec.examples.cli;

import io.github.careplanspec.csv.receive.Party;
import io.github.careplanspec.csv.unit.TransmissionUnit;
import io.github.careplanspec.examples.db.DatabaseContents;
import io.github.careplanspec.examples.db.DatabaseUnits;
import io.github.careplanspec.examples.db.JdbcExporter;
import io.github.careplanspec.examples.db.JdbcImporter;
import io.github.careplanspec.examples.db.Localized;
import io.github.careplanspec.examples.db.PartnerPair;
import io.github.careplanspec.model.name.FileSequence;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code careplan-spec export --db JDBC_URL --out DIR}: writes what the database holds as conformant interface files,
 * grouped into transmission units named by the spec ({@link DatabaseUnits}), one folder per partner pair (a planning
 * office and a service office, whichever sent: {@link PartnerPair}), named {@code 計画事業所_サービス事業所}; each pair's
 * units take consecutive ファイル連番 from the first (default: now). {@code --sender} / {@code --receiver} select the
 * pairs of one planning office / one service office.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"データベースの内容を、連携先の組（計画事業所とサービス事業所）ごとのフォルダに、"
                + "仕様どおりのファイル（送信単位）として書き出します。",
            "Writes what the database holds as conformant files, grouped into transmission units, one folder per"
                + " partner pair (planning office and service office)."},
        footer = {"", "Exit codes: 0 written (or nothing to write, said on stderr), 1 the records form no unit of the"
            + " spec or writing failed, 2 usage or database.", "", "Example:",
            "  careplan-spec export --db jdbc:h2:./careplan --out outbox/",
            "  (writes outbox/0300000100_43_0300000005_11/…, one folder per pair)"})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = JdbcImporter.DEFAULT_URL,
            description = "the database (default: ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--user", paramLabel = "USER", description = "database user")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "database password")
    String password;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "the folder to write (created): one subfolder per partner pair")
    Path out;

    @Option(names = "--sender", paramLabel = "OFFICE_TYPE",
            description = "only the pairs of this planning office, e.g. 0300000100_43 (default: every pair)")
    String sender;

    @Option(names = "--receiver", paramLabel = "OFFICE_TYPE",
            description = "only the pairs of this service office, e.g. 0300000005_11 (default: every pair)")
    String receiver;

    @Option(names = "--sequence", paramLabel = "YYYYMMDDHHMMSS",
            description = "ファイル連番 of each pair's first unit; each next unit +1 second (default: now)")
    String sequence;

    @Option(names = "--lang", paramLabel = "LANG", description = "ja | en: messages (default: ja)")
    Lang lang = Lang.ja;

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
        Party planner;
        Party provider;
        try {
            first = sequence == null ? FileSequence.now(Clock.systemDefaultZone()) : FileSequence.parse(sequence);
            planner = sender == null ? null : Party.parse(sender);
            provider = receiver == null ? null : Party.parse(receiver);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ImportCommand.USAGE;
        }
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            Map<PartnerPair, DatabaseContents> pairs = new JdbcExporter(c).exportByPair();
            int written = 0;
            for (Map.Entry<PartnerPair, DatabaseContents> e : pairs.entrySet()) {
                PartnerPair pair = e.getKey();
                if (planner != null && !planner.equals(pair.planner())
                        || provider != null && !provider.equals(pair.provider())) {
                    continue;
                }
                Path dir = out.resolve(pair.folderName());
                for (TransmissionUnit u : DatabaseUnits.of(e.getValue(), pair.planner(), pair.provider(), first)) {
                    for (Path p : u.writeTo(dir)) {
                        o.println(p);
                    }
                    written++;
                }
            }
            if (written == 0) {
                // not an error (everything received may have been deleted since), but never a silent no-op
                err.println(pairs.isEmpty() ? lang.text("cli.export.nothing")
                        : lang.text("cli.export.nothingFor", sender, receiver, pairs.keySet()));
            }
            o.flush();
            return ImportCommand.OK;
        } catch (SQLException e) {
            err.println(lang.text("db.error", e instanceof Localized l ? l.message(lang.locale()) : e.getMessage()));
            return ImportCommand.USAGE;
        } catch (IllegalStateException | IOException e) {
            err.println(lang.text("cli.export.failed", e.getMessage()));
            return ImportCommand.ERRORS;
        }
    }
}
