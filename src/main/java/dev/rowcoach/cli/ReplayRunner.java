package dev.rowcoach.cli;

import dev.rowcoach.recording.RecordingException;
import dev.rowcoach.session.Loads;
import dev.rowcoach.session.Replay;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.source.SensorFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Runs {@link Replay} for a command, turning every failure into a one-line {@link UserException}. */
final class ReplayRunner {

    private ReplayRunner() {
    }

    /**
     * Analyses {@code path}.
     *
     * @param grading  the user's exercise and thresholds ({@link Replay.Grading#DEFAULTS}: the header's exercise,
     *                 else {@link Replay#DEFAULT_EXERCISE}, with its profile's thresholds)
     * @param loads    the user's loads, or {@link Loads#UNKNOWN} for the header's, else unknown
     * @param stdin    the run's standard input, read when {@code path} is {@code -}
     * @throws UserException when the file cannot be opened, recognised or read (one line, exit 2 or 3)
     */
    static SessionReport run(Path path, InputOptions input, Replay.Grading grading, Loads loads, InputStream stdin)
            throws UserException {
        return run(Inputs.open(path, input, stdin), grading, loads);
    }

    /** Analyses {@code file}, as {@link #run(Path, InputOptions, Replay.Grading, Loads, InputStream)} does. */
    static SessionReport run(SensorFile file, Replay.Grading grading, Loads loads) throws UserException {
        return run(file, grading, loads, false);
    }

    /**
     * Analyses {@code file}; with {@code decodeAside}, decoding it on a thread of its own beside the analysis
     * ({@link Replay#ofDecodedAside}: the same report, sooner when a core is free).
     */
    static SessionReport run(SensorFile file, Replay.Grading grading, Loads loads, boolean decodeAside)
            throws UserException {
        Path path = file.path();
        try {
            return decodeAside ? Replay.ofDecodedAside(file, grading, loads) : Replay.of(file, grading, loads);
        } catch (IOException e) {
            throw Inputs.readFailure(path, e);
        } catch (RecordingException e) {
            throw new UserException(path + ": " + e.getMessage(), ExitCode.USAGE_OR_INPUT);
        }
    }
}
