package dev.rowcoach.cli;

import dev.rowcoach.history.HistoryException;
import dev.rowcoach.live.LiveException;
import org.tinylog.configuration.Configuration;
import picocli.CommandLine;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

/** Entry point: sets up logging, runs the command line, turns failures into one line and an exit code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.setErr(SafeErrorStream.over(StandardOutput.writer(new FileOutputStream(FileDescriptor.err))));
        Thread.setDefaultUncaughtExceptionHandler(new LastResort());
        if (!versionOnly(args)) {
            configureLogging(Arrays.asList(args));
        }
        int code;
        try {
            code = run(RunContext.ofProcess(), args);
        } catch (OutOfMemoryError e) {
            // Halt: exiting runs shutdown hooks, which may need the memory that is gone.
            Runtime.getRuntime().halt(outOfMemory());
            return;
        }
        System.exit(code);
    }

    /**
     * The JVM's log level from the command line, once: quiet (warnings), {@code --verbose} (info) or {@code --debug}.
     * Logging is the JVM's, not a run's: {@link #run} leaves it as it is.
     */
    private static void configureLogging(List<String> args) {
        if (Configuration.isFrozen()) {
            return;
        }
        boolean debug = args.contains("--debug");
        Configuration.set("level", debug ? "debug" : args.contains("--verbose") ? "info" : "warn");
        if (!debug) {
            // A library's own warning (sqlite-jdbc's clean-up of an old native library when two processes start
            // at once) is one line without its stack trace; --debug shows everything.
            Configuration.set("writer.format", "rowcoach: {level}: {message-only}");
        }
    }

    /**
     * Runs rowcoach with {@code args} on {@code context}'s streams and environment and returns the exit code; it
     * never exits the JVM. {@link #main} runs it on the process's own; a caller may run several at once, each on a
     * context of its own. What the logger writes (with {@code --verbose} or {@code --debug}) goes to the JVM's
     * {@code System.err} at the JVM's level, not to {@code context}.
     */
    public static int run(RunContext context, String... args) {
        // The HTML report draws its charts with Java2D: never look for a display, even where one is set.
        System.setProperty("java.awt.headless", "true");
        StandardOutput stdout = context.out();
        PrintWriter out = StandardOutput.writer(stdout);
        PrintWriter err = StandardOutput.writer(context.err());
        int code;
        if (versionOnly(args)) {
            // The lines picocli prints for --version, without building the command's model from its annotations
            // (about half of the command's start-up; CommandLineModelTest compares the two).
            for (String line : new VersionProvider().getVersion()) {
                out.println(line);
            }
            code = ExitCode.OK;
        } else {
            CommandLine cli = commandLine(context, Arrays.asList(args).contains("--debug"), args);
            cli.setOut(out);
            cli.setErr(err);
            code = cli.execute(args);
        }
        out.flush();
        err.flush();
        if (stdout.failure() != null && code != ExitCode.IO) {
            // Output lost (a full disk, a closed pipe) is a failure even when the command itself succeeded; a reader
            // that stopped early (rowcoach history | head) wanted no more, and is not told so.
            String reason = OutputFiles.reason(stdout.failure());
            if (!"Broken pipe".equals(reason)) {
                err.println("rowcoach: cannot write the output: " + reason);
                err.flush();
            }
            return ExitCode.IO;
        }
        return code;
    }

    /** The line for memory exhausted, made before it is needed: when it is, there may be no memory to make it. */
    private static final byte[] OUT_OF_MEMORY = ("rowcoach: out of memory (the Java heap limit is "
            + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; raise it with ROWCOACH_JAVA_OPTS=-Xmx...)\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** Standard error as the JVM opened it: the out-of-memory line needs no allocation on its way out. */
    private static final PrintStream RAW_ERR = System.err;

    /** One line for memory exhausted, on any thread: never a stack trace. */
    private static int outOfMemory() {
        RAW_ERR.write(OUT_OF_MEMORY, 0, OUT_OF_MEMORY.length);
        RAW_ERR.flush();
        return ExitCode.IO;
    }

    /**
     * What a thread that dies of an uncaught error (a live reader, a recording flusher) leaves: one line; out of
     * memory ends the process at once with exit 3. A class made at start-up, not a lambda linked when first needed.
     */
    private static final class LastResort implements Thread.UncaughtExceptionHandler {
        @Override
        public void uncaughtException(Thread thread, Throwable e) {
            if (e instanceof OutOfMemoryError) {
                Runtime.getRuntime().halt(outOfMemory());
            }
            System.err.println("rowcoach: internal error in " + thread.getName() + ": " + e);
        }
    }

    /** {@code message} on one line: a line break in a value the user typed is shown as {@code \n}, not obeyed. */
    static String oneLine(String message) {
        return message.replace("\r", "\\r").replace("\n", "\\n");
    }

    /**
     * The command line with every subcommand, rowcoach's converters and error handlers, its commands reading and
     * writing through {@code context} (also for the option-parsing fuzz target and the help test).
     */
    public static CommandLine commandLine(RunContext context, boolean debug) {
        return commandLine(context, debug, new String[0]);
    }

    /**
     * The command line for {@code args}: with only the subcommand they name (its model is built from its annotations
     * at start-up, and building every command's took about 0.1 CPU s of each run), else with every subcommand, for
     * the help, {@code help COMMAND} and the suggestions for a mistyped command ({@code --version} alone never comes
     * here: {@link #run} prints it without a command line).
     */
    static CommandLine commandLine(RunContext context, boolean debug, String... args) {
        CommandLine cli = new CommandLine(new RowcoachCommand(context));
        Class<?> named = named(args);
        for (Class<?> sub : RowcoachCommand.SUBCOMMANDS) {
            if (named == null || sub == named) {
                cli.addSubcommand(sub);
            }
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, unmatched) -> {
            PrintWriter err = e.getCommandLine().getErr();
            if (e.getCause() instanceof OptionTypes.BadValue bad) {
                // A typed option's own line says all there is to say.
                err.println("rowcoach: " + oneLine(bad.getMessage()));
                return ExitCode.USAGE_OR_INPUT;
            }
            err.println("rowcoach: " + oneLine(e.getMessage()));
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
     * Whether {@code args} only ask for the version ({@code -V}, {@code --version}), printed without the command line
     * (building every subcommand's model was about a third of {@code --version}'s CPU, the top command's and the
     * logger's set-up about half of what was left).
     */
    private static boolean versionOnly(String... args) {
        for (String arg : args) {
            if (!arg.equals("-V") && !arg.equals("--version")) {
                return false;
            }
        }
        return args.length > 0;
    }

    /** The subcommand the first word of {@code args} that is not an option names, or null (none, or help). */
    private static Class<?> named(String... args) {
        for (String arg : args) {
            if (arg.startsWith("-")) {
                continue;
            }
            for (Class<?> sub : RowcoachCommand.SUBCOMMANDS) {
                if (sub != CommandLine.HelpCommand.class && sub.getAnnotation(CommandLine.Command.class).name().equals(arg)) {
                    return sub;
                }
            }
            return null;
        }
        return null;
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
