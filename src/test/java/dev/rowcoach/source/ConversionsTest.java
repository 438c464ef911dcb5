package dev.rowcoach.source;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.recording.RecordingHeader;
import dev.rowcoach.recording.RecordingListener;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.testing.EventLog;
import dev.rowcoach.testing.Fixtures;
import dev.rowcoach.testing.SharedData;
import dev.rowcoach.testing.SyntheticRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any format → recording → the same samples; any format → ASCII → the same samples. */
class ConversionsTest {

    private static final Conversions.Session SESSION = new Conversions.Session("barbell-row", 80.0, "sam", "test",
            OffsetDateTime.parse("2026-11-21T18:00:00+01:00"));

    @TempDir
    Path dir;

    static List<Sample> decode(Path p) throws Exception {
        EventLog log = new EventLog();
        SensorFile.open(p, null, DecoderSettings.DEFAULTS).decode(log);
        return log.samples();
    }

    private void assertRoundTrips(Path original, WireFormat expected, int expectedSamples) throws Exception {
        SensorFile in = SensorFile.open(original, null, DecoderSettings.DEFAULTS);
        assertEquals(expected, in.format());
        List<Sample> samples = decode(original);
        assertEquals(expectedSamples, samples.size());

        StreamStats stats = new StreamStats();
        in.decode(stats);
        Path rec = dir.resolve(original.getFileName() + ".rcrec");
        Conversions.toRecording(in, stats, SESSION, rec);
        SensorFile recording = SensorFile.open(rec, null, DecoderSettings.DEFAULTS);
        assertEquals(WireFormat.RECORDING, recording.format());
        assertEquals(samples, decode(rec), "recording of " + expected.id());

        List<RecordingHeader> headers = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        recording.decode(new EventLog(), new RecordingListener() {
            @Override
            public void header(RecordingHeader h) {
                headers.add(h);
            }

            @Override
            public void data(long hostOffsetUs, byte[] buf, int off, int len) {
                bytes.write(buf, off, len);
            }
        });
        assertEquals(1, headers.size());
        assertEquals(expected, headers.get(0).protocol());
        assertEquals(80.0, headers.get(0).loadKg());
        assertEquals("barbell-row", headers.get(0).exercise());
        assertArrayEquals(Files.readAllBytes(original), bytes.toByteArray(), "the recording holds the input's bytes exactly");

        Path ascii = dir.resolve(original.getFileName() + ".csv");
        StreamStats asciiStats;
        try (java.io.Writer w = Files.newBufferedWriter(ascii, java.nio.charset.StandardCharsets.US_ASCII)) {
            asciiStats = Conversions.toAscii(in, w);
        }
        assertEquals(expectedSamples, asciiStats.samples());
        assertEquals(WireFormat.ASCII, SensorFile.open(ascii, null, DecoderSettings.DEFAULTS).format());
        if (expected != WireFormat.CSV) { // these state their full scale, and their values are counts times it
            assertSameToSevenDigits(samples, decode(ascii), "ascii of " + expected.id());
        } else {
            assertEquals(samples, decode(ascii), "ascii of " + expected.id());
        }
    }

    /**
     * A sensor's counts are written with 7 significant digits (AsciiEncoder): each value within half a unit
     * of its seventh digit, which identifies the count.
     */
    private static void assertSameToSevenDigits(List<Sample> expected, List<Sample> actual, String what) {
        assertEquals(expected.size(), actual.size(), what);
        for (int i = 0; i < expected.size(); i++) {
            Sample e = expected.get(i), a = actual.get(i);
            assertEquals(e.timeUs(), a.timeUs(), what);
            assertEquals(e.hasGyro(), a.hasGyro(), what);
            double[] ev = {e.ax(), e.ay(), e.az(), e.gx(), e.gy(), e.gz()}, av = {a.ax(), a.ay(), a.az(), a.gx(), a.gy(), a.gz()};
            for (int k = 0; k < (e.hasGyro() ? 6 : 3); k++) {
                int sample = i, value = k; // the message is built only on failure, not once per value
                assertEquals(ev[k], av[k], 5e-7 * Math.abs(ev[k]), () -> what + ", sample " + sample + " value " + value);
            }
        }
    }

    @Test
    void asciiRoundTrips() throws Exception {
        List<Sample> s = SyntheticRows.generate(200, 5, 0.4, 2.0, true);
        assertRoundTrips(Fixtures.write(dir.resolve("set.txt"), Fixtures.ascii(s, 200)), WireFormat.ASCII, s.size());
    }

    @Test
    void accelOnlyAsciiRoundTrips() throws Exception {
        List<Sample> s = SyntheticRows.generate(100, 3, 0.4, 2.0, false);
        assertRoundTrips(Fixtures.write(dir.resolve("accel.txt"), Fixtures.ascii(s, 100)), WireFormat.ASCII, s.size());
    }

    @Test
    void witmotionRoundTrips() throws Exception {
        List<Sample> s = SyntheticRows.generate(200, 5, 0.4, 2.0, true);
        assertRoundTrips(Fixtures.write(dir.resolve("wit.bin"), Fixtures.witmotion(s)), WireFormat.WITMOTION, s.size());
    }

    @Test
    void rowcoachBinaryRoundTrips() throws Exception {
        List<Sample> s = SyntheticRows.generate(500, 4, 0.4, 2.0, true);
        assertRoundTrips(Fixtures.write(dir.resolve("rc.bin"), Fixtures.rowcoach(s, 500)), WireFormat.ROWCOACH, s.size());
    }

    @Test
    void realCsvRoundTrips() throws Exception {
        for (Path f : SharedData.barbellFiles().subList(0, 3)) {
            Path copy = Files.copy(f, dir.resolve(f.getFileName()));
            long lines = Files.readAllLines(f).stream().filter(l -> !l.isBlank()).count();
            assertRoundTrips(copy, WireFormat.CSV, (int) lines);
        }
    }
}
