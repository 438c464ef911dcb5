package dev.rowcoach.protocol.witmotion;

import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.StreamListener;

/** PLACEHOLDER: replaced by the real decoder. */
public final class WitMotionDecoder implements Decoder {
    public WitMotionDecoder(DecoderSettings settings, StreamListener listener) {
    }

    /** Confidence 0–100 that {@code head[0..len)} is this format. */
    public static int probe(byte[] head, int len) {
        return 0;
    }

    @Override
    public void feed(byte[] buf, int off, int len) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void finish() {
    }
}
