package dev.rowcoach.source;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.recording.RecordingHeader;
import dev.rowcoach.recording.RecordingReader;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.testing.Fixtures;
import dev.rowcoach.testing.SyntheticRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled {@code sample-recordings/synthetic-rows.rcrec} is reproducible: regenerating it gives the
 * same samples and header. Run with {@code -Drowcoach.regenerateSamples=true} to rewrite it.
 */
class SampleRecordingsTest {

    static final Path BUNDLED = Path.of("sample-recordings", "synthetic-rows.rcrec");

    static Path generate(Path dir) throws Exception {
        List<Sample> samples = SyntheticRows.generate(200, 8, 0.45, 2.2, true);
        Path raw = Fixtures.write(dir.resolve("synthetic-rows.bin"), Fixtures.rowcoach(samples, 200));
        SensorFile in = SensorFile.open(raw, WireFormat.ROWCOACH, DecoderSettings.DEFAULTS);
        StreamStats stats = new StreamStats();
        in.decode(stats);
        Path out = dir.resolve("synthetic-rows.rcrec");
        Conversions.toRecording(in, stats, new Conversions.Session("barbell-row", 60.0, "synthetic lifter",
                "8 smooth synthetic reps for trying the commands; not the physical simulator",
                OffsetDateTime.parse("2026-11-21T18:00:00Z")), out);
        return out;
    }

    @Test
    void theBundledRecordingIsWhatTheGeneratorMakes(@TempDir Path dir) throws Exception {
        Path fresh = generate(dir);
        if (Boolean.getBoolean("rowcoach.regenerateSamples")) {
            Files.createDirectories(BUNDLED.getParent());
            Files.copy(fresh, BUNDLED, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertTrue(Files.exists(BUNDLED), "run with -Drowcoach.regenerateSamples=true to create " + BUNDLED);
        List<Sample> expected = ConversionsTest.decode(fresh);
        assertEquals(expected, ConversionsTest.decode(BUNDLED));
        assertEquals(2 * 200 * 2 + 8 * 2.2 * 200, expected.size(), 1);
        RecordingHeader a = RecordingReader.readHeader(fresh), b = RecordingReader.readHeader(BUNDLED);
        // Everything but the software version that wrote it.
        assertEquals(List.of(a.protocol(), a.decoder(), a.sensor(), a.startedAt(), a.source(), a.exercise(), a.loadKg(),
                        a.athlete(), a.notes()),
                List.of(b.protocol(), b.decoder(), b.sensor(), b.startedAt(), b.source(), b.exercise(), b.loadKg(),
                        b.athlete(), b.notes()));
    }
}
