package dev.rowcoach.cli;

import dev.rowcoach.Version;
import dev.rowcoach.testing.Cli;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The command line holds the model of the subcommand its arguments name, else of every subcommand. */
class CommandLineModelTest {

    private static final List<String> ALL = List.of("inspect", "convert", "replay", "report", "history", "week",
            "simulate", "live", "devices", "bench", "help");

    private static List<String> subcommands(String... args) {
        return List.copyOf(Main.commandLine(HelpTextTest.NOWHERE, false, args).getSubcommands().keySet());
    }

    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        assertEquals(List.of("replay"), subcommands("replay", "--format", "json", "a.rcrec"));
        assertEquals(List.of("bench"), subcommands("--verbose", "bench", "accuracy", "dir"));
        assertEquals(Set.of("accuracy", "grading", "robustness", "throughput"),
                Main.commandLine(HelpTextTest.NOWHERE, false, "bench", "accuracy").getSubcommands().get("bench").getSubcommands().keySet());
    }

    @Test
    void theVersionAloneIsPrintedWithoutACommandLineAsTheCommandLinePrintsIt() {
        assertEquals(ALL, subcommands("--version", "--help"));
        assertEquals(List.of("replay"), subcommands("replay", "--version"));
        Cli.Result version = Cli.run("--version");
        assertEquals(0, version.exitCode());
        assertEquals(Version.SOFTWARE, version.out().lines().findFirst().orElseThrow());
        assertEquals("", version.err());
        assertEquals(version.out(), Cli.run("-V").out());
        assertEquals(version.out(), Cli.run("-V", "--version").out());
        // Through picocli: with another option the command line is built and prints the version itself.
        assertEquals(version.out(), Cli.run("--verbose", "--version").out());
        StringWriter picocli = new StringWriter();
        Main.commandLine(HelpTextTest.NOWHERE, false).printVersionHelp(new PrintWriter(picocli));
        assertEquals(picocli.toString(), version.out());
    }

    @Test
    void helpAMistypedCommandOrNoneBuildsEveryOneInTheHelpsOrder() {
        assertEquals(ALL, subcommands());
        assertEquals(ALL, subcommands("--help"));
        assertEquals(ALL, subcommands("help", "replay"));
        assertEquals(ALL, subcommands("replya", "a.rcrec"));
        assertEquals(ALL, List.copyOf(Main.commandLine(HelpTextTest.NOWHERE, false).getSubcommands().keySet()));
    }
}
