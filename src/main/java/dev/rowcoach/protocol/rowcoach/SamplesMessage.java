package dev.rowcoach.protocol.rowcoach;

import static dev.rowcoach.protocol.rowcoach.RowcoachProtocol.require;

import java.util.Arrays;

/**
 * SAMPLES (0x02): {@code count} consecutive samples as raw signed 16-bit counts, where 32768 counts
 * are the full scale. Immutable: the raw values are copied in and never handed out.
 *
 * @param sequence       u32 index of the first sample since device boot
 * @param timestampUs    u32 device clock of the first sample, µs (wraps every 2³² µs)
 * @param periodUs       u32 sample period, µs, ≥ 1
 * @param gyroPresent    whether each sample carries gx, gy, gz after ax, ay, az
 * @param accelRangeCode accelerometer full-scale code, 0–4
 * @param gyroRangeCode  gyroscope full-scale code, 0–5 (0 without gyroscope)
 * @param raw            {@code count × axes} values, sample by sample: ax, ay, az[, gx, gy, gz]
 */
public record SamplesMessage(long sequence, long timestampUs, long periodUs, boolean gyroPresent,
                             int accelRangeCode, int gyroRangeCode, short[] raw) implements RowcoachMessage {

    public SamplesMessage {
        // One of these per frame: the messages are built only when a check fails (building them eagerly was the
        // largest allocation of a binary replay).
        if (!RowcoachProtocol.isU32(sequence)) {
            require(false, "sequence must be a u32, got " + sequence);
        }
        if (!RowcoachProtocol.isU32(timestampUs)) {
            require(false, "timestamp must be a u32, got " + timestampUs);
        }
        if (!RowcoachProtocol.isPositiveU32(periodUs)) {
            require(false, "period must be 1 … 2^32−1 µs, got " + periodUs);
        }
        if (!RowcoachProtocol.isAccelRangeCode(accelRangeCode)) {
            require(false, "accelerometer range code must be 0–4, got " + accelRangeCode);
        }
        if (!RowcoachProtocol.isGyroRangeCode(gyroRangeCode)) {
            require(false, "gyroscope range code must be 0–5, got " + gyroRangeCode);
        }
        require(raw != null, "raw values are required");
        int axes = gyroPresent ? 6 : 3;
        int max = gyroPresent ? RowcoachProtocol.MAX_SAMPLES_WITH_GYRO : RowcoachProtocol.MAX_SAMPLES_ACCEL_ONLY;
        if (raw.length % axes != 0) {
            require(false, raw.length + " raw values are not whole samples of " + axes + " axes");
        }
        if (raw.length / axes < 1 || raw.length / axes > max) {
            require(false, "a frame carries 1–" + max + " samples, got " + raw.length / axes);
        }
        // Arrays.copyOf, not clone(): the quick compiler the launcher runs short jobs with calls into the VM for
        // clone() (JVM_Clone, a few hundred ns), once a frame; copyOf is a plain array copy.
        raw = Arrays.copyOf(raw, raw.length);
    }

    @Override
    public MessageType type() {
        return MessageType.SAMPLES;
    }

    /** Values per sample: 6 with gyroscope, 3 without. */
    public int axes() {
        return gyroPresent ? 6 : 3;
    }

    /** Samples in this frame. */
    public int count() {
        return raw.length / axes();
    }

    /** Raw count of {@code axis} (0–2 ax, ay, az; 3–5 gx, gy, gz) of sample {@code index}. */
    public short raw(int index, int axis) {
        return raw[index * axes() + axis];
    }

    /** A copy of the raw values. */
    @Override
    public short[] raw() {
        return Arrays.copyOf(raw, raw.length);
    }

    /** Accelerometer full scale, ± g. */
    public int accelRangeG() {
        return RowcoachProtocol.accelRangeG(accelRangeCode);
    }

    /** Gyroscope full scale, ± °/s (meaningful only with {@link #gyroPresent()}). */
    public int gyroRangeDps() {
        return RowcoachProtocol.gyroRangeDps(gyroRangeCode);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SamplesMessage m && sequence == m.sequence && timestampUs == m.timestampUs
                && periodUs == m.periodUs && gyroPresent == m.gyroPresent && accelRangeCode == m.accelRangeCode
                && gyroRangeCode == m.gyroRangeCode && Arrays.equals(raw, m.raw);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sequence) * 31 + Long.hashCode(timestampUs) * 17 + Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "SamplesMessage[sequence=" + sequence + ", timestampUs=" + timestampUs + ", periodUs=" + periodUs
                + ", gyroPresent=" + gyroPresent + ", accelRangeCode=" + accelRangeCode + ", gyroRangeCode="
                + gyroRangeCode + ", raw=" + Arrays.toString(raw) + "]";
    }
}
