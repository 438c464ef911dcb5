package dev.rowcoach.protocol.witmotion;

import dev.rowcoach.testing.EventLog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class WitMotionRoundTripTest {

    /** Half a count of each scale: the most rounding may move a value. */
    private static final double ACCEL_TOL = 0.5 * 16 * Sample.STANDARD_GRAVITY / 32768 + 1e-12;
    private static final double GYRO_TOL = 0.5 * Math.toRadians(2000) / 32768 + 1e-12;
    private static final int N = 500;

    private static byte[] motionCapture(int n) {
        Capture c = new Capture();
        for (int i = 0; i < n; i++) {
            c.deviceCycle(Capture.motion(i));
        }
        return c.bytes();
    }

    private static void assertWithinQuantisation(Sample expected, Sample actual) {
        assertEquals(expected.ax(), actual.ax(), ACCEL_TOL);
        assertEquals(expected.ay(), actual.ay(), ACCEL_TOL);
        assertEquals(expected.az(), actual.az(), ACCEL_TOL);
        assertEquals(expected.gx(), actual.gx(), GYRO_TOL);
        assertEquals(expected.gy(), actual.gy(), GYRO_TOL);
        assertEquals(expected.gz(), actual.gz(), GYRO_TOL);
    }

    @Test
    void synthesisedMotionComesBackWithinOneHalfCount() {
        byte[] bytes = motionCapture(N);
        EventLog log = new EventLog();
        Decoder d = new WitMotionDecoder(DecoderSettings.DEFAULTS, log);
        d.feed(bytes, 0, bytes.length);
        d.finish();

        List<Sample> samples = log.samples();
        assertEquals(N, samples.size());
        assertEquals(N + 2, log.events.size(), "one SensorInfo, one notice and the samples, nothing else");
        assertInstanceOf(SensorInfo.class, log.events.get(0), "SensorInfo comes before the first sample");
        assertTrue(log.notices().get(0).contains("reconstructed from a nominal rate of 200 Hz"), log.notices().toString());
        for (int i = 0; i < N; i++) {
            Sample s = samples.get(i);
            assertWithinQuantisation(Capture.motion(i), s);
            assertEquals(i * 5000L, s.timeUs(), "200 Hz default: 5000 µs per sample");
        }
    }

    @Test
    void sensorInfoSaysTheClockIsAssumed() {
        EventLog log = Capture.decode(motionCapture(3), DecoderSettings.DEFAULTS, 64);
        SensorInfo info = log.infos().get(0);
        assertEquals(1, log.infos().size());
        assertEquals("WitMotion WT901 (assumed)", info.model());
        assertEquals(16.0, info.accelRangeG());
        assertEquals(2000.0, info.gyroRangeDps());
        assertEquals(WitMotionDecoder.DEFAULT_RATE_HZ, info.nominalRateHz());
        assertEquals(200.0, WitMotionDecoder.DEFAULT_RATE_HZ);
    }

    @Test
    void overriddenRateSetsTheClock() {
        EventLog log = Capture.decode(motionCapture(4), new DecoderSettings(100.0, null, null, null), 7);
        assertEquals(100.0, log.infos().get(0).nominalRateHz());
        assertEquals(List.of(0L, 10_000L, 20_000L, 30_000L), log.samples().stream().map(Sample::timeUs).toList());
    }

    @Test
    void periodThatIsNotWholeMicrosecondsIsRoundedPerSampleNotAccumulated() {
        EventLog log = Capture.decode(motionCapture(301), new DecoderSettings(300.0, null, null, null), 11);
        List<Sample> s = log.samples();
        assertEquals(301, s.size());
        assertEquals(3333L, s.get(1).timeUs());
        assertEquals(6667L, s.get(2).timeUs());
        assertEquals(10_000L, s.get(3).timeUs());
        assertEquals(1_000_000L, s.get(300).timeUs());
    }

    @Test
    void accelOnlyStreamGivesAccelOnlySamplesOnePacketLate() {
        Capture c = new Capture();
        for (int i = 0; i < 10; i++) {
            Sample m = Capture.motion(i);
            c.cycle(Sample.accelOnly(0, m.ax(), m.ay(), m.az()));
        }
        byte[] bytes = c.bytes();
        EventLog log = new EventLog();
        WitMotionDecoder d = new WitMotionDecoder(DecoderSettings.DEFAULTS, log);
        d.feed(bytes, 0, bytes.length);
        assertEquals(9, log.samples().size(), "the last accel packet waits to see whether a gyro packet follows");
        d.finish();
        List<Sample> samples = log.samples();
        assertEquals(10, samples.size());
        for (int i = 0; i < 10; i++) {
            assertFalse(samples.get(i).hasGyro());
            assertEquals(Capture.motion(i).ax(), samples.get(i).ax(), ACCEL_TOL);
            assertEquals(i * 5000L, samples.get(i).timeUs());
        }
        assertEquals(0, log.malformed().size());
        assertEquals(10, d.stats().accelPackets());
        assertEquals(0, d.stats().gyroPackets());
    }

    @Test
    void gyroBeforeAccelIsPairedWithinItsCycle() {
        Capture c = new Capture();
        for (int i = 0; i < 20; i++) {
            Sample m = Capture.motion(i);
            c.gyro(m.gx(), m.gy(), m.gz()).accel(m.ax(), m.ay(), m.az()).angle(1, 2, 3);
        }
        EventLog log = Capture.decode(c.bytes(), DecoderSettings.DEFAULTS, 5);
        assertEquals(20, log.samples().size());
        for (int i = 0; i < 20; i++) {
            assertWithinQuantisation(Capture.motion(i), log.samples().get(i));
        }
        assertEquals(0, log.gaps().size());
    }

    @Test
    void aGyroFirstLookingStartDoesNotMisPairTheCyclesAfterIt() {
        Sample m0 = Capture.motion(0);
        Sample m1 = Capture.motion(1);
        Capture c = new Capture().gyro(m0.gx(), m0.gy(), m0.gz()).accel(m1.ax(), m1.ay(), m1.az()).angle(1, 2, 3);
        for (int i = 2; i < 30; i++) {
            c.deviceCycle(Capture.motion(i));
        }
        List<Sample> s = Capture.decode(c.bytes(), DecoderSettings.DEFAULTS, 3).samples();
        assertEquals(29, s.size());
        for (int i = 1; i < 29; i++) {
            assertWithinQuantisation(Capture.motion(i + 1), s.get(i));
        }
    }

    @Test
    void captureStartingMidCycleDropsTheOrphanGyroAndPairsTheRest() {
        Capture c = new Capture();
        Sample first = Capture.motion(99);
        c.gyro(first.gx(), first.gy(), first.gz()).angle(1, 2, 3);
        for (int i = 0; i < 20; i++) {
            c.deviceCycle(Capture.motion(i));
        }
        EventLog log = new EventLog();
        WitMotionDecoder d = new WitMotionDecoder(DecoderSettings.DEFAULTS, log);
        byte[] bytes = c.bytes();
        d.feed(bytes, 0, bytes.length);
        d.finish();
        assertEquals(20, log.samples().size());
        for (int i = 0; i < 20; i++) {
            assertWithinQuantisation(Capture.motion(i), log.samples().get(i));
            assertEquals(i * 5000L, log.samples().get(i).timeUs());
        }
        assertEquals(1, d.stats().unpairedGyroPackets());
        assertTrue(log.gaps().isEmpty());
    }

    @Test
    void statsCountWhatWasDecoded() {
        EventLog log = new EventLog();
        WitMotionDecoder d = new WitMotionDecoder(null, log);
        byte[] bytes = motionCapture(50);
        d.feed(bytes, 0, bytes.length);
        d.finish();
        WitMotionStats s = d.stats();
        assertEquals(150, s.validPackets());
        assertEquals(50, s.accelPackets());
        assertEquals(50, s.gyroPackets());
        assertEquals(50, s.otherPackets());
        assertEquals(50, d.packetCount(WitMotionPackets.ANGLE));
        assertEquals(50, s.samples());
        assertEquals(0, s.malformedRuns());
        assertEquals(25.0, s.lastTemperatureC(), 1e-9);
        assertEquals(10.0, s.lastRollDeg(), 180.0 / 32768);
        assertEquals(-20.0, s.lastPitchDeg(), 180.0 / 32768);
        assertEquals(30.0, s.lastYawDeg(), 180.0 / 32768);
        assertEquals(log.samples().size(), s.samples());
    }
}
