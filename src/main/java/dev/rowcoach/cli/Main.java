package dev.rowcoach.cli;

import org.tinylog.configuration.Configuration;
import picocli.CommandLine;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
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
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof OutOfMemoryError) {
                Runtime.getRuntime().halt(outOfMemory(new PrintWriter(System.err, true)));
            }
            System.err.println("rowcoach: internal error in " + thread.getName() + ": " + e);
        });
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
        StandardOutput stdout = StandardOutput.get();
        cli.setOut(StandardOutput.writer(stdout));
        cli.setErr(StandardOutput.writer(new FileOutputStream(FileDescriptor.err)));
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            return outOfMemory(cli.getErr());
        }
        cli.getOut().flush();
        if (stdout.failure() != null && code != ExitCode.IO) {
            // Output lost (a full disk, a closed pipe) is a failure even when the command itself succeeded; a reader
            // that stopped early (rowcoach history | head) wanted no more, and is not told so.
            String reason = OutputFiles.reason(stdout.failure());
            if (!"Broken pipe".equals(reason)) {
                cli.getErr().println("rowcoach: cannot write the output: " + reason);
                cli.getErr().flush();
            }
            return ExitCode.IO;
        }
        return code;
    }

    /** One line for memory exhausted, on any thread: never a stack trace. */
    private static int outOfMemory(PrintWriter err) {
        err.println("rowcoach: out of memory (the Java heap limit is " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB; raise it with ROWCOACH_JAVA_OPTS=-Xmx...)");
        err.flush();
        return ExitCode.IO;
    }

    static CommandLine commandLine(boolean debug) {
        CommandLine cli = new CommandLine(new RowcoachCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("rowcoach: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.USAGE_OR_INPUT;
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            if (e instanceof UserException u) {
                err.println("rowcoach: " + u.getMessage());
                return u.exitCode();
            }
            err.println("rowcoach: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCode.INTERNAL;
        });
        return cli;
    }
}
