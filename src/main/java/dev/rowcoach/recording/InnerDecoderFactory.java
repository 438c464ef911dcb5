package dev.rowcoach.recording;

import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.StreamListener;

/**
 * Creates the decoder for the sensor bytes inside a recording, from its header's protocol and
 * settings. The production one is {@code Formats::decoder}; tests inject their own.
 */
@FunctionalInterface
public interface InnerDecoderFactory {

    /** @throws IllegalArgumentException when {@code format} cannot be decoded */
    Decoder create(WireFormat format, DecoderSettings settings, StreamListener listener);
}
