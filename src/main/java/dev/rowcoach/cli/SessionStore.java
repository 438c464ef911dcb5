package dev.rowcoach.cli;

import dev.rowcoach.coach.TrainingFacts;
import dev.rowcoach.grading.Calibration;
import dev.rowcoach.history.History;
import dev.rowcoach.history.HistoryException;
import dev.rowcoach.history.SessionMeta;
import dev.rowcoach.history.TrainingHistory;
import dev.rowcoach.session.SessionReport;
import org.tinylog.Logger;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Stores an analysed session in the history; a failure only warns. */
final class SessionStore {

    private SessionStore() {
    }

    /**
     * Stores {@code report} of {@code file} in the history {@code options} name, with the athlete and notes given
     * (null: the recording's), as {@link #store(HistoryOptions, SessionMeta, SessionReport, PrintWriter)} does.
     *
     * @return the history's facts, the session included, or null when the history could not be used
     */
    static TrainingFacts store(HistoryOptions options, Path file, SessionReport report, String athlete, String notes,
                               PrintWriter err) {
        SessionMeta meta;
        try {
            meta = SessionMetas.of(file, report, athlete, notes);
        } catch (IOException e) {
            unreadable(file, e, err);
            return null;
        }
        return store(options, meta, report, err);
    }

    /**
     * The calibration the history keeps for {@code athlete} and {@code exercise}, or null when there is none or the
     * history cannot be read (one warning line on {@code err}; a history that does not exist yet is not created).
     */
    static Calibration calibration(HistoryOptions options, String athlete, String exercise, PrintWriter err) {
        Path db = options.path();
        if (!java.nio.file.Files.exists(db)) {
            return null;
        }
        try (History h = History.open(db)) {
            return h.calibration(athlete, exercise);
        } catch (HistoryException e) {
            warn(err, e.getMessage());
            return null;
        }
    }

    /**
     * Stores {@code report} as {@code meta} names it in the history {@code options} name, and reads back what the
     * coaching on training over time needs, as of the session's day. The recording is never touched, so a history
     * that cannot be opened or written costs only the history entry: one warning line on {@code err}, and the
     * command still succeeds.
     *
     * @return the history's facts, the session included, or null when the history could not be used
     */
    static TrainingFacts store(HistoryOptions options, SessionMeta meta, SessionReport report, PrintWriter err) {
        Path db = options.path();
        Runnable waiting = () -> {
            err.println("rowcoach: the history " + db + " is busy (another process is writing to it); waiting up to "
                    + History.WAIT_LIMIT_MS / 1000 + " s to store this session");
            err.flush();
        };
        try (History h = History.open(db, waiting)) {
            History.Stored stored = h.store(report, meta);
            Logger.info("history {}: session {} {}", db, stored.sessionId(),
                    stored.outcome() == History.Outcome.ADDED ? "added" : "replaced");
            return TrainingHistory.facts(h, meta.athlete(), report.exercise().name(),
                    meta.performedAt().toLocalDate());
        } catch (HistoryException e) {
            warn(err, e.getMessage());
            return null;
        }
    }

    /** The warning when the recording could not be read again to be stored. */
    static void unreadable(Path file, IOException e, PrintWriter err) {
        warn(err, file + ": cannot read it again to store it (" + e.getMessage() + ")");
    }

    private static void warn(PrintWriter err, String why) {
        err.println("rowcoach: warning: session not saved to the history: " + why
                + " (the recording is untouched)");
        err.flush();
    }
}
