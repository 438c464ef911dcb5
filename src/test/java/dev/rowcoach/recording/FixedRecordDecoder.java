package dev.rowcoach.recording;

import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.StreamListener;

/**
 * Test-only wire format: every 8 bytes are one sample, i32 LE time µs, i16 LE ax and i16 LE az in
 * mm/s². Any chunking; a partial record at the end is reported as truncated, like a real decoder.
 */
final class FixedRecordDecoder implements Decoder {

    static final int RECORD_BYTES = 8;

    private final StreamListener listener;
    private final byte[] pending = new byte[RECORD_BYTES];
    private int pendingBytes;
    private long consumed;

    FixedRecordDecoder(StreamListener listener) {
        this.listener = listener;
    }

    /** The sample 8 bytes at {@code b[at..]} decode to. */
    static Sample decode(byte[] b, int at) {
        int time = (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | b[at + 3] << 24;
        short ax = (short) ((b[at + 4] & 0xFF) | b[at + 5] << 8);
        short az = (short) ((b[at + 6] & 0xFF) | b[at + 7] << 8);
        return Sample.accelOnly(time, ax / 1000.0, 0, az / 1000.0);
    }

    @Override
    public void feed(byte[] buf, int off, int len) {
        for (int i = 0; i < len; i++) {
            pending[pendingBytes++] = buf[off + i];
            consumed++;
            if (pendingBytes == RECORD_BYTES) {
                listener.sample(decode(pending, 0));
                pendingBytes = 0;
            }
        }
    }

    @Override
    public void finish() {
        if (pendingBytes > 0) {
            listener.malformed(new Malformed(consumed - pendingBytes, pendingBytes,
                    "truncated sample: " + pendingBytes + " of " + RECORD_BYTES + " bytes"));
            pendingBytes = 0;
        }
    }
}
