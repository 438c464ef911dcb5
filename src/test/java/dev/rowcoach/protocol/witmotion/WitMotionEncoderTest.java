package dev.rowcoach.protocol.witmotion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rowcoach.sensor.Sample;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Expected bytes below are worked out by hand from the packet table in WITMOTION.md. */
class WitMotionEncoderTest {

    private static final double G = Sample.STANDARD_GRAVITY;

    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    @Test
    void oneGOnZAndRoomTemperature() {
        byte[] out = new byte[11];
        assertEquals(11, WitMotionEncoder.accel(0, 0, G, 25.0, out, 0));
        // 1 g = 32768/16 = 2048 = 0x0800; 25.00 °C = 2500 = 0x09C4; sum 85+81+8+196+9 = 379 = 0x17B
        assertArrayEquals(bytes(0x55, 0x51, 0, 0, 0, 0, 0x00, 0x08, 0xC4, 0x09, 0x7B), out);
    }

    @Test
    void negativeAccelIsTwosComplement() {
        byte[] out = new byte[11];
        WitMotionEncoder.accel(-G, 0, 0, 0, out, 0);
        // -2048 = 0xF800; sum 0x55+0x51+0xF8 = 85+81+248 = 414 = 0x19E
        assertArrayEquals(bytes(0x55, 0x51, 0x00, 0xF8, 0, 0, 0, 0, 0, 0, 0x9E), out);
    }

    @Test
    void halfGyroScaleAboutX() {
        byte[] out = new byte[11];
        WitMotionEncoder.gyro(Math.toRadians(1000), 0, 0, 0, out, 0);
        // 1000 °/s = 16384 = 0x4000; sum 85+82+64 = 231 = 0xE7
        assertArrayEquals(bytes(0x55, 0x52, 0x00, 0x40, 0, 0, 0, 0, 0, 0, 0xE7), out);
    }

    @Test
    void angleWritesDegreesOver180() {
        byte[] out = new byte[11];
        WitMotionEncoder.angle(90, -45, 0, 0, out, 0);
        // 90° = 16384 = 0x4000; -45° = -8192 = 0xE000; sum 85+83+64+224 = 456 = 0x1C8
        assertArrayEquals(bytes(0x55, 0x53, 0x00, 0x40, 0x00, 0xE0, 0, 0, 0, 0, 0xC8), out);
    }

    @Test
    void timePacketFields() {
        byte[] out = new byte[11];
        WitMotionEncoder.time(LocalDateTime.of(2024, 3, 5, 14, 7, 9, 250_000_000), out, 0);
        // 24, 3, 5, 14, 7, 9, ms 250 = 0x00FA; sum 85+80+24+3+5+14+7+9+250 = 477 = 0x1DD
        assertArrayEquals(bytes(0x55, 0x50, 0x18, 0x03, 0x05, 0x0E, 0x07, 0x09, 0xFA, 0x00, 0xDD), out);
    }

    @Test
    void saturatesAtFullScale() {
        assertEquals(32767, WitMotionEncoder.counts(20 * G, 16 * G));
        assertEquals(32767, WitMotionEncoder.counts(16 * G, 16 * G));
        assertEquals(-32768, WitMotionEncoder.counts(-16 * G, 16 * G));
        assertEquals(-32768, WitMotionEncoder.counts(-1e9, 16 * G));
        assertEquals(32767, WitMotionEncoder.counts(Double.POSITIVE_INFINITY, 2000));
        byte[] out = new byte[11];
        WitMotionEncoder.gyro(100, -100, 0, 0, out, 0);
        assertArrayEquals(bytes(0xFF, 0x7F, 0x00, 0x80), java.util.Arrays.copyOfRange(out, 2, 6));
    }

    @Test
    void checksumMatchesEveryPacketWritten() {
        byte[] out = new byte[11];
        WitMotionEncoder.magnetometer(-300, 1200, 77, -12.5, out, 0);
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += out[i] & 0xFF;
        }
        assertEquals(sum & 0xFF, out[10] & 0xFF);
        assertEquals(true, WitMotionPackets.isValidPacket(out, 0));
    }

    @Test
    void cycleIsAccelThenGyroOrAccelAlone() {
        Sample withGyro = new Sample(0, 1, 2, 3, 0.1, 0.2, 0.3);
        byte[] both = WitMotionEncoder.cycle(withGyro);
        assertEquals(22, both.length);
        assertEquals(0x51, both[1] & 0xFF);
        assertEquals(0x52, both[12] & 0xFF);
        byte[] alone = WitMotionEncoder.cycle(Sample.accelOnly(0, 1, 2, 3));
        assertEquals(11, alone.length);
        byte[] buf = new byte[30];
        assertEquals(22, WitMotionEncoder.cycle(withGyro, buf, 5));
        assertArrayEquals(both, java.util.Arrays.copyOfRange(buf, 5, 27));
    }

    @Test
    void callerErrorsThrow() {
        byte[] out = new byte[11];
        assertThrows(IllegalArgumentException.class, () -> WitMotionEncoder.accel(Double.NaN, 0, 0, 0, out, 0));
        assertThrows(IllegalArgumentException.class, () -> WitMotionEncoder.packet(0x60, 0, 0, 0, 0, out, 0));
        assertThrows(IllegalArgumentException.class, () -> WitMotionEncoder.accel(0, 0, 0, 0, out, 1));
        assertThrows(IllegalArgumentException.class, () -> WitMotionEncoder.cycle(new Sample(0, 0, 0, 0, 0, 0, 0), out, 0));
        assertThrows(IllegalArgumentException.class,
                () -> WitMotionEncoder.time(LocalDateTime.of(1999, 1, 1, 0, 0), out, 0));
    }
}
