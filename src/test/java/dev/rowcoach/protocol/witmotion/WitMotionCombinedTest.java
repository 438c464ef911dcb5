package dev.rowcoach.protocol.witmotion;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.source.FormatDetector;
import dev.rowcoach.testing.EventLog;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 20-byte 0x61 / 0x71 packets of the WT901BLE family, from bytes put together by hand and by the encoder. */
class WitMotionCombinedTest {

    private static final double ACCEL_TOL = 0.5 * 16 * Sample.STANDARD_GRAVITY / 32768 + 1e-12;
    private static final double GYRO_TOL = 0.5 * Math.toRadians(2000) / 32768 + 1e-12;

    /** A 0x61 packet with nine raw int16 words, written byte by byte (low byte first), independent of the encoder. */
    private static byte[] packet(int flag, int... words) {
        byte[] p = new byte[20];
        p[0] = 0x55;
        p[1] = (byte) flag;
        for (int i = 0; i < 9; i++) {
            p[2 + 2 * i] = (byte) (words[i] & 0xFF);
            p[3 + 2 * i] = (byte) ((words[i] >> 8) & 0xFF);
        }
        return p;
    }

    private static byte[] stream(int n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] p = new byte[20];
        for (int i = 0; i < n; i++) {
            WitMotionEncoder.combined(Capture.motion(i), 10, -20, 170, p, 0);
            out.write(p, 0, p.length);
        }
        return out.toByteArray();
    }

    private static EventLog decode(byte[] bytes, int chunk) {
        return EventLog.decode(l -> new WitMotionDecoder(DecoderSettings.DEFAULTS, l), bytes, chunk);
    }

    @Test
    void documentedScalesOnHandMadePackets() {
        // 16384 counts: half of each full scale (8 g, 1000 °/s, 90°); -32768: minus full scale.
        byte[] bytes = packet(0x61, 16384, -32768, 2048, 16384, -16384, 0, 16384, -8192, 32767);
        EventLog log = new EventLog();
        WitMotionDecoder d = new WitMotionDecoder(DecoderSettings.DEFAULTS, log);
        d.feed(bytes, 0, bytes.length);
        assertEquals(0, log.samples().size(), "no sample before the next byte confirms the packet's end");
        d.finish();
        List<Sample> s = log.samples();
        assertEquals(1, s.size());
        double g = Sample.STANDARD_GRAVITY;
        assertEquals(8 * g, s.get(0).ax(), 1e-9);
        assertEquals(-16 * g, s.get(0).ay(), 1e-9);
        assertEquals(1 * g, s.get(0).az(), 1e-9);
        assertEquals(Math.toRadians(1000), s.get(0).gx(), 1e-9);
        assertEquals(Math.toRadians(-1000), s.get(0).gy(), 1e-9);
        assertEquals(0, s.get(0).gz(), 1e-12);
        WitMotionStats st = d.stats();
        assertEquals(90, st.lastRollDeg(), 1e-9);
        assertEquals(-45, st.lastPitchDeg(), 1e-9);
        assertEquals(180.0 * 32767 / 32768, st.lastYawDeg(), 1e-9);
        assertEquals(1, st.combinedPackets());
        assertEquals(0, st.validPackets(), "11-byte packets only");
        assertEquals(0, log.malformed().size());
    }

    @Test
    void encodedStreamComesBackOnTheNominalClockInAnyChunking() {
        int n = 400;
        byte[] bytes = stream(n);
        for (int chunk : new int[]{0, 1, 7, 20, 244}) {
            EventLog log = decode(bytes, chunk);
            List<Sample> s = log.samples();
            assertEquals(n, s.size(), "chunk " + chunk);
            assertEquals(0, log.malformed().size(), "chunk " + chunk);
            assertEquals(0, log.gaps().size(), "chunk " + chunk);
            for (int i = 0; i < n; i++) {
                Sample e = Capture.motion(i);
                assertEquals(i * 5000L, s.get(i).timeUs());
                assertEquals(e.ax(), s.get(i).ax(), ACCEL_TOL);
                assertEquals(e.ay(), s.get(i).ay(), ACCEL_TOL);
                assertEquals(e.az(), s.get(i).az(), ACCEL_TOL);
                assertEquals(e.gx(), s.get(i).gx(), GYRO_TOL);
                assertEquals(e.gy(), s.get(i).gy(), GYRO_TOL);
                assertEquals(e.gz(), s.get(i).gz(), GYRO_TOL);
            }
        }
    }

    @Test
    void aPacketCutShortIsSkippedNotMixedWithTheNext() {
        byte[] whole = stream(10);
        // Packet 4 loses its last 5 bytes (as if bytes were lost on the way): 15 bytes left of it.
        byte[] cut = new byte[whole.length - 5];
        System.arraycopy(whole, 0, cut, 0, 4 * 20 + 15);
        System.arraycopy(whole, 5 * 20, cut, 4 * 20 + 15, 5 * 20);
        EventLog log = decode(cut, 0);
        List<Sample> s = log.samples();
        assertEquals(9, s.size(), "the damaged packet gives no sample");
        List<Malformed> bad = log.malformed();
        assertEquals(1, bad.size(), bad.toString());
        assertEquals(80, bad.get(0).byteOffset());
        assertEquals(15, bad.get(0).length());
        assertTrue(bad.get(0).reason().contains("0x61 packet not followed by another packet"), bad.get(0).reason());
        for (int i = 0; i < 9; i++) {
            int source = i < 4 ? i : i + 1;
            assertEquals(Capture.motion(source).ax(), s.get(i).ax(), ACCEL_TOL, "sample " + i);
            assertEquals(Capture.motion(source).gz(), s.get(i).gz(), GYRO_TOL, "sample " + i);
        }
    }

    @Test
    void registerRepliesAreCountedNotSamples() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] data = stream(3);
        out.write(data, 0, 40);
        out.writeBytes(packet(0x71, 0x3A, 100, 200, 300, 0, 0, 0, 0, 0));
        out.write(data, 40, 20);
        EventLog log = new EventLog();
        WitMotionDecoder d = new WitMotionDecoder(DecoderSettings.DEFAULTS, log);
        byte[] bytes = out.toByteArray();
        d.feed(bytes, 0, bytes.length);
        d.finish();
        assertEquals(3, log.samples().size());
        assertEquals(0, log.gaps().size(), "a reply on request is not a lost cycle");
        assertEquals(2 * 5000L, log.samples().get(2).timeUs());
        assertEquals(3, d.packetCount(0x61));
        assertEquals(1, d.packetCount(0x71));
        assertEquals(4, d.stats().combinedPackets());
    }

    @Test
    void aTruncatedTailIsReported() {
        byte[] bytes = Arrays.copyOf(stream(3), 2 * 20 + 7);
        EventLog log = decode(bytes, 3);
        assertEquals(2, log.samples().size());
        assertEquals(1, log.malformed().size());
        assertEquals("truncated packet: 7 of 20 bytes", log.malformed().get(0).reason());
    }

    @Test
    void junkBetweenPacketsIsReportedAndTheClockSkipsWholeLostCycles() {
        byte[] data = stream(8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(data, 0, 80);
        // Garbage where packets 4 and 5 were: 40 bytes, none of them 0x55. Packet 3, followed by garbage
        // instead of a packet, cannot be told from a damaged one and is skipped too.
        byte[] junk = new byte[40];
        Arrays.fill(junk, (byte) 0x11);
        out.writeBytes(junk);
        out.write(data, 120, 40);
        EventLog log = decode(out.toByteArray(), 0);
        assertEquals(5, log.samples().size());
        assertEquals(1, log.malformed().size());
        assertEquals(60, log.malformed().get(0).byteOffset());
        assertEquals(60, log.malformed().get(0).length());
        assertEquals(1, log.gaps().size());
        assertEquals(3, log.gaps().get(0).missingSamples());
        assertEquals(6 * 5000L, log.samples().get(3).timeUs(), "packet 6 keeps its place on the clock");
    }

    @Test
    void recognisedAsWitMotion() throws Exception {
        byte[] bytes = stream(200);
        assertEquals(100, WitMotionDecoder.probe(bytes, bytes.length));
        // Starting mid-packet, as a receiver that joins late does.
        byte[] late = Arrays.copyOfRange(bytes, 7, bytes.length);
        assertTrue(WitMotionDecoder.probe(late, late.length) >= 90);
        assertEquals(WireFormat.WITMOTION, FormatDetector.detect(bytes, bytes.length, DecoderSettings.DEFAULTS));
        byte[] random = new byte[4096];
        new java.util.Random(5).nextBytes(random);
        assertTrue(WitMotionDecoder.probe(random, random.length) < 20);
    }

    @Test
    void encoderRefusesWhatThePacketCannotHold() {
        byte[] out = new byte[20];
        assertThrows(IllegalArgumentException.class,
                () -> WitMotionEncoder.combined(Sample.accelOnly(0, 0, 0, 9.8), 0, 0, 0, out, 0));
        assertThrows(IllegalArgumentException.class,
                () -> WitMotionEncoder.combined(Capture.motion(0), 0, 0, 0, out, 1));
    }
}
