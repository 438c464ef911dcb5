package dev.rowcoach.live;

import dev.rowcoach.formats.Format;
import dev.rowcoach.formats.Formats;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.source.FormatDetector;
import dev.rowcoach.source.UnrecognisedFormatException;

/** Recognising a sensor's protocol from its first bytes, and what to tell the user when that fails. */
final class Recognition {

    private Recognition() {
    }

    /** The protocol of a live stream starting with {@code head[0..len)}, or null when none fits (yet). */
    static WireFormat recognise(byte[] head, int len, DecoderSettings settings) {
        try {
            WireFormat f = FormatDetector.detect(head, len, settings);
            // A sensor does not send recordings, and CSV is a file format, not a sensor protocol.
            return f.kind() == WireFormat.Kind.SENSOR ? f : null;
        } catch (UnrecognisedFormatException e) {
            return null;
        }
    }

    /** The one-line message for bytes that are no known protocol. */
    static String failure(String source, int bytes, int baud) {
        String base = source + ": " + bytes + " bytes received but they are not "
                + Formats.either(Formats.ofKind(WireFormat.Kind.SENSOR).stream().map(Format::what).toList());
        if (baud > 0) {
            return base + ": the baud rate is probably wrong (was " + baud + "; try --baud 115200, 9600 or 921600, "
                    + "whichever the sensor's documentation states), or name the protocol with --protocol";
        }
        return base + ": name the protocol with --protocol";
    }
}
