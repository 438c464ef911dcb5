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
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code rowcoach replay FILE...}: the sets and reps of recorded sessions, as live analysis would find them; several
 * files are reported one after another, in the order given.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Analyses a recorded session through the same streaming pipeline as live: sets, reps, "
                + "range of motion, bar velocity and velocity loss, each rep's sway graded strict, cheat or excessive, "
                + "the coaching that applies (with the training history's: heavy sets, weekly volume, load–velocity), "
                + "and warnings about the data; stores the session in the history.")
final class ReplayCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Sensor recordings in any supported format, "
            + "analysed on a worker per core and reported in the order given (- alone for standard input).")
    List<Path> files;

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
        if (files.size() > 1 && files.stream().anyMatch(ReplayCommand::isStandardInput)) {
            throw new UserException("- (standard input) can only be replayed alone", ExitCode.USAGE_OR_INPUT);
        }
        if (files.size() > 1 && report.format == ReportOptions.Format.html) {
            throw new UserException("--format html is one page per session: replay one file at a time",
                    ExitCode.USAGE_OR_INPUT);
        }
        if (report.outFile != null && files.stream().anyMatch(f -> isSameFile(f, report.outFile))) {
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
        PrintWriter err = spec.commandLine().getErr();
        if (files.size() == 1) {
            // One file: its decoding on a thread of its own when there is a core for it (the workers below take
            // every core for several).
            Coached one = coach(analyse(files.get(0), grading, Runtime.getRuntime().availableProcessors() > 1), err);
            report.write(one.report(), one.details(), spec);
            return ExitCode.OK;
        }
        // Analysed on a worker per core; stored, coached and written one by one, in the order given, as if each
        // file were replayed in turn. A file that fails says so in its line and the others go on.
        int[] outcome = {ExitCode.OK, 0}; // exit code of the first file that failed, reports written
        report.write(w -> InOrder.<Path, Analysed, IOException>run(files, f -> analyse(f, grading, false), (f, analysed, failure) -> {
            if (failure != null) {
                UserException e = (UserException) failure; // all analyse throws
                err.println("rowcoach: " + e.getMessage());
                err.flush();
                if (outcome[0] == ExitCode.OK) {
                    outcome[0] = e.exitCode();
                }
                return;
            }
            Coached c = coach(analysed, err);
            if (outcome[1]++ > 0 && report.format == ReportOptions.Format.text) {
                w.write("\n");
            }
            report.render(c.report(), c.details(), w, RowcoachCommand.context(spec));
            w.flush();
        }), spec);
        return outcome[0];
    }

    /** A file's analysis and what the history keys it by (null when the file could not be read again: why). */
    private record Analysed(Path file, SessionReport report, SessionMeta meta, IOException unreadable) {
    }

    /** A report with its coaching, and what the HTML page names. */
    private record Coached(SessionReport report, ReportHtml.Details details) {
    }

    /**
     * Reads and analyses {@code file}: the part of a replay that needs nothing from the others; with
     * {@code decodeAside}, its decoding on a thread of its own.
     */
    private Analysed analyse(Path file, Replay.Grading grading, boolean decodeAside) throws UserException {
        SensorFile sensor = Inputs.open(file, input, RowcoachCommand.context(spec).in());
        SessionReport analysed = ReplayRunner.run(sensor, grading, loads, decodeAside);
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
        return new Analysed(file, analysed, meta, unreadable);
    }

    /** Stores the session in the history and coaches it with the history (without one: alone). */
    private Coached coach(Analysed a, PrintWriter err) {
        TrainingReview review = null;
        if (!noHistory && a.meta() != null) {
            review = SessionStore.storeAndReview(history, a.meta(), a.report(), report.mvtMps, err);
        } else if (!noHistory) {
            SessionStore.unreadable(a.file(), a.unreadable(), err);
        }
        if (review == null) {
            review = SessionStore.reviewAlone(a.report(), report.mvtMps);
        }
        // The HTML page names who lifted and when: the options', else the recording's; without a date when the file
        // could not be read again a moment after it was.
        SessionMeta meta = a.meta();
        ReportHtml.Details details = meta != null ? new ReportHtml.Details(meta.athlete(), meta.notes(), meta.performedAt())
                : new ReportHtml.Details(session.athlete, session.notes, null);
        return new Coached(a.report().withTraining(review), details);
    }

    private static boolean isStandardInput(Path file) {
        return file.toString().equals("-");
    }

    private static boolean isSameFile(Path file, Path out) {
        try {
            return Files.exists(out) && Files.exists(file) && Files.isSameFile(file, out);
        } catch (IOException e) {
            // Unknowable here; opening the input reports the real problem.
            return false;
        }
    }
}
