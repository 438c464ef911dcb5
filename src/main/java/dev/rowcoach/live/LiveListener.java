package dev.rowcoach.live;

import dev.rowcoach.coach.TrainingReview;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.session.RepReport;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.session.SetReport;

/**
 * What a {@link LiveSession} tells its user, in order, on the session's thread. Renderings (JSON lines,
 * screen text, sound) implement it; they never feed anything back.
 */
public interface LiveListener {

    /** The link was opened; {@code again} after a loss. */
    void connected(LiveTime at, String source, boolean again);

    /** The link was lost; the session keeps going and keeps trying to reopen it. */
    void disconnected(LiveTime at, String reason);

    /** The wire format was recognised (or forced) and the recording started. */
    void protocol(LiveTime at, WireFormat format, String recording);

    /**
     * Every {@value LiveSession#STATUS_PERIOD_S} s while connected: how fast samples actually arrive.
     *
     * @param samplesPerS samples decoded per second of host time over the last period
     * @param bytes       bytes received in all
     */
    void status(LiveTime at, double samplesPerS, long bytes);

    /**
     * Samples are missing (lost on the way, a clock jump, a sensor reset).
     *
     * @param durationS device time the gap spans, s, or {@code null} when the clock restarted
     */
    void gap(LiveTime at, Gap gap, Double durationS);

    /**
     * A rep, the moment the motion core is sure of it, with its grade.
     *
     * @param revised true when this replaces the rep with the same set reported just before it (a rep held at
     *                the bottom is reported as the bar stops, then measured again once its cycle is known)
     */
    void rep(LiveTime at, int setIndex, RepReport rep, boolean revised);

    /** A rep reported earlier turned out, when its set ended, to be a pick-up or put-down. */
    void repDiscarded(LiveTime at, int setIndex, RepReport rep, String reason);

    /** A set ended: rest after its last rep, or the end of the session. */
    void set(LiveTime at, SetReport set);

    /** Something about the data or the analysis a user should know, in one sentence. */
    void warning(LiveTime at, String message);

    /**
     * The session ended (idle, stop requested, or the stream ended).
     *
     * @param report what replaying the recording reports (null when no wire format was ever recognised)
     * @param why    in a few words
     */
    void ended(LiveTime at, SessionReport report, LiveCounts counts, String why);

    /**
     * After the session has ended and been stored in the training history: the coaching on training over time
     * as of today (the week's hard sets, heavy low-rep sets, the load–velocity line), the session included.
     * Not called without a history.
     */
    default void coaching(LiveTime at, TrainingReview review) {
    }
}
