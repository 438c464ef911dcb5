package dev.rowcoach.recording;

/**
 * Something that happened during a recording besides sensor bytes arriving, stored in an EVENT record
 * as UTF-8 JSON {@code {"type":...,"text":...}}. Readers keep types they do not know (so newer writers
 * can add types) and ignore unknown JSON fields.
 *
 * @param hostOffsetUs host time, µs since the header's {@code startedAt} (≥ 0)
 * @param type         what happened, e.g. {@value #DISCONNECTED}, {@value #RECONNECTED}, {@value #NOTE}
 * @param text         free text (the note itself for {@value #NOTE}), or {@code null}
 */
public record RecordingEvent(long hostOffsetUs, String type, String text) {

    /** The sensor connection was lost. */
    public static final String DISCONNECTED = "disconnected";
    /** The sensor connection was re-established. */
    public static final String RECONNECTED = "reconnected";
    /** The user or the program wrote a note. */
    public static final String NOTE = "note";

    /** @throws IllegalArgumentException when the offset is negative or the type blank */
    public RecordingEvent {
        if (hostOffsetUs < 0) {
            throw new IllegalArgumentException("hostOffsetUs must not be negative, got " + hostOffsetUs);
        }
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("event type is required");
        }
    }

    public static RecordingEvent disconnected(long hostOffsetUs) {
        return new RecordingEvent(hostOffsetUs, DISCONNECTED, null);
    }

    public static RecordingEvent reconnected(long hostOffsetUs) {
        return new RecordingEvent(hostOffsetUs, RECONNECTED, null);
    }

    public static RecordingEvent note(long hostOffsetUs, String text) {
        return new RecordingEvent(hostOffsetUs, NOTE, text);
    }
}
