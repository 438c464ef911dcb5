package dev.rowcoach.protocol.witmotion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WitMotionProbeTest {

    private static byte[] capture(int cycles) {
        Capture c = new Capture();
        for (int i = 0; i < cycles; i++) {
            c.deviceCycle(Capture.motion(i)).magnetometer(10, 20, 30);
        }
        return c.bytes();
    }

    @Test
    void captureIsRecognised() {
        byte[] b = capture(100);
        assertEquals(100, WitMotionDecoder.probe(b, b.length));
        assertEquals(100, WitMotionDecoder.probe(b, 512), "a partial last packet is not held against it");
    }

    @Test
    void captureStartingMidPacketIsRecognised() {
        byte[] b = Arrays.copyOfRange(capture(20), 7, 7 + 256);
        assertTrue(WitMotionDecoder.probe(b, b.length) >= 95, "score " + WitMotionDecoder.probe(b, b.length));
    }

    @Test
    void captureWithSomeCorruptionStillScoresHigh() {
        byte[] b = capture(20);
        b[30] ^= 0x01;
        b[200] ^= 0x01;
        int score = WitMotionDecoder.probe(b, b.length);
        assertTrue(score >= 85 && score < 100, "score " + score);
    }

    @Test
    void randomBytesScoreZero() {
        Random rnd = new Random(7);
        for (int i = 0; i < 20; i++) {
            byte[] b = new byte[4096];
            rnd.nextBytes(b);
            assertEquals(0, WitMotionDecoder.probe(b, b.length), "seed 7 draw " + i);
        }
    }

    @Test
    void csvTextScoresZero() {
        StringBuilder sb = new StringBuilder("t_ms,ax,ay,az,gx,gy,gz\nUTC offset,USB port,UVW\n");
        Random rnd = new Random(3);
        for (int i = 0; i < 100; i++) {
            sb.append(i * 5).append(',').append(String.format("%.3f,%.3f,%.3f,%.2f,%.2f,%.2f%n",
                    rnd.nextGaussian(), rnd.nextGaussian(), 9.81 + rnd.nextGaussian(),
                    rnd.nextGaussian() * 50, rnd.nextGaussian() * 50, rnd.nextGaussian() * 50));
        }
        byte[] b = sb.toString().getBytes(StandardCharsets.US_ASCII);
        assertEquals(0, WitMotionDecoder.probe(b, b.length));
    }

    @Test
    void cobsFramedStreamScoresZero() {
        Random rnd = new Random(11);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (out.size() < 4096) {
            byte[] payload = new byte[20 + rnd.nextInt(20)];
            rnd.nextBytes(payload);
            out.writeBytes(cobs(payload));
            out.write(0);
        }
        byte[] b = out.toByteArray();
        assertEquals(0, WitMotionDecoder.probe(b, b.length));
    }

    @Test
    void oneLuckyPacketInJunkScoresLow() {
        byte[] b = new byte[64];
        Arrays.fill(b, (byte) 0x20);
        System.arraycopy(capture(1), 0, b, 20, 11);
        int score = WitMotionDecoder.probe(b, b.length);
        assertTrue(score > 0 && score <= 20, "score " + score);
    }

    @Test
    void degenerateHeadsScoreZero() {
        byte[] b = capture(2);
        assertEquals(0, WitMotionDecoder.probe(null, 10));
        assertEquals(0, WitMotionDecoder.probe(b, 0));
        assertEquals(0, WitMotionDecoder.probe(b, 10));
        assertEquals(0, WitMotionDecoder.probe(b, -5));
        assertEquals(0, WitMotionDecoder.probe(new byte[100], 100));
        assertTrue(WitMotionDecoder.probe(b, 1000) > 0, "len beyond the array is clamped, not an error");
    }

    /** Consistent overhead byte stuffing, as the rowcoach binary protocol frames its packets. */
    private static byte[] cobs(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] block = new byte[255];
        int n = 0;
        for (byte v : in) {
            if (v == 0 || n == 254) {
                out.write(n + 1);
                out.write(block, 0, n);
                n = 0;
                if (v == 0) {
                    continue;
                }
            }
            block[n++] = v;
        }
        out.write(n + 1);
        out.write(block, 0, n);
        return out.toByteArray();
    }
}
