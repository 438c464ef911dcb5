package dev.rowcoach.protocol.rowcoach;

/**
 * Constants and field rules of the rowcoach binary protocol, version 1 (firmware-protocol/PROTOCOL.md).
 * The predicates here are shared by the message constructors and the parser, so a frame the parser
 * accepts can always be built into a message without an exception.
 */
public final class RowcoachProtocol {

    /** The only protocol version this code speaks. */
    public static final int VERSION = 1;
    /** Frame delimiter on the wire. */
    public static final byte DELIMITER = 0;
    /** Largest decoded frame: version, type, payload and CRC, bytes. */
    public static final int MAX_FRAME_BYTES = 240;
    /** Version and type bytes before the payload. */
    public static final int HEADER_BYTES = 2;
    /** CRC-32C after the payload, bytes. */
    public static final int CRC_BYTES = 4;
    /** Smallest decoded frame: header and CRC with an empty payload. */
    public static final int MIN_FRAME_BYTES = HEADER_BYTES + CRC_BYTES;
    /** Largest payload, bytes. */
    public static final int MAX_PAYLOAD_BYTES = MAX_FRAME_BYTES - MIN_FRAME_BYTES;
    /** Largest COBS-encoded frame without its delimiter (a frame under 254 bytes gains one code byte). */
    public static final int MAX_ENCODED_BYTES = MAX_FRAME_BYTES + 1;
    /** Largest encoded frame including its trailing delimiter. */
    public static final int MAX_WIRE_BYTES = MAX_ENCODED_BYTES + 1;
    /** SAMPLES header before the sample records, bytes. */
    public static final int SAMPLES_HEADER_BYTES = 16;
    /** Most samples in one frame with gyroscope (6 × i16 each). */
    public static final int MAX_SAMPLES_WITH_GYRO = (MAX_PAYLOAD_BYTES - SAMPLES_HEADER_BYTES) / 12;
    /** Most samples in one frame without gyroscope (3 × i16 each). */
    public static final int MAX_SAMPLES_ACCEL_ONLY = (MAX_PAYLOAD_BYTES - SAMPLES_HEADER_BYTES) / 6;
    /** DEVICE_INFO header before the model string, bytes. */
    public static final int DEVICE_INFO_HEADER_BYTES = 19;
    /** Longest IMU model string, characters. */
    public static final int MAX_MODEL_CHARS = 32;
    /** STATUS payload, bytes. */
    public static final int STATUS_BYTES = 12;
    /** ACK payload, bytes. */
    public static final int ACK_BYTES = 3;
    /** Highest accelerometer full-scale code (±32 g). */
    public static final int MAX_ACCEL_RANGE_CODE = 4;
    /** Highest gyroscope full-scale code (±4000 °/s). */
    public static final int MAX_GYRO_RANGE_CODE = 5;
    /** Largest u32 value. */
    public static final long U32_MAX = 0xFFFF_FFFFL;

    /** Flag bit: the frame or device has a gyroscope (DEVICE_INFO, SAMPLES). */
    static final int FLAG_GYRO_PRESENT = 0x01;
    /** STATUS flag bits. */
    static final int FLAG_STREAMING = 0x01;
    static final int FLAG_CHARGING = 0x02;

    private RowcoachProtocol() {
    }

    /** Accelerometer full scale for a valid code, ± g (2 × 2^code). */
    public static int accelRangeG(int code) {
        return 2 << code;
    }

    /** Gyroscope full scale for a valid code, ± °/s (125 × 2^code). */
    public static int gyroRangeDps(int code) {
        return 125 << code;
    }

    /** The code for a full scale of ± {@code g}; throws IllegalArgumentException if there is none. */
    public static int accelRangeCode(int g) {
        for (int code = 0; code <= MAX_ACCEL_RANGE_CODE; code++) {
            if (accelRangeG(code) == g) {
                return code;
            }
        }
        throw new IllegalArgumentException("no accelerometer full-scale code for ±" + g + " g (2, 4, 8, 16, 32)");
    }

    /** The code for a full scale of ± {@code dps}; throws IllegalArgumentException if there is none. */
    public static int gyroRangeCode(int dps) {
        for (int code = 0; code <= MAX_GYRO_RANGE_CODE; code++) {
            if (gyroRangeDps(code) == dps) {
                return code;
            }
        }
        throw new IllegalArgumentException("no gyroscope full-scale code for ±" + dps + " dps (125 … 4000)");
    }

    static boolean isAccelRangeCode(int code) {
        return code >= 0 && code <= MAX_ACCEL_RANGE_CODE;
    }

    static boolean isGyroRangeCode(int code) {
        return code >= 0 && code <= MAX_GYRO_RANGE_CODE;
    }

    static boolean isU8(int v) {
        return v >= 0 && v <= 0xFF;
    }

    static boolean isU32(long v) {
        return v >= 0 && v <= U32_MAX;
    }

    static boolean isPositiveU32(long v) {
        return v >= 1 && v <= U32_MAX;
    }

    /** Whether every character is printable ASCII (0x20–0x7E). */
    static boolean isPrintableAscii(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException(what);
        }
    }
}
