package dev.rowcoach.protocol.rowcoach;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.testing.EventLog;
import java.util.List;

import java.io.ByteArrayOutputStream;

/** Test helper: the wire bytes of a sequence of messages. */
final class StreamBytes {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    StreamBytes send(RowcoachMessage... messages) {
        for (RowcoachMessage m : messages) {
            out.writeBytes(RowcoachEncoder.encode(m));
        }
        return this;
    }

    StreamBytes raw(byte... bytes) {
        out.writeBytes(bytes);
        return this;
    }

    int size() {
        return out.size();
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    /** The events a {@link RowcoachDecoder} reports for {@code bytes} fed in {@code chunk}-byte pieces (0: at once). */
    static List<Object> decode(byte[] bytes, int chunk) {
        return EventLog.decode(l -> new RowcoachDecoder(DecoderSettings.DEFAULTS, l), bytes, chunk).events;
    }

    /** What a {@link RowcoachDecoder} reports for {@code bytes} fed at once. */
    static EventLog log(byte[] bytes) {
        return EventLog.decode(l -> new RowcoachDecoder(DecoderSettings.DEFAULTS, l), bytes, 0);
    }

    /** An accelerometer-only frame of {@code count} samples at 1 kHz, all reading (0, 0, 1 g at ±2 g). */
    static SamplesMessage accelFrame(long seq, long timestampUs, int count) {
        short[] raw = new short[count * 3];
        for (int i = 0; i < count; i++) {
            raw[i * 3 + 2] = 16384;
        }
        return new SamplesMessage(seq, timestampUs, 1000, false, 0, 0, raw);
    }
}
