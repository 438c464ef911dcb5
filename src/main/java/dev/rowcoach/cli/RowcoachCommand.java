package dev.rowcoach.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.util.List;

/** The top-level command; its subcommands do the work. */
@Command(name = "rowcoach",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Measures how you row: reps, bar velocity and sway from a bar-mounted IMU.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:internal error (a bug: rerun with --debug and report it)",
            "2:bad usage or input (unknown option, missing or unrecognised file)",
            "3:input/output failure (cannot write, device lost)"})
public final class RowcoachCommand implements Runnable {

    /**
     * The subcommands, in the order the help lists them; {@link Main#commandLine(RunContext, boolean, String...)} adds them (all,
     * or the one a command line names: building a command's model from its annotations is most of a start-up).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(InspectCommand.class, ConvertCommand.class, ReplayCommand.class,
            ReportCommand.class, HistoryCommand.class, WeekCommand.class, SimulateCommand.class, LiveCommand.class,
            DevicesCommand.class, BenchCommand.class, picocli.CommandLine.HelpCommand.class);

    private final RunContext context;

    RowcoachCommand(RunContext context) {
        this.context = context;
    }

    /** The streams and environment of the run that {@code spec}'s command (or one of its mixins) belongs to. */
    static RunContext context(picocli.CommandLine.Model.CommandSpec spec) {
        return ((RowcoachCommand) spec.root().userObject()).context;
    }

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Log progress (info level) to stderr.")
    boolean verbose;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Log everything (debug level) and print stack traces of internal errors.")
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
