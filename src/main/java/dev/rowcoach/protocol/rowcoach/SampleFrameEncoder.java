package dev.rowcoach.protocol.rowcoach;

import dev.rowcoach.sensor.Sample;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Encodes a stream of physical samples the way the reference firmware does: a DEVICE_INFO frame, then
 * SAMPLES frames of up to {@code samplesPerFrame} samples each, quantised to int16 at the configured full
 * scales (values beyond full scale saturate, as a real sensor does). Used by the simulator and tests.
 *
 * <p>A frame carries the device time of its first sample and the nominal period; samples inside a frame
 * are assumed evenly spaced, so input jitter within a frame is not preserved (between frames it is).
 */
public final class SampleFrameEncoder {

    private final int accelCode;
    private final int gyroCode;
    private final boolean gyro;
    private final double accelCountsPerMps2;
    private final double gyroCountsPerRads;
    private final long periodUs;
    private final int samplesPerFrame;
    private final short[] raw;
    private int count;
    private long sequence;
    private long frameStartUs;

    /**
     * @param accelRangeG     accelerometer full scale, ± g (2, 4, 8, 16 or 32)
     * @param gyroRangeDps    gyroscope full scale, ± °/s (125 … 4000), or 0 for an accelerometer-only device
     * @param rateHz          nominal output rate, Hz (sets the period written in each frame)
     * @param samplesPerFrame samples per SAMPLES frame, 1 … the protocol's maximum
     * @throws IllegalArgumentException when a value has no protocol code or is out of range
     */
    public SampleFrameEncoder(int accelRangeG, int gyroRangeDps, double rateHz, int samplesPerFrame) {
        this.gyro = gyroRangeDps != 0;
        this.accelCode = RowcoachProtocol.accelRangeCode(accelRangeG);
        this.gyroCode = gyro ? RowcoachProtocol.gyroRangeCode(gyroRangeDps) : 0;
        int max = gyro ? RowcoachProtocol.MAX_SAMPLES_WITH_GYRO : RowcoachProtocol.MAX_SAMPLES_ACCEL_ONLY;
        if (samplesPerFrame < 1 || samplesPerFrame > max) {
            throw new IllegalArgumentException("samples per frame must be 1–" + max + ", got " + samplesPerFrame);
        }
        if (!(rateHz > 0 && rateHz <= 1e6)) {
            throw new IllegalArgumentException("rate must be in (0, 1e6] Hz, got " + rateHz);
        }
        this.accelCountsPerMps2 = 32768.0 / (accelRangeG * Sample.STANDARD_GRAVITY);
        this.gyroCountsPerRads = gyro ? 32768.0 / Math.toRadians(gyroRangeDps) : 0;
        this.periodUs = Math.max(1, Math.round(1e6 / rateHz));
        this.samplesPerFrame = samplesPerFrame;
        this.raw = new short[samplesPerFrame * (gyro ? 6 : 3)];
    }

    /** The DEVICE_INFO frame announcing this configuration. */
    public byte[] deviceInfo(String model, long deviceId, int fwMajor, int fwMinor, int fwPatch) {
        long rateMilliHz = Math.round(1e9 / periodUs);
        return RowcoachEncoder.encode(new DeviceInfoMessage(fwMajor, fwMinor, fwPatch, gyro, deviceId, accelCode,
                gyroCode, rateMilliHz, model));
    }

    /**
     * Adds one sample (its gyro is ignored by an accelerometer-only encoder, and must be present otherwise).
     * Returns the encoded frame when this sample filled one, else an empty array.
     */
    public byte[] add(Sample s) {
        if (gyro && !s.hasGyro()) {
            throw new IllegalArgumentException("a gyro device needs samples with angular rate");
        }
        if (count == 0) {
            frameStartUs = s.timeUs();
        }
        int axes = gyro ? 6 : 3;
        int i = count * axes;
        raw[i] = quantise(s.ax() * accelCountsPerMps2);
        raw[i + 1] = quantise(s.ay() * accelCountsPerMps2);
        raw[i + 2] = quantise(s.az() * accelCountsPerMps2);
        if (gyro) {
            raw[i + 3] = quantise(s.gx() * gyroCountsPerRads);
            raw[i + 4] = quantise(s.gy() * gyroCountsPerRads);
            raw[i + 5] = quantise(s.gz() * gyroCountsPerRads);
        }
        count++;
        return count == samplesPerFrame ? flush() : new byte[0];
    }

    /** Encodes the samples held (a short last frame), or returns an empty array when none are held. */
    public byte[] flush() {
        if (count == 0) {
            return new byte[0];
        }
        int axes = gyro ? 6 : 3;
        SamplesMessage m = new SamplesMessage(sequence & RowcoachProtocol.U32_MAX, frameStartUs & RowcoachProtocol.U32_MAX,
                periodUs, gyro, accelCode, gyroCode, Arrays.copyOf(raw, count * axes));
        sequence += count;
        count = 0;
        return RowcoachEncoder.encode(m);
    }

    /** Encodes a whole list of samples after a DEVICE_INFO frame, as one byte stream. */
    public byte[] encodeAll(Iterable<Sample> samples, String model, long deviceId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(deviceInfo(model, deviceId, 1, 0, 0));
        for (Sample s : samples) {
            out.writeBytes(add(s));
        }
        out.writeBytes(flush());
        return out.toByteArray();
    }

    private static short quantise(double counts) {
        return (short) Math.max(-32768, Math.min(32767, Math.round(counts)));
    }
}
