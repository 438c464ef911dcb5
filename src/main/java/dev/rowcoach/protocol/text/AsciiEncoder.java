package dev.rowcoach.protocol.text;

import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;

/**
 * Writes samples in the rowcoach ASCII protocol. Values are written in m/s² and rad/s with the shortest
 * decimal that reads back to the same double, so decoding the output gives exactly the samples written.
 */
public final class AsciiEncoder {

    private AsciiEncoder() {
    }

    /** The metadata and column header lines for a stream with or without a gyroscope. */
    public static String header(SensorInfo info, boolean gyro) {
        StringBuilder b = new StringBuilder(Metadata.ASCII_MAGIC).append(" 1\n#");
        if (info.nominalRateHz() != null) {
            b.append(" rate_hz=").append(info.nominalRateHz());
        }
        b.append(" accel_unit=mps2");
        if (gyro) {
            b.append(" gyro_unit=rads");
        }
        appendKey(b, "model", info.model());
        appendKey(b, "device_id", info.deviceId());
        appendKey(b, "firmware", info.firmware());
        if (info.accelRangeG() != null) {
            b.append(" accel_range_g=").append(info.accelRangeG());
        }
        if (info.gyroRangeDps() != null) {
            b.append(" gyro_range_dps=").append(info.gyroRangeDps());
        }
        b.append('\n').append(gyro ? "t_us,ax,ay,az,gx,gy,gz" : "t_us,ax,ay,az").append('\n');
        return b.toString();
    }

    /**
     * Appends one data line for {@code s}; gyro columns only when {@code gyro}, left empty for a sample
     * without angular rate.
     */
    public static void appendSample(StringBuilder b, Sample s, boolean gyro) {
        b.append(s.timeUs()).append(',').append(s.ax()).append(',').append(s.ay()).append(',').append(s.az());
        if (gyro && s.hasGyro()) {
            b.append(',').append(s.gx()).append(',').append(s.gy()).append(',').append(s.gz());
        } else if (gyro) {
            b.append(",,,");
        }
        b.append('\n');
    }

    /** Metadata values are single words: whitespace becomes '_' so the line stays parseable. */
    private static void appendKey(StringBuilder b, String key, String value) {
        if (value != null && !value.isBlank()) {
            b.append(' ').append(key).append('=').append(value.trim().replaceAll("\\s+", "_"));
        }
    }
}
