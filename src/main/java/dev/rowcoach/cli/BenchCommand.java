package dev.rowcoach.cli;

import dev.rowcoach.lab.bench.BenchInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

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

    /** The scorable files in {@code paths} (files and folders; the bundled samples when none are given). */
    static List<BenchInputs.Input> inputs(List<Path> paths) throws UserException {
        List<Path> dirs = paths.isEmpty() ? List.of(Path.of("sample-recordings")) : paths;
        try {
            return BenchInputs.discover(dirs);
        } catch (NoSuchFileException e) {
            throw new UserException(e.getFile() + ": no such file or directory", ExitCode.USAGE_OR_INPUT);
        } catch (IOException e) {
            throw new UserException("cannot list " + dirs + ": " + e.getMessage(), ExitCode.IO);
        }
    }
}
