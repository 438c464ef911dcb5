package dev.rowcoach.motion;

/** Receives what the motion core finds, on the thread that feeds it, as soon as it is certain. */
public interface MotionListener {

    /** A rep, as soon as its end is confirmed (within about 300 ms of the bar coming to rest at the bottom). */
    void rep(Rep rep);

    /**
     * A rep reported earlier turned out, once its set ended, to be something else: the first or last
     * movement of the set, much slower and longer than the set's reps, as picking the bar up from the floor
     * or standing up to put it down is. It is not in the {@link SetResult}; {@code reason} says why in one
     * sentence.
     */
    default void repDiscarded(Rep rep, String reason) {
    }

    /**
     * The last rep reported was measured again, more accurately: a rep paused with the bar held at the bottom is
     * reported as the bar stops, then measured when it is confirmed as usual (the next pull, rest). Same set and
     * number; the {@link SetResult} holds the revised measurement.
     */
    default void repRevised(Rep previous, Rep revised) {
    }

    /** A set ended: rest long enough after its last rep, or the end of the stream. */
    void setEnded(SetResult set);

    /** Something that lowers confidence in the analysis, in one sentence (e.g. no gyroscope, low rate). */
    default void warning(String message) {
    }
}
