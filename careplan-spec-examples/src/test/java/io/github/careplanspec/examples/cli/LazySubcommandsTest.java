package io.github.careplanspec.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Start-up: a run that names a subcommand builds only that one's model; any other run builds them all. */
class LazySubcommandsTest {
    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        assertEquals(Set.of("validate"),
                CarePlanSpecCommand.commandLine(new String[] {"validate", "x.CSV"}).getSubcommands().keySet());
        assertEquals(Set.of("render"),
                CarePlanSpecCommand.commandLine(new String[] {"render", "--help"}).getSubcommands().keySet());
    }

    @Test
    void helpOptionsAndUnknownWordsGetEverySubcommand() {
        List<String> all = List.of("validate", "inspect", "convert", "sample", "seal", "open", "import", "export",
                "render", "help");
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"help", "validate"},
                new String[] {"valdate"})) {
            assertEquals(all, List.copyOf(CarePlanSpecCommand.commandLine(args).getSubcommands().keySet()),
                    String.join(" ", args));
        }
    }

    @Test
    void theTopLevelHelpStillListsEveryCommandAndAMisspelledOneIsAUsageError() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CarePlanSpecCommand.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        String help = out.toString(StandardCharsets.UTF_8);
        for (String c : List.of("validate", "inspect", "convert", "sample", "seal", "open", "import", "export",
                "render")) {
            assertTrue(help.contains("  " + c + " "), c + " in\n" + help);
        }
        err.reset();
        code = CarePlanSpecCommand.run(new String[] {"valdate"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(CarePlanSpecCommand.USAGE, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("validate"), err.toString(StandardCharsets.UTF_8));
    }
}
