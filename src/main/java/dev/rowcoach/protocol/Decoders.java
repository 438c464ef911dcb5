package dev.rowcoach.protocol;

import dev.rowcoach.protocol.rowcoach.RowcoachDecoder;
import dev.rowcoach.protocol.text.TextDecoder;
import dev.rowcoach.protocol.witmotion.WitMotionDecoder;

/** Builds the decoder for a wire format. */
public final class Decoders {

    private Decoders() {
    }

    /**
     * A decoder for {@code format}.
     *
     * @throws IllegalArgumentException for {@link WireFormat#RECORDING}, which is a container of another
     *                                  format and is opened by the recording package, and for app exports
     *                                  ({@link WireFormat#isExport()}), which are several files
     */
    public static Decoder create(WireFormat format, DecoderSettings settings, StreamListener listener) {
        return switch (format) {
            case ROWCOACH -> new RowcoachDecoder(settings, listener);
            case WITMOTION -> new WitMotionDecoder(settings, listener);
            case ASCII, CSV -> new TextDecoder(format, settings, listener);
            case RECORDING -> throw new IllegalArgumentException("a recording is a container: open it with RecordingDecoder");
            case SENSOR_LOGGER, PHYPHOX, METABASE ->
                    throw new IllegalArgumentException(format.id() + " is an app export of several files: read it with source.export");
        };
    }
}
