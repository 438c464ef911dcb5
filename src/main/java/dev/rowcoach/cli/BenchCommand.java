package dev.rowcoach.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rowcoach bench}: measurements of rowcoach itself; each kind is a subcommand. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures rowcoach itself: how accurately it finds and measures reps, and how fast.",
        subcommands = {BenchAccuracyCommand.class, BenchGradingCommand.class, BenchRobustnessCommand.class,
                BenchThroughputCommand.class})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
