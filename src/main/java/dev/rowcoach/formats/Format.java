package dev.rowcoach.formats;

import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.StreamListener;

/**
 * What one wire format does, declared once in {@link Formats}: how sure it is that some bytes are its own,
 * how its decoder is made, and how a user is told about it.
 *
 * @param id      the format (its name and kind)
 * @param probe   confidence 0–100 that a stream starting with some bytes is this format, or null for formats
 *                that are not byte streams (app exports)
 * @param decoder makes its push decoder, or null when it has none of its own (a recording wraps another
 *                format's; an app export is several files)
 * @param what    how a user would name its bytes in a sentence ("rowcoach frames", "WitMotion packets")
 */
public record Format(WireFormat id, Probe probe, DecoderFactory decoder, String what) {

    /** A format's probe: scores {@code head[0..len)}, the first up to 64 KiB of a stream. */
    @FunctionalInterface
    public interface Probe {
        int score(byte[] head, int len, DecoderSettings settings);
    }

    /** A format's decoder factory. */
    @FunctionalInterface
    public interface DecoderFactory {
        Decoder create(DecoderSettings settings, StreamListener listener);
    }
}
