package dev.rowcoach.protocol.text;

import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;

/**
 * Writes samples in the rowcoach ASCII protocol, in m/s² and rad/s.
 *
 * <p>What a value needs depends on where it came from. A sensor measures int16 counts times a scale (its
 * full scale over 32768); when the stream states its full scale ({@link SensorInfo#accelRangeG()},
 * {@link SensorInfo#gyroRangeDps()}) and a value lies on that count grid, it is written with
 * {@value #COUNT_DIGITS} significant digits, trailing zeros dropped: enough to give back its count (the
 * text is within 0.02 of a count of the value, so rounding to the grid recovers it exactly) in about half
 * the bytes of a double's 16–17 digits, and within the text decoders' exact fast path. Every other value
 * (no stated full scale, or off the grid: phone exports, computed data) is written with the shortest
 * decimal that reads back to the same double, so nothing is lost.
 */
public final class AsciiEncoder {

    /** Significant digits of a value on a sensor's 16-bit count grid: |count| ≤ 32768 is identified with 5e-7 × 32768 < 0.02 counts to spare. */
    static final int COUNT_DIGITS = 7;
    private static final double COUNTS_FULL_SCALE = 32768.0;
    /** How far from a whole count a value may be and still be a count times the scale (rounding in the scale's product), counts. */
    private static final double ON_GRID = 1e-6;
    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

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
     * Appends one data line for {@code s}, every value written so that it reads back to the same double;
     * gyro columns only when {@code gyro}, left empty for a sample without angular rate.
     */
    public static void appendSample(StringBuilder b, Sample s, boolean gyro) {
        appendSample(b, s, gyro, SensorInfo.UNKNOWN);
    }

    /**
     * As {@link #appendSample(StringBuilder, Sample, boolean)}, with values on the count grid of
     * {@code info}'s full scales written with {@value #COUNT_DIGITS} significant digits (see the class
     * comment).
     */
    public static void appendSample(StringBuilder b, Sample s, boolean gyro, SensorInfo info) {
        double accelStep = info.accelRangeG() == null ? 0 : info.accelRangeG() * Sample.STANDARD_GRAVITY / COUNTS_FULL_SCALE;
        double gyroStep = info.gyroRangeDps() == null ? 0 : Math.toRadians(info.gyroRangeDps()) / COUNTS_FULL_SCALE;
        b.append(s.timeUs());
        appendValue(b.append(','), s.ax(), accelStep);
        appendValue(b.append(','), s.ay(), accelStep);
        appendValue(b.append(','), s.az(), accelStep);
        if (gyro && s.hasGyro()) {
            appendValue(b.append(','), s.gx(), gyroStep);
            appendValue(b.append(','), s.gy(), gyroStep);
            appendValue(b.append(','), s.gz(), gyroStep);
        } else if (gyro) {
            b.append(",,,");
        }
        b.append('\n');
    }

    /**
     * {@code v} with {@value #COUNT_DIGITS} significant digits when it is a whole number of {@code step}s
     * (and those digits give the count back), else the shortest text that reads back to {@code v}.
     *
     * @param step one count of the sensor, in the value's unit; 0 when unknown
     */
    static void appendValue(StringBuilder b, double v, double step) {
        if (step > 0 && v != 0 && Double.isFinite(v)) {
            double count = Math.rint(v / step);
            if (Math.abs(v / step - count) <= ON_GRID && Math.abs(count) <= COUNTS_FULL_SCALE) {
                if (appendDigits(b, v, count, step)) {
                    return;
                }
            }
        }
        b.append(v);
    }

    /**
     * Appends {@code v} rounded to {@value #COUNT_DIGITS} significant digits, trailing zeros dropped, in
     * plain notation; false, appending nothing, when that text would not give {@code count} back or
     * {@code |v|} is outside 1e-16 … 1e7.
     */
    private static boolean appendDigits(StringBuilder b, double v, double count, double step) {
        double a = Math.abs(v);
        int exp = (int) Math.floor(Math.log10(a)); // decimal exponent of the leading digit
        int shift = COUNT_DIGITS - 1 - exp; // digits = a × 10^shift
        if (shift < 0 || shift >= POW10.length) {
            return false;
        }
        long digits = Math.round(a * POW10[shift]);
        if (digits >= (long) POW10[COUNT_DIGITS]) { // rounding carried into an eighth digit (or log10 was low)
            if (shift == 0) {
                return false;
            }
            shift--;
            digits = Math.round(a * POW10[shift]);
        }
        while (shift > 0 && digits % 10 == 0) {
            digits /= 10;
            shift--;
        }
        double written = digits / POW10[shift];
        if (Math.rint(written / step) != Math.abs(count)) {
            return false;
        }
        if (v < 0) {
            b.append('-');
        }
        int start = b.length();
        b.append(digits);
        int length = b.length() - start;
        for (int i = length; i <= shift; i++) {
            b.insert(start, '0'); // leading zeros of a value below 1
        }
        if (shift > 0) {
            b.insert(b.length() - shift, '.');
        }
        return true;
    }

    /** Metadata values are single words: whitespace becomes '_' so the line stays parseable. */
    private static void appendKey(StringBuilder b, String key, String value) {
        if (value != null && !value.isBlank()) {
            b.append(' ').append(key).append('=').append(value.trim().replaceAll("\\s+", "_"));
        }
    }
}
