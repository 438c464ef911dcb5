package dev.rowcoach.source;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;
import dev.rowcoach.testing.EventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamGuardTest {

    private static final double G = Sample.STANDARD_GRAVITY;

    @Test
    void nonFiniteValuesHalfAGyroscopeAndTimeThatDoesNotAdvanceAreMalformed() {
        EventLog log = new EventLog();
        StreamGuard guard = new StreamGuard(log);
        guard.sample(Sample.accelOnly(0, 0, 0, G));
        guard.sample(Sample.accelOnly(10, Double.POSITIVE_INFINITY, 0, G));
        guard.sample(new Sample(20, 0, 0, G, 0.1, Double.NaN, 0.1));
        guard.sample(Sample.accelOnly(0, 0, 0, G));
        guard.sample(Sample.accelOnly(30, 0, 0, G));
        guard.gap(new Gap(30, 5, -1, Gap.Cause.DEVICE_RESET));
        guard.sample(Sample.accelOnly(5, 0, 0, G));
        assertEquals(List.of(0L, 30L, 5L), log.samples().stream().map(Sample::timeUs).toList());
        assertEquals(List.of("a sample value that is not a finite number", "a sample value that is not a finite number",
                "sample time not after the previous sample's"), log.malformed().stream().map(Malformed::reason).toList());
    }

    @Test
    void impossibleMagnitudesAreMalformedAndBeyondTheStatedRangeIsFlaggedOnce() {
        EventLog log = new EventLog();
        StreamGuard guard = new StreamGuard(log);
        guard.sensorInfo(new SensorInfo("m", null, null, 2.0, 250.0, null));
        guard.sample(Sample.accelOnly(0, 0, 0, G));
        guard.sample(Sample.accelOnly(10, 0, 0, 1e6));
        guard.sample(new Sample(20, 0, 0, 3 * G, 0, 0, 0));
        guard.sample(new Sample(30, 0, 0, G, Math.toRadians(400), 0, 0));
        guard.sample(new Sample(40, 0, 0, 2 * G, Math.toRadians(250), 0, 0));
        assertEquals(4, log.samples().size());
        assertEquals(List.of("a sample beyond what any motion sensor measures"), log.malformed().stream().map(Malformed::reason).toList());
        assertEquals(2, guard.beyondStatedRange());
        List<String> warnings = log.notices();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("a sample beyond the sensor's stated range (±2 g, ±250 °/s): |a| up to 3.0 g"), warnings.get(0));
    }

    @Test
    void everyFileGoesThroughTheGuard(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("range.txt"), "# rowcoach-ascii 1\n# rate_hz=100 accel_unit=g accel_range_g=2\n"
                + "t_us,ax,ay,az\n0,0,0,1\n10000,0,0,3\n20000,0,0,1\n30000,0,0,9e5\n40000,0,0,1\n");
        StreamStats stats = new StreamStats();
        SensorFile.open(f, null, DecoderSettings.DEFAULTS).decode(stats);
        assertEquals(4, stats.samples());
        assertEquals(1, stats.malformed());
        assertEquals(1, stats.warnings().size(), stats.notices().toString());
    }
}
