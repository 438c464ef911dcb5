package dev.rowcoach.recording;

import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.StreamListener;
import dev.rowcoach.protocol.WireFormat;

/**
 * Creates the decoder for the sensor bytes inside a recording, from its header's protocol and
 * settings. The production one is {@code Decoders::create}; tests inject their own.
 */
@FunctionalInterface
public interface InnerDecoderFactory {

    /** @throws IllegalArgumentException when {@code format} cannot be decoded */
    Decoder create(WireFormat format, DecoderSettings settings, StreamListener listener);
}
