package dev.rowcoach.protocol.witmotion;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.testing.EventLog;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seeded random damage to a valid stream, followed by a clean tail: the decoder must never throw, must
 * account for every byte, must keep its clock monotonic, and must decode the clean tail exactly.
 */
class WitMotionFuzzTest {

    private static final int PREFIX_CYCLES = 30;
    private static final int TAIL_CYCLES = 10;
    private static final int TAIL_FIRST = 1000;

    private static byte[] mutate(byte[] in, Random rnd) {
        byte[] b = in;
        int ops = 1 + rnd.nextInt(8);
        for (int k = 0; k < ops; k++) {
            int at = rnd.nextInt(b.length);
            switch (rnd.nextInt(6)) {
                case 0 -> b[at] ^= (byte) (1 << rnd.nextInt(8));
                case 1 -> b[at] = (byte) rnd.nextInt(256);
                case 2 -> b = splice(b, at, 0, randomBytes(rnd, 1 + rnd.nextInt(40)));
                case 3 -> b = splice(b, at, Math.min(b.length - at, 1 + rnd.nextInt(40)), new byte[0]);
                case 4 -> b = splice(b, at, 0, new byte[] {0x55, (byte) (0x50 + rnd.nextInt(16))});
                default -> {
                    int n = Math.min(b.length - at, 1 + rnd.nextInt(30));
                    byte[] copy = new byte[n];
                    System.arraycopy(b, at, copy, 0, n);
                    b = splice(b, rnd.nextInt(b.length), 0, copy);
                }
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, at);
        out.writeBytes(insert);
        out.write(b, at + remove, b.length - at - remove);
        return out.toByteArray();
    }

    private static byte[] randomBytes(Random rnd, int n) {
        byte[] r = new byte[n];
        rnd.nextBytes(r);
        return r;
    }

    @Test
    void damagedStreamsNeverThrowAndTheCleanTailSurvives() {
        Random rnd = new Random(0x5EED_0901L);
        long totalMalformed = 0;
        for (int iteration = 0; iteration < 400; iteration++) {
            Capture prefix = new Capture();
            for (int i = 0; i < PREFIX_CYCLES; i++) {
                prefix.deviceCycle(Capture.motion(i));
            }
            Capture stream = new Capture().raw(mutate(prefix.bytes(), rnd));
            for (int j = 0; j < TAIL_CYCLES; j++) {
                stream.deviceCycle(Capture.motion(TAIL_FIRST + j));
            }
            byte[] bytes = stream.bytes();

            EventLog log = new EventLog();
            WitMotionDecoder d = new WitMotionDecoder(DecoderSettings.DEFAULTS, log);
            for (int off = 0; off < bytes.length; ) {
                int n = Math.min(bytes.length - off, rnd.nextInt(40));
                d.feed(bytes, off, n);
                off += n;
            }
            d.finish();

            String where = "iteration " + iteration;
            checkByteAccounting(log, d, bytes.length, where);
            checkAgainstReferenceScan(bytes, d, where);
            checkClock(log, where);
            checkTail(log.samples(), where);
            if (iteration % 20 == 0) {
                assertEquals(log.events, Capture.decode(bytes, DecoderSettings.DEFAULTS, 1).events, where);
            }
            totalMalformed += log.malformed().size();
        }
        assertTrue(totalMalformed > 400, "the mutations did damage the streams: " + totalMalformed);
    }

    @Test
    void pureNoiseNeverThrows() {
        Random rnd = new Random(42);
        for (int iteration = 0; iteration < 50; iteration++) {
            byte[] bytes = randomBytes(rnd, 1 + rnd.nextInt(5000));
            EventLog log = new EventLog();
            WitMotionDecoder d = new WitMotionDecoder(DecoderSettings.DEFAULTS, log);
            Capture.feed(d, bytes, 1 + rnd.nextInt(64));
            d.finish();
            checkByteAccounting(log, d, bytes.length, "noise " + iteration);
            checkAgainstReferenceScan(bytes, d, "noise " + iteration);
        }
    }

    /**
     * An independent batch reading of the spec: walk the whole input, take every 11 bytes that form a valid
     * packet, otherwise advance one byte. The streaming decoder must find the same packets.
     */
    private static void checkAgainstReferenceScan(byte[] bytes, WitMotionDecoder d, String where) {
        long[] byType = new long[256];
        int i = 0;
        while (i + 11 <= bytes.length) {
            int sum = 0;
            for (int k = 0; k < 10; k++) {
                sum += bytes[i + k] & 0xFF;
            }
            int type = bytes[i + 1] & 0xFF;
            boolean known = (type >= 0x50 && type <= 0x5A) || type == 0x5F;
            if ((bytes[i] & 0xFF) == 0x55 && known && (sum & 0xFF) == (bytes[i + 10] & 0xFF)) {
                byType[type]++;
                i += 11;
            } else {
                i++;
            }
        }
        for (int type = 0; type < 256; type++) {
            assertEquals(byType[type], d.packetCount(type), where + ", type " + type);
        }
    }

    /** Every input byte is in exactly one valid packet or one malformed run, in order, without overlap. */
    private static void checkByteAccounting(EventLog log, WitMotionDecoder d, int length, String where) {
        long end = 0;
        long skipped = 0;
        for (Malformed m : log.malformed()) {
            assertTrue(m.length() > 0 && m.byteOffset() >= end && m.byteOffset() + m.length() <= length, where);
            end = m.byteOffset() + m.length();
            skipped += m.length();
        }
        assertEquals(length, skipped + WitMotionPackets.LENGTH * d.stats().validPackets()
                + WitMotionPackets.COMBINED_LENGTH * d.stats().combinedPackets(), where);
        assertEquals(d.stats().samples(), log.samples().size(), where);
    }

    /** Times rise by whole periods; every gap sits between the samples it names and counts the periods. */
    private static void checkClock(EventLog log, String where) {
        Sample previous = null;
        Gap pendingGap = null;
        for (Object e : log.events) {
            if (e instanceof Gap g) {
                assertTrue(previous != null && g.startUs() == previous.timeUs(), where);
                pendingGap = g;
            } else if (e instanceof Sample s) {
                if (previous != null) {
                    long periods = (s.timeUs() - previous.timeUs()) / 5000;
                    assertEquals(0, (s.timeUs() - previous.timeUs()) % 5000, where);
                    assertEquals(pendingGap == null ? 1 : pendingGap.missingSamples() + 1, periods, where);
                    if (pendingGap != null) {
                        assertEquals(s.timeUs(), pendingGap.endUs(), where);
                    }
                }
                previous = s;
                pendingGap = null;
            }
        }
    }

    /** The tail's first cycle may be disturbed by damage just before it; the other cycles must be exact. */
    private static void checkTail(List<Sample> samples, String where) {
        assertTrue(samples.size() >= TAIL_CYCLES - 1, where);
        List<Sample> tail = samples.subList(samples.size() - (TAIL_CYCLES - 1), samples.size());
        for (int j = 1; j < TAIL_CYCLES; j++) {
            Sample expected = Capture.motion(TAIL_FIRST + j);
            Sample actual = tail.get(j - 1);
            assertEquals(expected.ax(), actual.ax(), 0.003, where);
            assertEquals(expected.az(), actual.az(), 0.003, where);
            assertEquals(expected.gx(), actual.gx(), 0.001, where);
            assertEquals(expected.gz(), actual.gz(), 0.001, where);
            if (j > 1) {
                assertEquals(5000, actual.timeUs() - tail.get(j - 2).timeUs(), where);
            }
        }
    }
}
