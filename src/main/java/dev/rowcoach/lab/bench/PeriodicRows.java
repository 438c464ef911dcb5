package dev.rowcoach.lab.bench;

import dev.rowcoach.sensor.Sample;

import java.util.Random;

/**
 * An endless, procedurally generated rowing stream for throughput and memory measurements: sets of
 * {@value #REPS_PER_SET} cosine strokes (0.45 m, 2.2 s each) separated by {@value #REST_S} s of rest,
 * read by a sensor mounted at a fixed tilt on a bar rolling ±8°, with white noise and a gyro bias.
 * Computed sample by sample (no stored signal), so the measurement sees only the pipeline's own memory.
 */
public final class PeriodicRows {

    static final int REPS_PER_SET = 8;
    static final double REST_S = 60;
    private static final double G = 9.80665;
    private static final double ROM_M = 0.45;
    private static final double PERIOD_S = 2.2;
    private static final double ROLL_RAD = Math.toRadians(8);

    private final double rateHz;
    private final Random noise;
    /** Sensor → bar rotation (rows of a fixed mount matrix). */
    private final double[][] mount;
    private long index;

    public PeriodicRows(double rateHz, long seed) {
        this.rateHz = rateHz;
        this.noise = new Random(seed);
        // A mount tilted about two axes: R = Rx(0.7) · Rz(0.4).
        double cx = Math.cos(0.7), sx = Math.sin(0.7), cz = Math.cos(0.4), sz = Math.sin(0.4);
        this.mount = new double[][] {{cz, -sz, 0}, {cx * sz, cx * cz, -sx}, {sx * sz, sx * cz, cx}};
    }

    /** Sets begun in {@code seconds} of stream (the last may be cut short). */
    public static long setsIn(double seconds) {
        double cycle = REPS_PER_SET * PERIOD_S + REST_S;
        long whole = (long) (seconds / cycle);
        return whole + (seconds - whole * cycle > 0 ? 1 : 0);
    }

    /** Whole reps in {@code seconds} of stream. */
    public static long repsIn(double seconds) {
        double cycle = REPS_PER_SET * PERIOD_S + REST_S;
        long whole = (long) (seconds / cycle);
        double rest = seconds - whole * cycle;
        return whole * REPS_PER_SET + Math.min(REPS_PER_SET, (long) (rest / PERIOD_S));
    }

    public Sample next() {
        double t = index++ / rateHz;
        double cycle = REPS_PER_SET * PERIOD_S + REST_S;
        double tr = t % cycle;
        boolean moving = tr < REPS_PER_SET * PERIOD_S;
        double w = 2 * Math.PI / PERIOD_S;
        double aUp = moving ? ROM_M / 2 * w * w * Math.cos(w * tr) : 0;
        double roll = moving ? ROLL_RAD * Math.sin(w * tr) : 0;
        double rollRate = moving ? ROLL_RAD * w * Math.cos(w * tr) : 0;
        // World specific force (0, 0, g + a) and rate (0, rollRate, 0) seen in the bar frame (rolled about y) ...
        double cr = Math.cos(roll), sr = Math.sin(roll);
        double bx = -sr * (G + aUp), by = 0, bz = cr * (G + aUp);
        // ... then in the sensor frame: f_s = Mᵀ f_bar.
        double fx = mount[0][0] * bx + mount[1][0] * by + mount[2][0] * bz;
        double fy = mount[0][1] * bx + mount[1][1] * by + mount[2][1] * bz;
        double fz = mount[0][2] * bx + mount[1][2] * by + mount[2][2] * bz;
        double gx = mount[1][0] * rollRate, gy = mount[1][1] * rollRate, gz = mount[1][2] * rollRate;
        long timeUs = Math.round(t * 1e6);
        return new Sample(timeUs, fx + 0.02 * noise.nextGaussian(), fy + 0.02 * noise.nextGaussian(),
                fz + 0.02 * noise.nextGaussian(), gx + 0.05 + 0.002 * noise.nextGaussian(),
                gy - 0.03 + 0.002 * noise.nextGaussian(), gz + 0.002 * noise.nextGaussian());
    }
}
