package dev.rowcoach.protocol.rowcoach;

import static dev.rowcoach.protocol.rowcoach.LittleEndian.putI16;
import static dev.rowcoach.protocol.rowcoach.LittleEndian.putU32;
import static dev.rowcoach.protocol.rowcoach.LittleEndian.putU64;
import static dev.rowcoach.protocol.rowcoach.RowcoachProtocol.FLAG_CHARGING;
import static dev.rowcoach.protocol.rowcoach.RowcoachProtocol.FLAG_GYRO_PRESENT;
import static dev.rowcoach.protocol.rowcoach.RowcoachProtocol.FLAG_STREAMING;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * Encodes messages into wire bytes: the COBS-encoded frame followed by its {@code 0x00} delimiter.
 * Every valid message fits (the message constructors enforce the size limits), so encoding cannot
 * fail. Used by the host to send commands and by simulators to write device streams.
 */
public final class RowcoachEncoder {

    private RowcoachEncoder() {
    }

    /** The wire bytes of {@code message}, delimiter included (at most {@value RowcoachProtocol#MAX_WIRE_BYTES}). */
    public static byte[] encode(RowcoachMessage message) {
        byte[] out = new byte[RowcoachProtocol.MAX_WIRE_BYTES];
        return Arrays.copyOf(out, encode(message, out, 0));
    }

    /**
     * Writes the wire bytes of {@code message}, delimiter included, into {@code dst} from {@code off},
     * which needs {@value RowcoachProtocol#MAX_WIRE_BYTES} bytes of room.
     *
     * @return bytes written
     */
    public static int encode(RowcoachMessage message, byte[] dst, int off) {
        byte[] frame = new byte[RowcoachProtocol.MAX_FRAME_BYTES];
        int len = frame(message, frame);
        int n = Cobs.encode(frame, 0, len, dst, off);
        dst[off + n] = RowcoachProtocol.DELIMITER;
        return n + 1;
    }

    /**
     * Writes the decoded frame of {@code message} (version, type, payload, CRC-32C) into {@code frame},
     * which needs {@value RowcoachProtocol#MAX_FRAME_BYTES} bytes.
     *
     * @return frame length, bytes
     */
    public static int frame(RowcoachMessage message, byte[] frame) {
        frame[0] = (byte) RowcoachProtocol.VERSION;
        frame[1] = (byte) message.type().code();
        int len = RowcoachProtocol.HEADER_BYTES + payload(message, frame, RowcoachProtocol.HEADER_BYTES);
        CRC32C crc = new CRC32C();
        crc.update(frame, 0, len);
        putU32(frame, len, crc.getValue());
        return len + RowcoachProtocol.CRC_BYTES;
    }

    private static int payload(RowcoachMessage message, byte[] f, int p) {
        if (message instanceof SamplesMessage s) {
            putU32(f, p, s.sequence());
            putU32(f, p + 4, s.timestampUs());
            putU32(f, p + 8, s.periodUs());
            f[p + 12] = (byte) s.count();
            f[p + 13] = (byte) (s.gyroPresent() ? FLAG_GYRO_PRESENT : 0);
            f[p + 14] = (byte) s.accelRangeCode();
            f[p + 15] = (byte) s.gyroRangeCode();
            short[] raw = s.raw();
            for (int i = 0; i < raw.length; i++) {
                putI16(f, p + RowcoachProtocol.SAMPLES_HEADER_BYTES + 2 * i, raw[i]);
            }
            return RowcoachProtocol.SAMPLES_HEADER_BYTES + 2 * raw.length;
        } else if (message instanceof DeviceInfoMessage d) {
            f[p] = (byte) d.firmwareMajor();
            f[p + 1] = (byte) d.firmwareMinor();
            f[p + 2] = (byte) d.firmwarePatch();
            f[p + 3] = (byte) (d.gyroPresent() ? FLAG_GYRO_PRESENT : 0);
            putU64(f, p + 4, d.deviceId());
            f[p + 12] = (byte) d.accelRangeCode();
            f[p + 13] = (byte) d.gyroRangeCode();
            putU32(f, p + 14, d.rateMilliHz());
            byte[] model = d.model().getBytes(StandardCharsets.US_ASCII);
            f[p + 18] = (byte) model.length;
            System.arraycopy(model, 0, f, p + RowcoachProtocol.DEVICE_INFO_HEADER_BYTES, model.length);
            return RowcoachProtocol.DEVICE_INFO_HEADER_BYTES + model.length;
        } else if (message instanceof StatusMessage s) {
            putU32(f, p, s.timestampUs());
            f[p + 4] = (byte) s.batteryPercent();
            f[p + 5] = (byte) ((s.streaming() ? FLAG_STREAMING : 0) | (s.charging() ? FLAG_CHARGING : 0));
            putU32(f, p + 6, s.droppedSamples());
            putI16(f, p + 10, s.temperatureCentiC());
            return RowcoachProtocol.STATUS_BYTES;
        } else if (message instanceof AckMessage a) {
            f[p] = (byte) a.token();
            f[p + 1] = (byte) a.commandCode();
            f[p + 2] = (byte) a.result().code();
            return RowcoachProtocol.ACK_BYTES;
        } else if (message instanceof Command.SetRate c) {
            f[p] = (byte) c.token();
            putU32(f, p + 1, c.rateMilliHz());
            return 5;
        } else {
            f[p] = (byte) ((Command) message).token();
            return 1;
        }
    }
}
