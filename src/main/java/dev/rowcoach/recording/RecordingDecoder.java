package dev.rowcoach.recording;

/** PLACEHOLDER: replaced by the recording format. */
public final class RecordingDecoder {
    private RecordingDecoder() {
    }

    public static int probe(byte[] head, int len) {
        return 0;
    }
}
