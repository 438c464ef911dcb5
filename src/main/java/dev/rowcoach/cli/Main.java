package dev.rowcoach.cli;

import dev.rowcoach.history.HistoryException;
import dev.rowcoach.live.LiveException;
import org.tinylog.configuration.Configuration;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

/** Entry point: sets up logging, runs the command line, turns failures into one line and an exit code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // The HTML report draws its charts with Java2D: never look for a display, even where one is set.
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args));
    }

    /** Runs rowcoach with {@code args} and returns the exit code (for tests and {@link #main}). */
    public static int run(String... args) {
        List<String> list = Arrays.asList(args);
        boolean debug = list.contains("--debug");
        if (!Configuration.isFrozen()) {
            Configuration.set("level", debug ? "debug" : list.contains("--verbose") ? "info" : "warn");
        }
        CommandLine cli = commandLine(debug);
        return cli.execute(args);
    }

    static CommandLine commandLine(boolean debug) {
        CommandLine cli = new CommandLine(new RowcoachCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            if (e.getCause() instanceof OptionTypes.BadValue bad) {
                // A typed option's own line says all there is to say.
                err.println("rowcoach: " + bad.getMessage());
                return ExitCode.USAGE_OR_INPUT;
            }
            err.println("rowcoach: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.USAGE_OR_INPUT;
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            int code = exitCode(e);
            if (code != ExitCode.INTERNAL) {
                err.println("rowcoach: " + e.getMessage());
                return code;
            }
            err.println("rowcoach: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCode.INTERNAL;
        });
        return cli;
    }

    /**
     * The exit code of a command that failed with {@code e}: the one map from failures the user can act on (printed
     * as their one-line message) to codes; anything else is a bug, {@link ExitCode#INTERNAL}.
     */
    static int exitCode(Exception e) {
        if (e instanceof UserException u) {
            return u.exitCode();
        }
        if (e instanceof LiveException live) {
            return live.badInput() ? ExitCode.USAGE_OR_INPUT : ExitCode.IO;
        }
        if (e instanceof HistoryException) {
            return ExitCode.IO;
        }
        return ExitCode.INTERNAL;
    }
}
