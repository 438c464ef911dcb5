package dev.rowcoach.cli;

import dev.rowcoach.coach.TrainingReview;
import dev.rowcoach.grading.ExerciseProfile;
import dev.rowcoach.history.SessionMeta;
import dev.rowcoach.report.html.ReportHtml;
import dev.rowcoach.session.Loads;
import dev.rowcoach.session.Replay;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.source.SensorFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code rowcoach replay FILE}: the sets and reps of a recorded session, as live analysis would find them. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Analyses a recorded session through the same streaming pipeline as live: sets, reps, "
                + "range of motion, bar velocity and velocity loss, each rep's sway graded strict, cheat or excessive, "
                + "the coaching that applies (with the training history's: heavy sets, weekly volume, load–velocity), "
                + "and warnings about the data; stores the session in the history.")
final class ReplayCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A sensor recording in any supported format (- for standard input).")
    Path file;

    @Option(names = "--exercise", paramLabel = "NAME", completionCandidates = ExerciseNames.class,
            converter = OptionTypes.Exercise.class, description = "Exercise profile for grading (default: the recording's, else " + Replay.DEFAULT_EXERCISE
                    + "): ${COMPLETION-CANDIDATES}.")
    ExerciseProfile exercise;

    @Option(names = "--strict-max-deg", paramLabel = "DEG",
            description = "Estimated torso swing below which a rep is strict, degrees (default: the profile's, 10).")
    Double strictMaxDeg;

    @Option(names = "--cheat-max-deg", paramLabel = "DEG",
            description = "Estimated torso swing above which a rep is excessive, degrees (default: the profile's, 25).")
    Double cheatMaxDeg;

    @Option(names = "--load", paramLabel = "KG[,KG...]", converter = OptionTypes.LoadsPerSet.class, description = "Load on the bar in kg, or one per set "
            + "separated by commas, the last one for any further set (default: the recording's).")
    Loads loads = Loads.UNKNOWN;

    @Mixin
    SessionOptions session;

    @Option(names = "--no-history", description = "Do not store the session in the training history.")
    boolean noHistory;

    @Option(names = "--calibrate",
            description = "The first set is a calibration set of strict reps: their ROM is the baseline the swing of "
                    + "later reps is read against, and the history keeps it for the athlete and exercise.")
    boolean calibrate;

    @Mixin
    HistoryOptions history;

    @Mixin
    ReportOptions report;

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        report.validate();
        if (report.outFile != null && isInput(report.outFile)) {
            throw new UserException(report.outFile + ": is the input file", ExitCode.USAGE_OR_INPUT);
        }
        Replay.Grading grading;
        try {
            String exerciseName = exercise == null ? null : exercise.name();
            grading = new Replay.Grading(exerciseName, strictMaxDeg, cheatMaxDeg, calibrate,
                    noHistory ? null : SessionStore.calibration(history, session.athlete,
                            exerciseName != null ? exerciseName : Replay.DEFAULT_EXERCISE));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), ExitCode.USAGE_OR_INPUT);
        }
        SensorFile sensor = Inputs.open(file, input, RowcoachCommand.context(spec).in());
        SessionReport analysed = ReplayRunner.run(sensor, grading, loads);
        PrintWriter err = spec.commandLine().getErr();
        // What the history keys the session by, and the page shows: read once, and only when either needs it.
        SessionMeta meta = null;
        IOException unreadable = null;
        if (!noHistory || report.format == ReportOptions.Format.html) {
            try {
                meta = SessionMetas.of(sensor, analysed, session.athlete, session.notes);
            } catch (IOException e) {
                unreadable = e;
            }
        }
        // Without a history, the load–velocity line is this session's alone.
        TrainingReview review = null;
        if (!noHistory && meta != null) {
            review = SessionStore.storeAndReview(history, meta, analysed, report.mvtMps, err);
        } else if (!noHistory) {
            SessionStore.unreadable(file, unreadable, err);
        }
        if (review == null) {
            review = SessionStore.reviewAlone(analysed, report.mvtMps);
        }
        // The HTML page names who lifted and when: the options', else the recording's; without a date when the file
        // could not be read again a moment after it was.
        ReportHtml.Details details = meta != null ? new ReportHtml.Details(meta.athlete(), meta.notes(), meta.performedAt())
                : new ReportHtml.Details(session.athlete, session.notes, null);
        report.write(analysed.withTraining(review), details, spec);
        return ExitCode.OK;
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
