package dev.rowcoach.lab.sim;

import dev.rowcoach.lab.truth.Truth;
import dev.rowcoach.lab.truth.TruthEvent;
import dev.rowcoach.lab.truth.TruthFiles;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.source.SensorFile;
import dev.rowcoach.testing.EventLog;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every simulated file is detected and decoded by the production readers into exactly the simulated samples. */
class FormatsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1} gyro={2} {3} Hz seed {5}")
    @CsvSource({
        "ascii,     USB, true,  200,  'barbell-row 1x3 gap=1.5', 1",
        "ascii,     USB, false, 100,  'barbell-row 1x3', 2",
        "ascii,     BLE, true,  104,  'barbell-row 1x3 gap=1', 3",
        "rowcoach,  USB, true,  500,  'barbell-row 1x3 gap=1.5', 4",
        "rowcoach,  USB, false, 1000, 'pendlay-row 1x2', 5",
        "rowcoach,  USB, true,  400,  'barbell-row 1x4', 13",
        "witmotion, USB, true,  200,  'kroc-row 1x3', 6",
        "witmotion, USB, false, 100,  'barbell-row 1x2', 7",
        "recording, USB, true,  200,  't-bar-row 1x3 gap=2', 8",
        "recording, USB, false, 50,   'seal-row 1x2', 9",
    })
    void decodesToExactlyTheSimulatedSamples(String format, Link link, boolean gyro, double rate, String plan, long seed)
            throws Exception {
        OutputFormat f = OutputFormat.fromId(format);
        SimulatedSession s = Simulator.run(SimulationRequest.of(plan, seed, f, rate, gyro).withLink(link));
        if (plan.contains("gap=")) {
            assertTrue(s.droppedCount() > 0, "the data gap leaves samples out");
        }
        Path file = dir.resolve("session-" + format + seed);
        Path truthFile = SimulatedFileWriter.write(s, file);
        assertEquals(TruthFiles.beside(file), truthFile);
        Truth truth = TruthFiles.read(truthFile);
        assertEquals(s.truth(), truth, "the truth file holds exactly the session's truth");
        assertEquals(format, truth.format());
        assertEquals(rate, truth.rateHz());
        assertEquals(gyro, truth.hasGyro());
        assertEquals(seed, truth.seed());

        DecoderSettings settings = f == OutputFormat.WITMOTION
                ? new DecoderSettings(rate, null, null, null) : DecoderSettings.DEFAULTS;
        SensorFile sensorFile = SensorFile.open(file, null, settings);
        assertEquals(WireFormat.fromId(format), sensorFile.format(), "detected by content");
        EventLog log = new EventLog();
        sensorFile.decode(log);
        List<Sample> expected = s.samples();
        List<Sample> decoded = log.samples();
        assertEquals(expected.size(), decoded.size(), "sample count");
        assertEquals(s.producedSamples().size() - s.droppedCount(), decoded.size());
        assertEquals(0, log.malformed().size(), () -> "malformed: " + log.malformed());
        for (int i = 0; i < expected.size(); i++) {
            Sample e = expected.get(i);
            Sample d = decoded.get(i);
            assertEquals(e.timeUs(), d.timeUs(), "time of sample " + i);
            assertEquals(e.ax(), d.ax(), 1e-9, "ax of sample " + i);
            assertEquals(e.ay(), d.ay(), 1e-9);
            assertEquals(e.az(), d.az(), 1e-9);
            assertEquals(gyro, d.hasGyro());
            if (gyro) {
                assertEquals(e.gx(), d.gx(), 1e-9, "gx of sample " + i);
                assertEquals(e.gy(), d.gy(), 1e-9);
                assertEquals(e.gz(), d.gz(), 1e-9);
            }
        }
        checkGaps(s, log, f, truth);
        if (link == Link.BLE) {
            long repeats = 0;
            for (int i = 1; i < decoded.size(); i++) {
                repeats += decoded.get(i).sameValues(decoded.get(i - 1)) ? 1 : 0;
                assertEquals(0, decoded.get(i).timeUs() % 1000, "BLE lines are stamped in whole milliseconds");
            }
            double share = (double) repeats / decoded.size();
            assertTrue(share > 0.15 && share < 0.6, "BLE repeats " + share + " of the values");
            assertNull(log.infos().isEmpty() ? null : log.infos().get(0).nominalRateHz(), "no rate stated over BLE");
        }
    }

    private static void checkGaps(SimulatedSession s, EventLog log, OutputFormat f, Truth truth) {
        List<TruthEvent> truthGaps = truth.events().stream().filter(e -> e.type().equals("gap")).toList();
        assertEquals(s.droppedCount() > 0, !truthGaps.isEmpty());
        long firstUs = log.samples().get(0).timeUs();
        if (f.framed()) {
            List<Gap> gaps = log.gaps();
            assertEquals(truthGaps.size(), gaps.size(), "one gap per run of dropped frames");
            long missing = 0;
            for (int i = 0; i < gaps.size(); i++) {
                Gap g = gaps.get(i);
                assertEquals(Gap.Cause.MISSING_SAMPLES, g.cause());
                missing += g.missingSamples();
                assertEquals(truthGaps.get(i).startS(), (g.startUs() - firstUs) / 1e6, 1e-9);
                assertEquals(truthGaps.get(i).endS(), (g.endUs() - firstUs) / 1e6, 1e-9);
            }
            assertEquals(s.droppedCount(), missing, "the decoder counts exactly the dropped samples");
        } else if (f == OutputFormat.WITMOTION) {
            assertEquals(0, s.droppedCount(), "WitMotion captures are never dropped from");
            assertTrue(log.gaps().isEmpty());
        } else {
            TruthEvent longest = truthGaps.stream().max((a, b) -> Double.compare(a.endS() - a.startS(), b.endS() - b.startS()))
                    .orElse(null);
            if (longest != null && longest.endS() - longest.startS() > 0.5) {
                assertTrue(log.gaps().stream().anyMatch(g -> Math.abs((g.startUs() - firstUs) / 1e6 - longest.startS()) < 1e-6
                        && Math.abs((g.endUs() - firstUs) / 1e6 - longest.endS()) < 1e-6), "the data gap is reported where the truth puts it");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ascii", "rowcoach"})
    void theDeviceClockWrapsAsA32BitMicrosecondCounter(String format) throws Exception {
        SimulatedSession s = Simulator.run("barbell-row 1x1", 12, OutputFormat.fromId(format), 100, true);
        long start = (1L << 32) - 3_000_000;
        long shift = start - s.sensor().clockStartUs();
        List<Sample> moved = s.producedSamples().stream()
                .map(x -> new Sample(x.timeUs() + shift, x.ax(), x.ay(), x.az(), x.gx(), x.gy(), x.gz())).toList();
        SensorConfig c = s.sensor();
        boolean[] dropped = new boolean[moved.size()];
        for (int i = 0; i < dropped.length; i++) {
            dropped[i] = s.isDropped(i);
        }
        SimulatedSession wrapped = new SimulatedSession(s.request(), moved, dropped, new SensorConfig(c.model(), c.deviceId(),
                c.accelRangeG(), c.gyroRangeDps(), c.samplesPerFrame(), c.statedRateHz(), start), s.truth(), s.internals());
        Path file = dir.resolve("wrapped." + format);
        SimulatedFileWriter.write(wrapped, file);
        EventLog log = new EventLog();
        SensorFile.open(file, null, DecoderSettings.DEFAULTS).decode(log);
        List<Sample> expected = wrapped.samples();
        assertEquals(expected.size(), log.samples().size());
        assertTrue(expected.get(expected.size() - 1).timeUs() > 1L << 32, "the session runs past the wrap");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).timeUs(), log.samples().get(i).timeUs(), "sample " + i);
        }
        assertEquals(0, log.malformed().size());
        assertTrue(log.gaps().stream().noneMatch(g -> g.cause() == Gap.Cause.DEVICE_RESET));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ascii", "rowcoach", "witmotion"})
    void rawBytesAreWhatTheFileHolds(String format) throws Exception {
        SimulatedSession s = Simulator.run("barbell-row 1x2", 3, OutputFormat.fromId(format), 100, true);
        Path file = dir.resolve("raw." + format);
        SimulatedFileWriter.write(s, file);
        assertTrue(java.util.Arrays.equals(SimulatedFileWriter.encode(s), Files.readAllBytes(file)));
        assertFalse(Files.readString(TruthFiles.beside(file)).isBlank());
    }
}
