package dev.rowcoach.protocol.witmotion;

import dev.rowcoach.sensor.Sample;

/**
 * The WitMotion standard serial packet: {@code 0x55, type, 8 data bytes, checksum}, 11 bytes, where the
 * checksum is the low byte of the sum of the first ten bytes and data are four little-endian int16 words.
 * Constants and pure conversions shared by {@link WitMotionDecoder} and {@link WitMotionEncoder}.
 *
 * <p>Scales are those of the WT901 family at its default ranges: ±16 g, ±2000 °/s, ±180°, each mapped
 * onto the int16 range (full scale = 32768 counts).
 */
public final class WitMotionPackets {

    /** Bytes in every packet. */
    public static final int LENGTH = 11;
    /** First byte of every packet. */
    public static final int SYNC = 0x55;

    /** Chip time: YY MM DD hh mm ss, milliseconds u16. */
    public static final int TIME = 0x50;
    /** Acceleration x, y, z (±16 g) and temperature (0.01 °C). */
    public static final int ACCEL = 0x51;
    /** Angular velocity x, y, z (±2000 °/s) and a model-dependent word (voltage or temperature). */
    public static final int GYRO = 0x52;
    /** Roll, pitch, yaw (±180°) and a model-dependent word (firmware version or temperature). */
    public static final int ANGLE = 0x53;
    /** Magnetic field x, y, z (raw counts) and temperature. */
    public static final int MAGNETOMETER = 0x54;
    /** Port status D0–D3. */
    public static final int PORT = 0x55;
    /** Air pressure (Pa, int32) and height (cm, int32). */
    public static final int PRESSURE = 0x56;
    /** GPS longitude and latitude (int32 each). */
    public static final int GPS_POSITION = 0x57;
    /** GPS height, heading and ground speed. */
    public static final int GPS_SPEED = 0x58;
    /** Quaternion q0–q3 (×1/32768). */
    public static final int QUATERNION = 0x59;
    /** Satellite count and dilutions of precision. */
    public static final int GPS_ACCURACY = 0x5A;
    /** Reply to a register read command: four consecutive registers. */
    public static final int REGISTER_READ = 0x5F;

    /**
     * Bytes in a packet of the BLE variants (WT901BLE family): {@code 0x55, flag, 18 data bytes}, nine int16
     * little-endian words and no checksum (WT901BLECL datasheet v20-0707, section 6.1).
     */
    public static final int COMBINED_LENGTH = 20;
    /** BLE data packet: acceleration x, y, z, angular velocity x, y, z, angle roll, pitch, yaw; the default output. */
    public static final int COMBINED = 0x61;
    /** BLE reply to a register read (magnetic field, battery, version, ...), sent only on request. */
    public static final int COMBINED_REGISTER = 0x71;

    /** Accelerometer full scale, ± g. */
    public static final double ACCEL_FULL_SCALE_G = 16.0;
    /** Gyroscope full scale, ± °/s. */
    public static final double GYRO_FULL_SCALE_DPS = 2000.0;
    /** Angle full scale, ± degrees. */
    public static final double ANGLE_FULL_SCALE_DEG = 180.0;
    /** Counts that represent one full scale. */
    public static final double FULL_SCALE_COUNTS = 32768.0;

    /** m/s² per accelerometer count. */
    static final double ACCEL_MPS2_PER_COUNT = ACCEL_FULL_SCALE_G * Sample.STANDARD_GRAVITY / FULL_SCALE_COUNTS;
    /** rad/s per gyroscope count. */
    static final double GYRO_RADS_PER_COUNT = Math.toRadians(GYRO_FULL_SCALE_DPS) / FULL_SCALE_COUNTS;
    /** Degrees per angle count. */
    static final double ANGLE_DEG_PER_COUNT = ANGLE_FULL_SCALE_DEG / FULL_SCALE_COUNTS;

    private WitMotionPackets() {
    }

    /** Whether {@code type} is the flag of a 20-byte BLE packet (0x61, 0x71). */
    public static boolean isCombinedType(int type) {
        return type == COMBINED || type == COMBINED_REGISTER;
    }

    /** Whether {@code type} is a packet type of the standard protocol (0x50–0x5A, 0x5F). */
    public static boolean isKnownType(int type) {
        return (type >= TIME && type <= GPS_ACCURACY) || type == REGISTER_READ;
    }

    /** Low byte of the sum of {@code buf[off..off+10)}: the checksum a packet starting at {@code off} must carry. */
    public static int checksum(byte[] buf, int off) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += buf[off + i] & 0xFF;
        }
        return sum & 0xFF;
    }

    /** Whether the 11 bytes at {@code off} are a packet: sync byte, known type and matching checksum. */
    public static boolean isValidPacket(byte[] buf, int off) {
        return (buf[off] & 0xFF) == SYNC && isKnownType(buf[off + 1] & 0xFF)
                && checksum(buf, off) == (buf[off + LENGTH - 1] & 0xFF);
    }

    /** Signed little-endian data word {@code word} (0–3) of the packet at {@code off}. */
    static int word(byte[] buf, int off, int word) {
        int at = off + 2 + 2 * word;
        return (short) ((buf[at] & 0xFF) | (buf[at + 1] << 8));
    }
}
