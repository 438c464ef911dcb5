package dev.rowcoach.recording;

/**
 * Receives what a {@link RecordingDecoder} finds besides decoded sensor data, in file order, on the
 * decoder's thread. Every method has an empty default so a caller overrides only what it needs.
 */
public interface RecordingListener {

    /** The recording's header, once, before any data is decoded. */
    default void header(RecordingHeader header) {
    }

    /** An event (disconnect, note, ...) recorded at {@code event.hostOffsetUs()}. */
    default void event(RecordingEvent event) {
    }

    /**
     * One chunk of sensor bytes exactly as received, just before it is decoded.
     *
     * @param hostOffsetUs host time the chunk arrived, µs since the header's {@code startedAt}
     * @param buf          holds the bytes at {@code [off, off+len)}; valid only during this call
     */
    default void data(long hostOffsetUs, byte[] buf, int off, int len) {
    }

    /** Nothing to receive. */
    RecordingListener NONE = new RecordingListener() {
    };
}
