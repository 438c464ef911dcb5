package dev.rowcoach.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.protocol.text.TextDecoder;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The rowcoach ASCII and generic CSV decoder on any bytes (the first byte picks the format, and where the
 * input is cut in two): never throws, keeps every promise of {@link Invariants}, and gives the same events
 * whole as in two chunks.
 */
class TextDecoderFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void decode(byte[] input) {
        if (input.length == 0) {
            return;
        }
        WireFormat format = (input[0] & 1) == 0 ? WireFormat.CSV : WireFormat.ASCII;
        byte[] data = Arrays.copyOfRange(input, 1, input.length);
        Invariants whole = run(format, data, data.length);
        Invariants split = run(format, data, (input[0] & 0xFF) % (data.length + 1));
        assertEquals(whole.events, split.events);
        TextDecoder.probeCsv(data, data.length, DecoderSettings.DEFAULTS);
        TextDecoder.probeAscii(data, data.length);
    }

    private static Invariants run(WireFormat format, byte[] data, int cut) {
        Invariants out = new Invariants();
        TextDecoder d = new TextDecoder(format, DecoderSettings.DEFAULTS, out);
        d.feed(data, 0, cut);
        d.feed(data, cut, data.length - cut);
        d.finish();
        return out;
    }
}
