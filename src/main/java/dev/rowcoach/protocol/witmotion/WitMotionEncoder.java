package dev.rowcoach.protocol.witmotion;

import static dev.rowcoach.protocol.witmotion.WitMotionPackets.LENGTH;

import dev.rowcoach.sensor.Sample;
import java.time.LocalDateTime;

/**
 * Writes WitMotion standard packets from physical values, as a WT901 at its default ranges would: for
 * tests and for simulators that produce WitMotion captures. Pure: no I/O, no state.
 *
 * <p>Every packet method puts one 11-byte packet at {@code out[off..off+11)} and returns 11, except
 * {@link #combined}, which writes the 20-byte packet of the BLE models.
 * Values beyond full scale saturate at the int16 limits, as the sensor's own output does; a NaN value is a
 * caller error and throws {@link IllegalArgumentException}, as does a buffer too small.
 */
public final class WitMotionEncoder {

    /** Temperature written by {@link #cycle}, °C: the protocol requires a value and we do not model it. */
    public static final double CYCLE_TEMPERATURE_C = 25.0;

    private WitMotionEncoder() {
    }

    /** One output cycle for {@code sample}: an accel packet, then a gyro packet when the sample has gyro. */
    public static byte[] cycle(Sample sample) {
        byte[] out = new byte[cycleLength(sample)];
        cycle(sample, out, 0);
        return out;
    }

    /** Writes {@link #cycle(Sample)} into {@code out} at {@code off}; returns the bytes written (11 or 22). */
    public static int cycle(Sample sample, byte[] out, int off) {
        requireRoom(out, off, cycleLength(sample));
        int n = accel(sample.ax(), sample.ay(), sample.az(), CYCLE_TEMPERATURE_C, out, off);
        if (sample.hasGyro()) {
            n += gyro(sample.gx(), sample.gy(), sample.gz(), 0, out, off + n);
        }
        return n;
    }

    /** Bytes {@link #cycle} writes for {@code sample}. */
    public static int cycleLength(Sample sample) {
        return sample.hasGyro() ? 2 * LENGTH : LENGTH;
    }

    /**
     * The 20-byte BLE data packet (0x61) of a WT901BLE-family sensor for {@code sample}: acceleration, angular
     * velocity and the device's angles (here roll, pitch, yaw in degrees, which rowcoach does not use) at
     * {@code out[off..off+20)}; returns 20.
     *
     * @throws IllegalArgumentException for a sample without gyro (the packet always carries it), NaN, or no room
     */
    public static int combined(Sample sample, double rollDeg, double pitchDeg, double yawDeg, byte[] out, int off) {
        if (!sample.hasGyro()) {
            throw new IllegalArgumentException("a 0x61 packet carries angular velocity: the sample has none");
        }
        requireRoom(out, off, WitMotionPackets.COMBINED_LENGTH);
        double accel = WitMotionPackets.ACCEL_FULL_SCALE_G * Sample.STANDARD_GRAVITY;
        double gyro = Math.toRadians(WitMotionPackets.GYRO_FULL_SCALE_DPS);
        double angle = WitMotionPackets.ANGLE_FULL_SCALE_DEG;
        out[off] = (byte) WitMotionPackets.SYNC;
        out[off + 1] = (byte) WitMotionPackets.COMBINED;
        int[] words = {counts(sample.ax(), accel), counts(sample.ay(), accel), counts(sample.az(), accel),
            counts(sample.gx(), gyro), counts(sample.gy(), gyro), counts(sample.gz(), gyro),
            counts(rollDeg, angle), counts(pitchDeg, angle), counts(yawDeg, angle)};
        for (int i = 0; i < words.length; i++) {
            putWord(out, off + 2 + 2 * i, words[i]);
        }
        return WitMotionPackets.COMBINED_LENGTH;
    }

    /** Acceleration packet (0x51); specific force in m/s², temperature in °C. */
    public static int accel(double axMps2, double ayMps2, double azMps2, double temperatureC, byte[] out, int off) {
        double fullScale = WitMotionPackets.ACCEL_FULL_SCALE_G * Sample.STANDARD_GRAVITY;
        return packet(WitMotionPackets.ACCEL, counts(axMps2, fullScale), counts(ayMps2, fullScale),
                counts(azMps2, fullScale), hundredths(temperatureC), out, off);
    }

