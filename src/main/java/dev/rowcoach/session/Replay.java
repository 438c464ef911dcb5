package dev.rowcoach.session;

import dev.rowcoach.grading.Calibration;
import dev.rowcoach.grading.DepartureModel;
import dev.rowcoach.grading.ExerciseProfile;
import dev.rowcoach.grading.ExerciseProfiles;
import dev.rowcoach.grading.Grader;
import dev.rowcoach.sensor.StreamListener;
import dev.rowcoach.recording.RecordingHeader;
import dev.rowcoach.recording.RecordingListener;
import dev.rowcoach.source.SensorFile;

import java.io.IOException;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Replay of a file, shared by {@code replay}, {@code report}, {@code bench accuracy} and the accuracy tests, so
 * that what is benchmarked is exactly what users run: the file is decoded in chunks into a {@link SessionAnalysis},
 * as {@code live} feeds its port's bytes into one.
 */
public final class Replay {

    /** The exercise assumed when neither the user nor the recording's header names one. */
    public static final String DEFAULT_EXERCISE = "barbell-row";

    /**
     * The user's choices for grading.
     *
     * @param exercise     the user's exercise (a profile name), or null for the header's, else
     *                     {@value #DEFAULT_EXERCISE}
     * @param strictMaxDeg the strict threshold instead of the profile's, degrees, or null
     * @param cheatMaxDeg  the cheat threshold instead of the profile's, degrees, or null
     * @param calibrate    whether the session's first set is a calibration set of strict reps (docs/GRADING.md)
     * @param calibration  the lifter's calibration for the exercise kept in the history, or null
     */
    public record Grading(String exercise, Double strictMaxDeg, Double cheatMaxDeg, boolean calibrate,
                          Calibration calibration) {

        /** The exercise from the header (or the default) with its profile's thresholds. */
        public static final Grading DEFAULTS = new Grading(null, null, null, false, null);

        /** The user's exercise and thresholds, without a calibration. */
        public Grading(String exercise, Double strictMaxDeg, Double cheatMaxDeg) {
            this(exercise, strictMaxDeg, cheatMaxDeg, false, null);
        }

        /** @throws IllegalArgumentException with a one-line reason: an unknown exercise or bad thresholds */
        public Grading {
            ExerciseProfile p = ExerciseProfiles.get(exercise != null ? exercise : DEFAULT_EXERCISE);
            p.withThresholds(strictMaxDeg, cheatMaxDeg);
        }
    }

    private Replay() {
    }

    /**
     * Analyses {@code file}.
     *
     * @param loads the user's loads, else ({@link Loads#UNKNOWN}) the header's, else unknown
     * @throws IOException when the file cannot be read
     * @throws dev.rowcoach.recording.RecordingException when a file read as a recording is not one
     */
    public static SessionReport of(SensorFile file, Grading grading, Loads loads) throws IOException {
        return of(file, grading, loads, UnaryOperator.identity(), false);
    }

    /**
     * Analyses {@code file} as {@link #of(SensorFile, Grading, Loads)} does, the same report, but decodes it on a
     * thread of its own beside the analysis ({@link DecodeAside}): for one file on a machine with a core to spare.
     */
    public static SessionReport ofDecodedAside(SensorFile file, Grading grading, Loads loads) throws IOException {
        return of(file, grading, loads, UnaryOperator.identity(), true);
    }

    /**
     * Analyses {@code file} with {@code filter} between the decoder and the analysis (the robustness bench
     * degrades the stream there); the source block describes the filtered stream.
     */
    public static SessionReport of(SensorFile file, Grading grading, Loads loads, UnaryOperator<StreamListener> filter)
            throws IOException {
        return of(file, grading, loads, filter, false);
    }

    private static SessionReport of(SensorFile file, Grading grading, Loads loads, UnaryOperator<StreamListener> filter,
                                    boolean aside) throws IOException {
        Objects.requireNonNull(loads, "loads (Loads.UNKNOWN when nobody said)");
        RecordingHeader[] header = new RecordingHeader[1];
        SessionAnalysis[] analysis = new SessionAnalysis[1];
        analysis[0] = new SessionAnalysis(() -> new Grader(profile(grading, header[0], analysis[0]),
                DepartureModel.FITTED, grading.calibration(), grading.calibrate()));
        StreamListener listener = filter.apply(analysis[0]);
        if (aside) {
            DecodeAside.run(file::decode, listener, h -> header[0] = h);
        } else {
            file.decode(listener, new RecordingListener() {
                @Override
                public void header(RecordingHeader h) {
                    header[0] = h;
                }
            });
        }
        Loads load = loads.isKnown() || header[0] == null ? loads : Loads.of(header[0].loadKg());
        return analysis[0].report(file.path().toString(), file.format().id(), load);
    }

    /**
     * The profile to grade with: the user's exercise, else the header's when it names a known one (else a
     * warning and the default), else the default; with the user's thresholds.
     */
    private static ExerciseProfile profile(Grading grading, RecordingHeader header, SessionAnalysis warnings) {
        String name = grading.exercise();
        if (name == null && header != null && header.exercise() != null) {
            if (ExerciseProfiles.exists(header.exercise())) {
                name = header.exercise();
            } else {
                warnings.warning("The recording names the exercise '" + header.exercise() + "', which rowcoach has no "
                        + "profile for; graded as " + DEFAULT_EXERCISE + " (choose one with --exercise: "
                        + String.join(", ", ExerciseProfiles.names()) + ").");
            }
        }
        return ExerciseProfiles.get(name != null ? name : DEFAULT_EXERCISE)
                .withThresholds(grading.strictMaxDeg(), grading.cheatMaxDeg());
    }
}
