package dev.rowcoach.protocol.witmotion;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.testing.EventLog;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Damaged streams: every case counts samples, gaps and malformed events and checks where they fall. */
class WitMotionCorruptionTest {

    /** Bytes in one {@link Capture#deviceCycle}: accel, gyro, angle. */
    private static final int CYCLE = 33;
    private static final DecoderSettings DEFAULTS = DecoderSettings.DEFAULTS;

    private static byte[] cycles(int n) {
        Capture c = new Capture();
        for (int i = 0; i < n; i++) {
            c.deviceCycle(Capture.motion(i));
        }
        return c.bytes();
    }

    private static void assertSampleOfCycle(int cycle, Sample s) {
        Sample m = Capture.motion(cycle);
        assertEquals(m.ax(), s.ax(), 0.003);
        assertEquals(m.gy(), s.gy(), 0.001);
        assertEquals(cycle * 5000L, s.timeUs());
    }

    @Test
    void badChecksumOnAnAccelPacketLosesThatSampleAndReportsTheGap() {
        byte[] b = cycles(10);
        b[4 * CYCLE + 10] ^= 0x01;
        EventLog log = Capture.decode(b, DEFAULTS, b.length);

        assertEquals(List.of(new Malformed(4 * CYCLE, 11, "checksum mismatch in 0x51 packet")), log.malformed());
        assertEquals(List.of(new Gap(15_000, 25_000, 1, Gap.Cause.MISSING_SAMPLES)), log.gaps());
        List<Sample> s = log.samples();
        assertEquals(9, s.size());
        for (int i = 0; i < 9; i++) {
            assertSampleOfCycle(i < 4 ? i : i + 1, s.get(i));
        }
    }

    @Test
    void flippedDataByteInAGyroPacketMakesItsCycleIncomplete() {
        byte[] b = cycles(10);
        int at = 2 * CYCLE + 11 + 5;
        b[at] ^= 0x10;
        assertNotEquals(0x55, b[at] & 0xFF);
        EventLog log = new EventLog();
        WitMotionDecoder d = new WitMotionDecoder(DEFAULTS, log);
        d.feed(b, 0, b.length);
        d.finish();

        assertEquals(List.of(new Malformed(2 * CYCLE + 11, 11, "checksum mismatch in 0x52 packet")), log.malformed());
        assertEquals(List.of(new Gap(5_000, 15_000, 1, Gap.Cause.MISSING_SAMPLES)), log.gaps());
        assertEquals(9, log.samples().size());
        assertSampleOfCycle(3, log.samples().get(2));
        assertEquals(1, d.stats().incompleteCycles());
        assertEquals(1, d.stats().missingSamples());
        assertTrue(log.samples().stream().allMatch(Sample::hasGyro), "no sample mixes gyro and no gyro");
    }

    @Test
    void gapIsReportedBetweenTheSamplesItSeparates() {
        byte[] b = cycles(6);
        b[2 * CYCLE + 3] ^= 0x01;
        EventLog log = Capture.decode(b, DEFAULTS, 3);
        assertEquals(1, log.gaps().size());
        int gapAt = log.events.indexOf(log.gaps().get(0));
        assertInstanceOf(Malformed.class, log.events.get(gapAt - 1), "the bad bytes come first, in stream order");
        assertEquals(5_000, ((Sample) log.events.get(gapAt - 2)).timeUs());
        assertEquals(15_000, ((Sample) log.events.get(gapAt + 1)).timeUs());
    }

    @Test
    void garbageBetweenPacketsIsSkippedWithoutLosingSamples() {
        Capture c = new Capture();
        for (int i = 0; i < 10; i++) {
            Sample m = Capture.motion(i);
            c.accel(m.ax(), m.ay(), m.az());
            if (i == 3) {
                c.raw(0x00, 0xFF, 0x13, 0x37, 0xAA, 0x54, 0x01);
            }
            c.gyro(m.gx(), m.gy(), m.gz()).angle(10, -20, 30);
            if (i == 6) {
                c.raw('h', 'e', 'l', 'l', 'o');
            }
        }
        EventLog log = Capture.decode(c.bytes(), DEFAULTS, 1000);
        assertEquals(List.of(
                new Malformed(3 * CYCLE + 11, 7, "bytes outside any packet (no 0x55 sync)"),
                new Malformed(7 * CYCLE + 7, 5, "bytes outside any packet (no 0x55 sync)")), log.malformed());
        assertEquals(10, log.samples().size());
        assertEquals(0, log.gaps().size());
        for (int i = 0; i < 10; i++) {
            assertSampleOfCycle(i, log.samples().get(i));
        }
    }

