package dev.rowcoach.sensor;

/**
 * Receives what a decoder finds, in stream order. Called on the decoder's thread.
 * Objects passed in are immutable and may be kept.
 */
public interface StreamListener {

    /** The source described its sensor (may come more than once, e.g. after a reconnect). */
    default void sensorInfo(SensorInfo info) {
    }

    /** One sample, in time order within a run of the device clock. */
    void sample(Sample sample);

    /** Samples are missing between two samples already or about to be delivered. */
    default void gap(Gap gap) {
    }

    /** Input was skipped; the decoder resynchronised after it. */
    default void malformed(Malformed malformed) {
    }

    /** The device reported its status. */
    default void status(DeviceStatus status) {
    }

    /**
     * Something a user should know about how the bytes were read, in one sentence: a guess the decoder
     * made ("columns guessed: ..."), a reconstruction ("time from the nominal rate, 200 Hz"), a default.
     */
    default void notice(String message) {
    }

    /**
     * A notice that lowers confidence in what follows, in one sentence, for the report's warnings too: a
     * guess the data does not clearly support ("the gyroscope's unit is a guess, rads: …"). By default
     * handled as a {@link #notice}.
     */
    default void warning(String message) {
        notice(message);
    }

    /**
     * End of stream: nothing follows. Every decoder emits it once, from its {@code finish()}, so a listener
     * that keeps state (the motion core's open set, a rep waiting for confirmation) closes it here and no
     * driver has to remember to.
     */
    default void end() {
    }
}
