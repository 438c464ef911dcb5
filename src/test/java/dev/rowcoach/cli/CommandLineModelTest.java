package dev.rowcoach.cli;

import org.junit.jupiter.api.Test;

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
    void helpAMistypedCommandOrNoneBuildsEveryOneInTheHelpsOrder() {
        assertEquals(ALL, subcommands());
        assertEquals(ALL, subcommands("--help"));
        assertEquals(ALL, subcommands("help", "replay"));
        assertEquals(ALL, subcommands("replya", "a.rcrec"));
        assertEquals(ALL, List.copyOf(Main.commandLine(HelpTextTest.NOWHERE, false).getSubcommands().keySet()));
    }
}