    @Test
    void fakeHeaderJustBeforeAPacketDoesNotSwallowIt() {
        Capture c = new Capture();
        c.deviceCycle(Capture.motion(0)).raw(0x55, 0x51, 0x01).deviceCycle(Capture.motion(1));
        EventLog log = Capture.decode(c.bytes(), DEFAULTS, 1);
        assertEquals(List.of(new Malformed(CYCLE, 3, "checksum mismatch in 0x51 packet")), log.malformed());
        assertEquals(2, log.samples().size());
        assertSampleOfCycle(1, log.samples().get(1));
    }

    @Test
    void splitFeedsAndOneByteChunksGiveTheSameEventsAsOneFeed() {
        byte[] b = cycles(40);
        b[7 * CYCLE + 2] ^= 0x40;
        b[20 * CYCLE + 15] = 0x55;
        EventLog whole = Capture.decode(b, DEFAULTS, b.length);
        assertEquals(2, whole.malformed().size());
        for (int chunk : new int[] {1, 2, 5, 10, 11, 12, 33, 100}) {
            assertEquals(whole.events, Capture.decode(b, DEFAULTS, chunk).events, "chunk " + chunk);
        }
        EventLog split = new EventLog();
        WitMotionDecoder d = new WitMotionDecoder(DEFAULTS, split);
        d.feed(b, 0, 6);
        d.feed(b, 6, 0);
        d.feed(b, 6, 17);
        d.feed(b, 23, b.length - 23);
        d.finish();
        assertEquals(whole.events, split.events);
    }

    @Test
    void feedHonoursOffsetAndLength() {
        byte[] b = cycles(3);
        byte[] padded = new byte[b.length + 20];
        System.arraycopy(b, 0, padded, 10, b.length);
        Arrays.fill(padded, 0, 10, (byte) 0x55);
        Arrays.fill(padded, 10 + b.length, padded.length, (byte) 0x55);
        EventLog log = new EventLog();
        WitMotionDecoder d = new WitMotionDecoder(DEFAULTS, log);
        d.feed(padded, 10, b.length);
        d.finish();
        assertEquals(3, log.samples().size());
        assertEquals(0, log.malformed().size());
    }

    @Test
    void truncatedLastPacketIsReportedOnceAtTheEnd() {
        byte[] full = cycles(5);
        byte[] b = Arrays.copyOf(full, 5 * CYCLE + 6);
        System.arraycopy(full, 0, b, 5 * CYCLE, 6);
        EventLog log = new EventLog();
        WitMotionDecoder d = new WitMotionDecoder(DEFAULTS, log);
        d.feed(b, 0, b.length);
        assertEquals(0, log.malformed().size(), "a partial packet may still be completed");
        d.finish();
        assertEquals(List.of(new Malformed(5 * CYCLE, 6, "truncated packet: 6 of 11 bytes")), log.malformed());
        assertEquals(log.malformed().get(0), log.events.get(log.events.size() - 1));
        assertEquals(5, log.samples().size());
    }

    @Test
    void cycleCutInsideItsGyroPacketYieldsNoHalfSample() {
        byte[] b = Arrays.copyOf(cycles(5), 4 * CYCLE + 11 + 4);
        EventLog log = Capture.decode(b, DEFAULTS, 9);
        assertEquals(4, log.samples().size());
        assertEquals(List.of(new Malformed(4 * CYCLE + 11, 4, "truncated packet: 4 of 11 bytes")), log.malformed());
        assertEquals(0, log.gaps().size(), "a loss after the last sample has no sample to end it");
    }

    @Test
    void unknownTypesAreMalformedAndDoNotDisturbSamples() {
        byte[] unknown = {0x55, 0x60, 1, 2, 3, 4, 5, 6, 7, 8, 0};
        unknown[10] = (byte) WitMotionPackets.checksum(unknown, 0);
        Capture c = new Capture();
        c.deviceCycle(Capture.motion(0)).raw(unknown).deviceCycle(Capture.motion(1))
                .raw(0x55, 0x4F).deviceCycle(Capture.motion(2));
        EventLog log = new EventLog();
        WitMotionDecoder d = new WitMotionDecoder(DEFAULTS, log);
        byte[] b = c.bytes();
        d.feed(b, 0, b.length);
        d.finish();
        assertEquals(List.of(new Malformed(CYCLE, 11, "unknown packet type 0x60"),
                new Malformed(2 * CYCLE + 11, 2, "unknown packet type 0x4F")), log.malformed());
        assertEquals(3, log.samples().size());
        assertSampleOfCycle(2, log.samples().get(2));
        assertEquals(3, d.stats().otherPackets(), "the three angle packets; unknown types are not packets");
        assertEquals(0, d.packetCount(0x60));
    }

