package dev.rowcoach.cli;

import dev.rowcoach.coach.Coach;
import dev.rowcoach.coach.TrainingFacts;
import dev.rowcoach.coach.TrainingReview;
import dev.rowcoach.grading.Calibration;
import dev.rowcoach.history.History;
import dev.rowcoach.history.HistoryException;
import dev.rowcoach.history.SessionMeta;
import dev.rowcoach.history.TrainingHistory;
import dev.rowcoach.session.SessionReport;
import org.tinylog.Logger;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Store, then review with the history: an analysed session goes into the training history first, so that the
 * coaching on training over time (the week's hard sets, heavy sets, the load–velocity line) counts it. A history
 * that cannot be used costs only the history entry: one warning line, and the command still succeeds.
 */
final class SessionStore {

    private SessionStore() {
    }

    /**
     * Stores {@code report} of {@code file} with the athlete and notes given (null: the recording's), as
     * {@link #storeAndReview(HistoryOptions, SessionMeta, SessionReport, Double, PrintWriter)} does.
     *
     * @return the coaching, or null when the session could not be stored
     */
    static TrainingReview storeAndReview(HistoryOptions options, Path file, SessionReport report, String athlete,
                                         String notes, PrintWriter err) {
        SessionMeta meta;
        try {
            meta = SessionMetas.of(file, report, athlete, notes);
        } catch (IOException e) {
            unreadable(file, e, err);
            return null;
        }
        return storeAndReview(options, meta, report, null, err);
    }

    /**
     * The calibration the history keeps for {@code athlete} and {@code exercise}, or null when there is none or the
     * history cannot be read (the store that follows warns about it; a history that does not exist yet is not
     * created).
     */
    static Calibration calibration(HistoryOptions options, String athlete, String exercise) {
        Path db = options.path();
        if (!Files.exists(db)) {
            return null;
        }
        try (History h = History.open(db)) {
            return h.calibration(athlete, exercise);
        } catch (HistoryException e) {
            // Said once, by the store that follows and meets the same history.
            Logger.debug("no stored calibration: {}", e.getMessage());
            return null;
        }
    }

    /**
     * Stores {@code report} as {@code meta} names it in the history {@code options} name, then reviews the training
     * with the history as of the session's day. The recording is never touched.
     *
     * @param mvtMps the minimum velocity threshold of the load–velocity line, m/s, or null for the rule's
     * @return the coaching, or null when the session could not be stored (a warning on {@code err} says why)
     */
    static TrainingReview storeAndReview(HistoryOptions options, SessionMeta meta, SessionReport report, Double mvtMps,
                                         PrintWriter err) {
        Path db = options.path();
        TrainingFacts facts;
        Runnable waiting = () -> {
            err.println("rowcoach: the history " + db + " is busy (another process is writing to it); waiting up to "
                    + History.WAIT_LIMIT_MS / 1000 + " s to store this session");
            err.flush();
        };
        try (History h = History.open(db, waiting)) {
            History.Stored stored = h.store(report, meta);
            Logger.info("history {}: session {} {}", db, stored.sessionId(),
                    stored.outcome() == History.Outcome.ADDED ? "added" : "replaced");
            facts = TrainingHistory.facts(h, meta.athlete(), report.exercise().name(), meta.performedAt().toLocalDate());
        } catch (HistoryException e) {
            warn(err, e.getMessage());
            return null;
        }
        return Coach.standard().review(facts, mvtMps);
    }

    /** The coaching on training over time from {@code report} alone (no history), as of today. */
    static TrainingReview reviewAlone(SessionReport report, Double mvtMps) {
        LocalDate today = LocalDate.now();
        return Coach.standard().review(new TrainingFacts(today, report.exercise().name(), false, report.pastSets(today),
                List.of()), mvtMps);
    }

    /** The warning when the recording could not be read again to be stored. */
    static void unreadable(Path file, IOException e, PrintWriter err) {
        warn(err, file + ": cannot read it again to store it (" + e.getMessage() + ")");
    }

    /** The warning when a live session was not recorded, so cannot be stored. */
    static void notRecorded(PrintWriter err) {
        err.println("rowcoach: warning: session not saved to the history: it was not recorded (--no-record), and the "
                + "history keeps sessions by their recording");
        err.flush();
    }

    private static void warn(PrintWriter err, String why) {
        err.println("rowcoach: warning: session not saved to the history: " + why
                + " (the recording is untouched)");
        err.flush();
    }
}
