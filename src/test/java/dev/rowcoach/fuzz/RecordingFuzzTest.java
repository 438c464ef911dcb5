package dev.rowcoach.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rowcoach.formats.Formats;
import dev.rowcoach.recording.RecordingDecoder;
import dev.rowcoach.recording.RecordingException;
import dev.rowcoach.recording.RecordingListener;

/**
 * The recording reader on any bytes: a damaged header is one {@link RecordingException} (what the CLI
 * turns into one line), anything else keeps every promise of {@link Invariants}.
 */
class RecordingFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void read(byte[] data) {
        Invariants out = new Invariants();
        RecordingDecoder d = new RecordingDecoder(out, RecordingListener.NONE, Formats::decoder);
        try {
            int cut = data.length / 3;
            d.feed(data, 0, cut);
            d.feed(data, cut, data.length - cut);
            d.finish();
        } catch (RecordingException expected) {
            // a recording whose signature or header is unusable: reported as such
        }
    }
}