    @Test
    void otherPacketTypesAreCountedAndSkipped() {
        Capture c = new Capture();
        for (int i = 0; i < 8; i++) {
            c.time(LocalDateTime.of(2024, 5, 1, 12, 0, i)).cycle(Capture.motion(i)).angle(i, 0, 0)
                    .magnetometer(100, -200, 300);
            if (i % 2 == 0) {
                c.packet(WitMotionPackets.QUATERNION, 32767, 0, 0, 0).packet(WitMotionPackets.PRESSURE, 1, 2, 3, 4);
            }
        }
        c.packet(WitMotionPackets.REGISTER_READ, 0x0B, 0, 0, 0);
        EventLog log = new EventLog();
        WitMotionDecoder d = new WitMotionDecoder(DEFAULTS, log);
        byte[] b = c.bytes();
        Capture.feed(d, b, 4);
        d.finish();
        assertEquals(8, log.samples().size());
        for (int i = 0; i < 8; i++) {
            assertSampleOfCycle(i, log.samples().get(i));
        }
        assertEquals(0, log.malformed().size());
        assertEquals(0, log.gaps().size());
        assertEquals(8, d.packetCount(WitMotionPackets.TIME));
        assertEquals(8, d.packetCount(WitMotionPackets.MAGNETOMETER));
        assertEquals(4, d.packetCount(WitMotionPackets.QUATERNION));
        assertEquals(1, d.packetCount(WitMotionPackets.REGISTER_READ));
        assertEquals(8 + 8 + 8 + 4 + 4 + 1, d.stats().otherPackets());
        assertEquals(7.0, d.stats().lastRollDeg(), 180.0 / 32768);
    }

    @Test
    void registerReadRepliesNeitherSplitACycleNorCountAsLoss() {
        Capture c = new Capture();
        for (int i = 0; i < 5; i++) {
            Sample m = Capture.motion(i);
            c.accel(m.ax(), m.ay(), m.az())
                    .packet(WitMotionPackets.REGISTER_READ, 0x0B, 0, 0, 0)
                    .packet(WitMotionPackets.REGISTER_READ, 0x0F, 0, 0, 0)
                    .gyro(m.gx(), m.gy(), m.gz());
        }
        EventLog log = Capture.decode(c.bytes(), DEFAULTS, 8);
        assertEquals(5, log.samples().size());
        for (int i = 0; i < 5; i++) {
            assertSampleOfCycle(i, log.samples().get(i));
        }
        assertEquals(0, log.gaps().size());
    }

    @Test
    void burstThatDestroysWholeCyclesIsMeasuredByItsLength() {
        byte[] b = cycles(20);
        Arrays.fill(b, 8 * CYCLE, 14 * CYCLE, (byte) 0xA5);
        EventLog log = new EventLog();
        WitMotionDecoder d = new WitMotionDecoder(DEFAULTS, log);
        d.feed(b, 0, b.length);
        d.finish();
        assertEquals(List.of(new Malformed(8 * CYCLE, 6 * CYCLE, "bytes outside any packet (no 0x55 sync)")),
                log.malformed());
        assertEquals(List.of(new Gap(35_000, 70_000, 6, Gap.Cause.MISSING_SAMPLES)), log.gaps());
        assertEquals(14, log.samples().size());
        assertSampleOfCycle(14, log.samples().get(8));
        assertEquals(6, d.stats().missingSamples());
    }

    @Test
    void junkShorterThanACycleNeverInventsALoss() {
        Capture c = new Capture();
        for (int i = 0; i < 6; i++) {
            c.deviceCycle(Capture.motion(i)).raw(new byte[CYCLE - 1]);
        }
        EventLog log = Capture.decode(c.bytes(), DEFAULTS, 64);
        assertEquals(6, log.samples().size());
        assertEquals(6, log.malformed().size());
        assertEquals(0, log.gaps().size());
    }

    @Test
    void endlessGarbageIsReportedInBoundedRuns() {
        byte[] b = new byte[3000];
        Arrays.fill(b, (byte) 0x20);
        EventLog log = Capture.decode(b, DEFAULTS, 512);
        assertEquals(List.of(1024L, 1024L, 952L), log.malformed().stream().map(Malformed::length).toList());
        assertEquals(List.of(0L, 1024L, 2048L), log.malformed().stream().map(Malformed::byteOffset).toList());
        assertEquals(3, log.events.size(), "no SensorInfo without a single valid packet");
    }

    @Test
    void emptyInputProducesNothing() {
        EventLog log = Capture.decode(new byte[0], DEFAULTS, 1);
        assertEquals(0, log.events.size());
    }
}
