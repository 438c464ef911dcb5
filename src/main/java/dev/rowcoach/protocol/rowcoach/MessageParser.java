package dev.rowcoach.protocol.rowcoach;

import static dev.rowcoach.protocol.rowcoach.LittleEndian.i16;
import static dev.rowcoach.protocol.rowcoach.LittleEndian.u32;
import static dev.rowcoach.protocol.rowcoach.LittleEndian.u64;
import static dev.rowcoach.protocol.rowcoach.LittleEndian.u8;
import static dev.rowcoach.protocol.rowcoach.RowcoachProtocol.FLAG_CHARGING;
import static dev.rowcoach.protocol.rowcoach.RowcoachProtocol.FLAG_GYRO_PRESENT;
import static dev.rowcoach.protocol.rowcoach.RowcoachProtocol.FLAG_STREAMING;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Turns a decoded, CRC-checked frame into a message, checking version, type, length and every field
 * (PROTOCOL.md section 5, checks 5–8). Never throws on bad bytes: it returns a {@link FrameError}, and
 * every field it accepts is within the ranges the message constructors require.
 */
final class MessageParser {

    private static final int P = RowcoachProtocol.HEADER_BYTES;

    private MessageParser() {
    }

    /**
     * @param frame decoded frame from index 0: version, type, payload (the CRC already checked and excluded)
     * @param len   bytes of version, type and payload, at least 2
     */
    static ParseResult parse(byte[] frame, int len) {
        if (u8(frame, 0) != RowcoachProtocol.VERSION) {
            return FrameError.UNKNOWN_VERSION;
        }
        MessageType type = MessageType.fromCode(u8(frame, 1));
        if (type == null) {
            return FrameError.UNKNOWN_TYPE;
        }
        int n = len - P;
        return switch (type) {
            case DEVICE_INFO -> deviceInfo(frame, n);
            case SAMPLES -> samples(frame, n);
            case STATUS -> status(frame, n);
            case ACK -> ack(frame, n);
            case START -> n != 1 ? FrameError.BAD_LENGTH : new Command.Start(u8(frame, P));
            case STOP -> n != 1 ? FrameError.BAD_LENGTH : new Command.Stop(u8(frame, P));
            case IDENTIFY -> n != 1 ? FrameError.BAD_LENGTH : new Command.Identify(u8(frame, P));
            case SET_RATE -> setRate(frame, n);
        };
    }

    private static ParseResult deviceInfo(byte[] f, int n) {
        if (n < RowcoachProtocol.DEVICE_INFO_HEADER_BYTES) {
            return FrameError.BAD_LENGTH;
        }
        int modelLen = u8(f, P + 18);
        if (modelLen > RowcoachProtocol.MAX_MODEL_CHARS || n != RowcoachProtocol.DEVICE_INFO_HEADER_BYTES + modelLen) {
            return FrameError.BAD_LENGTH;
        }
        int flags = u8(f, P + 3);
        int accelCode = u8(f, P + 12);
        int gyroCode = u8(f, P + 13);
        long rateMilliHz = u32(f, P + 14);
        String model = new String(f, P + 19, modelLen, StandardCharsets.ISO_8859_1);
        if ((flags & ~FLAG_GYRO_PRESENT) != 0 || !RowcoachProtocol.isAccelRangeCode(accelCode)
                || !RowcoachProtocol.isGyroRangeCode(gyroCode) || rateMilliHz == 0
                || !RowcoachProtocol.isPrintableAscii(model)) {
            return FrameError.BAD_VALUE;
        }
        return new DeviceInfoMessage(u8(f, P), u8(f, P + 1), u8(f, P + 2), (flags & FLAG_GYRO_PRESENT) != 0,
                u64(f, P + 4), accelCode, gyroCode, rateMilliHz, model);
    }

    private static ParseResult samples(byte[] f, int n) {
        if (n < RowcoachProtocol.SAMPLES_HEADER_BYTES) {
            return FrameError.BAD_LENGTH;
        }
        int count = u8(f, P + 12);
        int flags = u8(f, P + 13);
        boolean gyro = (flags & FLAG_GYRO_PRESENT) != 0;
        int axes = gyro ? 6 : 3;
        int max = gyro ? RowcoachProtocol.MAX_SAMPLES_WITH_GYRO : RowcoachProtocol.MAX_SAMPLES_ACCEL_ONLY;
        if (n != RowcoachProtocol.SAMPLES_HEADER_BYTES + count * axes * 2 || count > max) {
            return FrameError.BAD_LENGTH;
        }
        long periodUs = u32(f, P + 8);
        int accelCode = u8(f, P + 14);
        int gyroCode = u8(f, P + 15);
        if ((flags & ~FLAG_GYRO_PRESENT) != 0 || count == 0 || periodUs == 0
                || !RowcoachProtocol.isAccelRangeCode(accelCode) || !RowcoachProtocol.isGyroRangeCode(gyroCode)) {
            return FrameError.BAD_VALUE;
        }
        short[] raw = new short[count * axes];
        // One bulk copy (a plain memory copy where the machine is little-endian), not two byte reads per value.
        ByteBuffer.wrap(f, P + RowcoachProtocol.SAMPLES_HEADER_BYTES, raw.length * 2).order(ByteOrder.LITTLE_ENDIAN)
                .asShortBuffer().get(raw);
        return new SamplesMessage(u32(f, P), u32(f, P + 4), periodUs, gyro, accelCode, gyroCode, raw);
    }

    private static ParseResult status(byte[] f, int n) {
        if (n != RowcoachProtocol.STATUS_BYTES) {
            return FrameError.BAD_LENGTH;
        }
        int battery = u8(f, P + 4);
        int flags = u8(f, P + 5);
        if (!StatusMessage.isBatteryByte(battery) || (flags & ~(FLAG_STREAMING | FLAG_CHARGING)) != 0) {
            return FrameError.BAD_VALUE;
        }
        return new StatusMessage(u32(f, P), battery, (flags & FLAG_STREAMING) != 0, (flags & FLAG_CHARGING) != 0,
                u32(f, P + 6), i16(f, P + 10));
    }

    private static ParseResult ack(byte[] f, int n) {
        if (n != RowcoachProtocol.ACK_BYTES) {
            return FrameError.BAD_LENGTH;
        }
        int command = u8(f, P + 1);
        AckMessage.Result result = AckMessage.Result.fromCode(u8(f, P + 2));
        if (!AckMessage.isCommandCode(command) || result == null) {
            return FrameError.BAD_VALUE;
        }
        return new AckMessage(u8(f, P), command, result);
    }

    private static ParseResult setRate(byte[] f, int n) {
        if (n != 5) {
            return FrameError.BAD_LENGTH;
        }
        long rate = u32(f, P + 1);
        return rate == 0 ? FrameError.BAD_VALUE : new Command.SetRate(u8(f, P), rate);
    }
}
