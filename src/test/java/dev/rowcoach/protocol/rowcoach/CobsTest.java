package dev.rowcoach.protocol.rowcoach;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CobsTest {

    private static byte[] encode(byte[] in) {
        byte[] out = new byte[Cobs.maxEncodedLength(in.length)];
        return Arrays.copyOf(out, Cobs.encode(in, 0, in.length, out, 0));
    }

    /** Decoded bytes, or null when the input is invalid. */
    private static byte[] decode(byte[] in) {
        byte[] out = new byte[in.length];
        int n = Cobs.decode(in, 0, in.length, out, 0);
        return n < 0 ? null : Arrays.copyOf(out, n);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] run(int from, int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (from + i);
        }
        return b;
    }

    @Test
    void emptyInputIsOneCodeByte() {
        assertArrayEquals(bytes(0x01), encode(new byte[0]));
        assertArrayEquals(new byte[0], decode(bytes(0x01)));
        assertArrayEquals(new byte[0], decode(new byte[0]));
    }

    @Test
    void zerosBecomeOnes() {
        assertArrayEquals(bytes(1, 1), encode(bytes(0)));
        assertArrayEquals(bytes(1, 1, 1, 1), encode(new byte[3]));
        byte[] zeros = new byte[600];
        byte[] ones = new byte[601];
        Arrays.fill(ones, (byte) 1);
        assertArrayEquals(ones, encode(zeros));
        assertArrayEquals(zeros, decode(ones));
    }

    @Test
    void smallExamples() {
        assertArrayEquals(bytes(0x03, 0x11, 0x22, 0x02, 0x33), encode(bytes(0x11, 0x22, 0x00, 0x33)));
        assertArrayEquals(bytes(0x02, 0x11, 0x01, 0x01, 0x01), encode(bytes(0x11, 0x00, 0x00, 0x00)));
        assertArrayEquals(bytes(0x01, 0x02, 0x11), encode(bytes(0x00, 0x11)));
    }

    @Test
    void run254NonZeroIsOneFullGroupWithoutTrailingCode() {
        byte[] in = run(1, 254);
        byte[] out = encode(in);
        assertEquals(255, out.length);
        assertEquals((byte) 0xFF, out[0]);
        assertArrayEquals(in, Arrays.copyOfRange(out, 1, 255));
        assertArrayEquals(in, decode(out));
    }

    @Test
    void run255NonZeroOpensASecondGroup() {
        byte[] in = run(1, 255);
        byte[] out = encode(in);
        assertEquals(257, out.length);
        assertEquals((byte) 0xFF, out[0]);
        assertEquals((byte) 0x02, out[255]);
        assertEquals((byte) 0xFF, out[256]);
        assertArrayEquals(in, decode(out));
    }

    @Test
    void zeroThen254NonZero() {
        byte[] in = new byte[255];
        System.arraycopy(run(1, 254), 0, in, 1, 254);
        byte[] out = encode(in);
        assertEquals(256, out.length);
        assertEquals(0x01, out[0]);
        assertEquals((byte) 0xFF, out[1]);
        assertArrayEquals(in, decode(out));
    }

    @Test
    void decoderAcceptsTheNonCanonicalTrailingCode() {
        byte[] in = run(1, 254);
        byte[] padded = Arrays.copyOf(encode(in), 256);
        padded[255] = 0x01;
        assertArrayEquals(in, decode(padded));
    }

    @Test
    void invalidInputIsRejected() {
        assertEquals(null, decode(bytes(0x05, 0x11, 0x22)), "group runs past the end");
        assertEquals(null, decode(bytes(0x03, 0x11, 0x00)), "zero inside a group");
        assertEquals(null, decode(bytes(0x00)), "zero code");
    }

    @Test
    void decodesInPlace() {
        byte[] in = bytes(0x11, 0x00, 0x00, 0x22, 0x33, 0x00);
        byte[] buf = encode(in);
        int n = Cobs.decode(buf, 0, buf.length, buf, 0);
        assertArrayEquals(in, Arrays.copyOf(buf, n));
    }

    @Test
    void randomRoundTripsStayWithinTheBoundAndContainNoZero() {
        Random rnd = new Random(42);
        int checked = 0;
        for (int len = 0; len <= 700; len++) {
            for (int zeroOdds : new int[] {0, 3, 300}) {
                byte[] in = new byte[len];
                for (int i = 0; i < len; i++) {
                    in[i] = zeroOdds > 0 && rnd.nextInt(zeroOdds) == 0 ? 0 : (byte) (1 + rnd.nextInt(255));
                }
                byte[] out = encode(in);
                assertTrue(out.length <= Cobs.maxEncodedLength(len));
                assertTrue(out.length >= len + 1);
                for (byte b : out) {
                    assertTrue(b != 0, "zero in encoding of length " + len);
                }
                assertArrayEquals(in, decode(out), "length " + len);
                checked++;
            }
        }
        assertEquals(701 * 3, checked);
    }
}