    /**
     * Angular velocity packet (0x52); rates in rad/s. {@code aux} is the fourth word, which firmware fills
     * with supply voltage or temperature (0.01 V or 0.01 °C depending on model).
     */
    public static int gyro(double gxRads, double gyRads, double gzRads, int aux, byte[] out, int off) {
        double fullScale = Math.toRadians(WitMotionPackets.GYRO_FULL_SCALE_DPS);
        return packet(WitMotionPackets.GYRO, counts(gxRads, fullScale), counts(gyRads, fullScale),
                counts(gzRads, fullScale), aux, out, off);
    }

    /** Angle packet (0x53); degrees. {@code aux} is the fourth word (firmware version on recent models). */
    public static int angle(double rollDeg, double pitchDeg, double yawDeg, int aux, byte[] out, int off) {
        double fullScale = WitMotionPackets.ANGLE_FULL_SCALE_DEG;
        return packet(WitMotionPackets.ANGLE, counts(rollDeg, fullScale), counts(pitchDeg, fullScale),
                counts(yawDeg, fullScale), aux, out, off);
    }

    /** Magnetometer packet (0x54); field in raw counts, temperature in °C. */
    public static int magnetometer(int hx, int hy, int hz, double temperatureC, byte[] out, int off) {
        return packet(WitMotionPackets.MAGNETOMETER, hx, hy, hz, hundredths(temperatureC), out, off);
    }

    /** Chip time packet (0x50); the year must be 2000–2255 since the packet holds it as one byte after 2000. */
    public static int time(LocalDateTime t, byte[] out, int off) {
        if (t.getYear() < 2000 || t.getYear() > 2255) {
            throw new IllegalArgumentException("year must be 2000-2255, got " + t.getYear());
        }
        int ms = t.getNano() / 1_000_000;
        int w0 = (t.getYear() - 2000) | t.getMonthValue() << 8;
        int w1 = t.getDayOfMonth() | t.getHour() << 8;
        int w2 = t.getMinute() | t.getSecond() << 8;
        return packet(WitMotionPackets.TIME, w0, w1, w2, ms, out, off);
    }

    /**
     * Any known packet type with four raw data words (low 16 bits of each are written, little-endian) and
     * its checksum.
     *
     * @throws IllegalArgumentException if {@code type} is not a type of the protocol
     */
    public static int packet(int type, int w0, int w1, int w2, int w3, byte[] out, int off) {
        if (!WitMotionPackets.isKnownType(type)) {
            throw new IllegalArgumentException(String.format("not a WitMotion packet type: 0x%02X", type));
        }
        requireRoom(out, off, LENGTH);
        out[off] = (byte) WitMotionPackets.SYNC;
        out[off + 1] = (byte) type;
        putWord(out, off + 2, w0);
        putWord(out, off + 4, w1);
        putWord(out, off + 6, w2);
        putWord(out, off + 8, w3);
        out[off + LENGTH - 1] = (byte) WitMotionPackets.checksum(out, off);
        return LENGTH;
    }

    /**
     * {@code value} as counts of a ±{@code fullScale} int16 word: rounded to the nearest count and saturated
     * to −32768…32767 (so +full scale itself reads one count short).
     *
     * @throws IllegalArgumentException for NaN
     */
    public static int counts(double value, double fullScale) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("cannot encode NaN");
        }
        double c = Math.rint(value / fullScale * WitMotionPackets.FULL_SCALE_COUNTS);
        return (int) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, c));
    }

    private static int hundredths(double value) {
        return counts(value * 100, WitMotionPackets.FULL_SCALE_COUNTS);
    }

    private static void putWord(byte[] out, int at, int w) {
        out[at] = (byte) w;
        out[at + 1] = (byte) (w >> 8);
    }

    private static void requireRoom(byte[] out, int off, int n) {
        if (off < 0 || off > out.length - n) {
            throw new IllegalArgumentException("no room for " + n + " bytes at " + off + " in " + out.length);
        }
    }
}
