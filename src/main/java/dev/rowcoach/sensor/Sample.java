package dev.rowcoach.sensor;

/**
 * One inertial sample as the sensor measured it, in the sensor's own axes.
 *
 * <p>Every wire format decodes into a stream of these; nothing downstream knows where they came from.
 *
 * @param timeUs device clock in microseconds, already unwrapped to 64 bits (monotonic within a stream,
 *               but may restart after a device reset, which the decoder reports as a {@link Gap})
 * @param ax specific force along the sensor x axis, m/s² (at rest the vector reads about +9.81 upwards)
 * @param ay specific force along y, m/s²
 * @param az specific force along z, m/s²
 * @param gx angular rate about x, rad/s; {@code NaN} when the source has no gyroscope
 * @param gy angular rate about y, rad/s; {@code NaN} when absent
 * @param gz angular rate about z, rad/s; {@code NaN} when absent
 */
public record Sample(long timeUs, double ax, double ay, double az, double gx, double gy, double gz) {

    /** Standard gravity, m/s², used to convert sensor units given in g. */
    public static final double STANDARD_GRAVITY = 9.80665;

    /** A sample from a source without a gyroscope. */
    public static Sample accelOnly(long timeUs, double ax, double ay, double az) {
        return new Sample(timeUs, ax, ay, az, Double.NaN, Double.NaN, Double.NaN);
    }

    /** Whether the angular-rate fields hold a measurement. */
    public boolean hasGyro() {
        return !Double.isNaN(gx);
    }

    /** Magnitude of the specific force, m/s². */
    public double accelNorm() {
        return Math.sqrt(ax * ax + ay * ay + az * az);
    }

    /** Whether this sample carries the same measurement as {@code other} (times may differ). */
    public boolean sameValues(Sample other) {
        return Double.compare(ax, other.ax) == 0 && Double.compare(ay, other.ay) == 0
                && Double.compare(az, other.az) == 0 && Double.compare(gx, other.gx) == 0
                && Double.compare(gy, other.gy) == 0 && Double.compare(gz, other.gz) == 0;
    }
}
