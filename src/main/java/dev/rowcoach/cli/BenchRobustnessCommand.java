package dev.rowcoach.cli;

import dev.rowcoach.lab.bench.BenchInputs;
import dev.rowcoach.lab.bench.Degradation;
import dev.rowcoach.lab.bench.RobustnessBench;
import dev.rowcoach.lab.bench.RobustnessText;
import dev.rowcoach.sensor.StreamListener;
import dev.rowcoach.recording.RecordingException;
import dev.rowcoach.session.Loads;
import dev.rowcoach.session.Replay;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.source.SensorFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

/** {@code rowcoach bench robustness}: the accuracy benchmark under degraded streams. */
@Command(name = "robustness", mixinStandardHelpOptions = true,
        description = "Replays every scorable file in DIR (a truth file beside it, or a rep count in its name) under "
                + "a grid of degradations, each with fixed seeds: lower rates, bursts of lost samples (as BLE loses "
                + "notifications), clock jitter, duplicated samples, and combinations (a cell may also read the data "
                + "as another sensor would: turned, with a gain error, a gyroscope bias, more noise); prints per cell "
                + "the exact and within-one rep counts, or the rep F1, MCV and ROM errors (with the share of reps that "
                + "show an MCV) and sets against the truth.")
final class BenchRobustnessCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "0..*",
            description = "Directories (or files) to benchmark (default: sample-recordings).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--cell", paramLabel = "SPEC",
            description = "A grid cell instead of the default grid, e.g. "
                    + "'rate=25,loss=20%%,burst=0.2-0.45,jitter=3ms,dup=20%%', 'mount=35,gain=5%%,gbias=0.03,noise=0.1' "
                    + "(degrees, gain error, rad/s, m/s²) or 'clean' (repeatable).")
    List<String> cells = new ArrayList<>();

    @Option(names = "--seeds", paramLabel = "N,...", split = ",", defaultValue = "1,2,3",
            description = "Seeds of the degradation, each a case (default: ${DEFAULT-VALUE}).")
    List<Long> seeds;

    @Option(names = "--workers", paramLabel = "N", description = "Worker threads (default: one per core).")
    Integer workers;

    @Option(names = "--details", description = "Also list every case.")
    boolean details;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Degradation> grid = new ArrayList<>();
        try {
            for (String c : cells) {
                grid.add(Degradation.parse(c));
            }
        } catch (IllegalArgumentException e) {
            throw new UserException("--cell: " + e.getMessage(), ExitCode.USAGE_OR_INPUT);
        }
        if (grid.isEmpty()) {
            grid = Degradation.defaultGrid();
        }
        if (seeds.isEmpty()) {
            throw new UserException("--seeds needs at least one seed", ExitCode.USAGE_OR_INPUT);
        }
        int threads = workers != null ? workers : Runtime.getRuntime().availableProcessors();
        if (threads < 1 || threads > 64) {
            throw new UserException("--workers must be 1–64", ExitCode.USAGE_OR_INPUT);
        }
        List<BenchInputs.Input> inputs = BenchCommand.inputs(paths);
        InputStream stdin = RowcoachCommand.context(spec).in();
        List<RobustnessBench.Cell> result = RobustnessBench.run(inputs, grid, seeds,
                (path, filter) -> analyse(path, filter, stdin), threads);
        PrintWriter out = spec.commandLine().getOut();
        out.print(RobustnessText.render(result, seeds, details));
        out.flush();
        return ExitCode.OK;
    }

    private static SessionReport analyse(Path path, UnaryOperator<StreamListener> filter, InputStream stdin)
            throws UserException {
        SensorFile file = Inputs.open(path, new InputOptions(), stdin);
        try {
            return Replay.of(file, Replay.Grading.DEFAULTS, Loads.UNKNOWN, filter);
        } catch (IOException e) {
            throw Inputs.readFailure(path, e);
        } catch (RecordingException e) {
            throw new UserException(path + ": " + e.getMessage(), ExitCode.USAGE_OR_INPUT);
        }
    }
}
