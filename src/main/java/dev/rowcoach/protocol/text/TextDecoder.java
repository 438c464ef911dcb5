package dev.rowcoach.protocol.text;

import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.StreamListener;
import dev.rowcoach.protocol.WireFormat;

/** PLACEHOLDER: replaced by the real decoder. */
public final class TextDecoder implements Decoder {
    public TextDecoder(WireFormat format, DecoderSettings settings, StreamListener listener) {
    }

    @Override
    public void feed(byte[] buf, int off, int len) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void finish() {
    }
}
