package dev.rowcoach.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.formats.Formats;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.source.FormatDetector;
import dev.rowcoach.source.UnrecognisedFormatException;

/**
 * Format detection on any bytes, then the decoder of the format it found (rowcoach binary, WitMotion,
 * ASCII, CSV): detection says "not recognised" or names a format, and that format's decoder keeps every
 * promise of {@link Invariants}.
 */
class FormatDetectionFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void detectAndDecode(byte[] data) {
        WireFormat format;
        try {
            format = FormatDetector.detect(data, Math.min(data.length, FormatDetector.HEAD_BYTES), DecoderSettings.DEFAULTS);
        } catch (UnrecognisedFormatException e) {
            return;
        }
        if (format == WireFormat.RECORDING || format.kind() == WireFormat.Kind.CONTAINER || format.kind() == WireFormat.Kind.EXPORT) {
            return; // their own targets: RecordingFuzzTest, ExportFuzzTest
        }
        Invariants out = new Invariants();
        Decoder d = Formats.decoder(format, DecoderSettings.DEFAULTS, out);
        d.feed(data, 0, data.length);
        d.finish();
    }
}
