package dev.rowcoach.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rowcoach.lab.bench.AccuracyJson;
import dev.rowcoach.lab.bench.AccuracyReport;
import dev.rowcoach.lab.bench.AccuracyTargets;
import dev.rowcoach.lab.bench.AccuracyText;
import dev.rowcoach.lab.bench.BenchInputs;
import dev.rowcoach.lab.bench.FileResult;
import dev.rowcoach.lab.bench.TruthScorer;
import dev.rowcoach.lab.truth.Truth;
import dev.rowcoach.lab.truth.TruthFiles;
import dev.rowcoach.session.Loads;
import dev.rowcoach.session.Replay;
import dev.rowcoach.session.SessionReport;
import org.tinylog.Logger;
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

/** {@code rowcoach bench accuracy}: replays benchmark files and scores them against their truth. */
@Command(name = "accuracy", mixinStandardHelpOptions = true,
        description = "Replays every file in DIR that has a truth file beside it (FILE.truth.json) and scores reps, "
                + "sets, velocity and ROM against it; files named with a rep count (reps10) are scored on the "
                + "count. Prints PASS/FAIL per target (see docs/ACCURACY.md).")
final class BenchAccuracyCommand implements Callable<Integer> {

    /** Exit code of {@code --check} when a target failed (as test runners do), distinct from usage errors. */
    static final int TARGET_FAILED = 1;

    enum Output { text, json }

    @Parameters(paramLabel = "DIR", arity = "0..*",
            description = "Directories (or files) to benchmark (default: sample-recordings).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Output output;

    @Option(names = "--check",
            description = "Exit with code 1 when a target fails, a file cannot be scored, or nothing was measured.")
    boolean check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<BenchInputs.Input> inputs = BenchCommand.inputs(paths);
        List<FileResult> results = new ArrayList<>();
        InputStream stdin = RowcoachCommand.context(spec).in();
        InOrder.run(inputs, in -> {
            Logger.info("bench: {}", in.file());
            return score(in, stdin);
        }, (in, result, failure) -> results.add(result));
        AccuracyReport report = AccuracyReport.of(results, AccuracyTargets.DEFAULTS);
        PrintWriter out = spec.commandLine().getOut();
        out.print(output == Output.json ? AccuracyJson.toJson(report) + "\n" : AccuracyText.render(report));
        out.flush();
        return check && !report.passed() ? TARGET_FAILED : ExitCode.OK;
    }

    private static FileResult score(BenchInputs.Input in, InputStream stdin) {
        String path = in.file().toString();
        try {
            if (in instanceof BenchInputs.WithTruth t) {
                Truth truth = readTruth(t.truthFile());
                SessionReport report = ReplayRunner.run(t.file(), new InputOptions(), Replay.Grading.DEFAULTS, Loads.UNKNOWN,
                        stdin);
                return new FileResult.Scored(path, truth.hasGyro(), TruthScorer.score(report, truth));
            }
            if (in instanceof BenchInputs.WithCount c) {
                SessionReport report = ReplayRunner.run(c.file(), new InputOptions(), Replay.Grading.DEFAULTS, Loads.UNKNOWN,
                        stdin);
                return new FileResult.Counted(path, c.expectedReps(), report.repCount());
            }
        } catch (UserException e) {
            // Messages start with the path, which the table already shows.
            String m = e.getMessage();
            return new FileResult.Skipped(path, m.startsWith(path + ": ") ? m.substring(path.length() + 2) : m, true);
        }
        return new FileResult.Skipped(path, "no truth file beside it and no rep count in its name", false);
    }

    private static Truth readTruth(Path file) throws UserException {
        try {
            return TruthFiles.read(file);
        } catch (IOException e) {
            throw new UserException(file.getFileName() + " is not a readable truth file: " + firstLine(e),
                    ExitCode.USAGE_OR_INPUT);
        }
    }

    /** Jackson's messages continue with the source location on further lines; the table keeps one line. */
    private static String firstLine(IOException e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
