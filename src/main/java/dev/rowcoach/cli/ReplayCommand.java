package dev.rowcoach.cli;

import dev.rowcoach.report.Replay;
import dev.rowcoach.report.ReportJson;
import dev.rowcoach.report.ReportText;
import dev.rowcoach.report.SessionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code rowcoach replay FILE}: the sets and reps of a recorded session, as live analysis would find them. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Analyses a recorded session through the same streaming pipeline as live: sets, reps, "
                + "range of motion, bar velocity and velocity loss, each rep's sway graded strict, cheat or excessive, "
                + "with warnings about the data.")
final class ReplayCommand implements Callable<Integer> {

    enum Output { text, json, html }

    @Parameters(paramLabel = "FILE", description = "A sensor recording in any supported format.")
    Path file;

    @Option(names = "--exercise", paramLabel = "NAME", completionCandidates = ExerciseNames.class,
            description = "Exercise profile for grading (default: the recording's, else " + Replay.DEFAULT_EXERCISE
                    + "): ${COMPLETION-CANDIDATES}.")
    String exercise;

    @Option(names = "--strict-max-deg", paramLabel = "DEG",
            description = "Estimated torso swing below which a rep is strict, degrees (default: the profile's, 10).")
    Double strictMaxDeg;

    @Option(names = "--cheat-max-deg", paramLabel = "DEG",
            description = "Estimated torso swing above which a rep is excessive, degrees (default: the profile's, 25).")
    Double cheatMaxDeg;

    @Option(names = "--load", paramLabel = "KG", description = "Load on the bar in kg (default: the recording's).")
    Double loadKg;

    @Option(names = "--athlete", paramLabel = "NAME",
            description = "Who lifted, stored in the history (default: the recording's).")
    String athlete;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Free text, stored in the history (default: the recording's).")
    String notes;

    @Option(names = "--no-history", description = "Do not store the session in the training history.")
    boolean noHistory;

    @Mixin
    HistoryOptions history;

    @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}); html is one self-contained page with charts.")
    Output output;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write the report to OUT (replaced atomically) instead of standard output.")
    Path outFile;

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (loadKg != null && !(loadKg >= 0 && Double.isFinite(loadKg))) {
            throw new UserException("--load must be a weight in kg, not " + loadKg, ExitCode.USAGE_OR_INPUT);
        }
        if (exercise != null && exercise.isBlank()) {
            throw new UserException("--exercise must name an exercise", ExitCode.USAGE_OR_INPUT);
        }
        if (outFile != null && isInput(outFile)) {
            throw new UserException(outFile + ": is the input file", ExitCode.USAGE_OR_INPUT);
        }
        Replay.Grading grading;
        try {
            grading = new Replay.Grading(exercise, strictMaxDeg, cheatMaxDeg);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), ExitCode.USAGE_OR_INPUT);
        }
        SessionReport report = ReplayRunner.run(file, input, grading, loadKg);
        PrintWriter err = spec.commandLine().getErr();
        if (output == Output.html) {
            // Stored first, so that the page's weekly chart counts this session; storing never fails the command.
            if (!noHistory) {
                SessionStore.store(history, file, report, athlete, notes, err);
            }
            write(ReplayHtml.render(file, report, athlete, notes, history, !noHistory, err));
            return ExitCode.OK;
        }
        write(output == Output.json ? ReportJson.toJson(report) + "\n" : ReportText.render(report));
        if (!noHistory) {
            SessionStore.store(history, file, report, athlete, notes, err);
        }
        return ExitCode.OK;
    }

    private void write(String text) throws UserException {
        if (outFile != null) {
            OutputFiles.writeAtomically(outFile, text);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        }
    }

    private boolean isInput(Path out) {
        try {
            return Files.exists(out) && Files.exists(file) && Files.isSameFile(file, out);
        } catch (IOException e) {
            // Unknowable here; opening the input reports the real problem.
            return false;
        }
    }
}
