package dev.rowcoach.protocol.phone;

import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.StreamListener;

import java.util.Arrays;

/**
 * Joins a phone's readings, which arrive per sensor with their own timestamps, into one {@link Sample} stream on the
 * accelerometer's timeline, as the export merger does for exported files (docs/IMPORT.md): the gyroscope is
 * interpolated linearly between its readings around each accelerometer reading when they are at most three of its
 * periods apart, else the nearest within one period is held; gravity, when the acceleration is gravity-free, is
 * interpolated the same way without a limit and added back. Because readings of the other sensors after an
 * accelerometer reading may come in the next message, an accelerometer reading waits (at most three gyroscope
 * periods of newer accelerometer data) for them; {@link #flush(boolean)} at the end of each message emits what is
 * complete. Readings not later than the previous of their sensor are refused ({@code false}: a repeated or late
 * reading), so the stream stays in time order. A jump of more than ten periods of the accelerometer, and at least
 * 250 ms, is reported as a gap. Values are in m/s² and rad/s times the scales the decoder sets.
 */
final class PhoneMerger {

    private static final long GAP_MIN_US = 250_000;
    private static final double GAP_PERIODS = 10;
    /** Gravity-free acceleration waits this long (device time) for its first gravity reading, µs. */
    private static final long GRAVITY_WAIT_US = 5_000_000;

    private final StreamListener out;
    private final Track accel = new Track();
    private final Track gyro = new Track();
    private final Track gravity = new Track();
    private final double[] g = new double[3];
    private final double[] w = new double[3];
    private boolean withGravity = true;
    private double accelScale = Double.NaN;
    private double gyroScale = 1;
    private long lastOut = Long.MIN_VALUE;
    private long withoutGravity;

    PhoneMerger(StreamListener out) {
        this.out = out;
    }

    /** Whether the acceleration includes gravity (else gravity readings are added back). */
    void withGravity(boolean with) {
        withGravity = with;
    }

    /** Multiplies accelerometer (and gravity) values into m/s², sign included; NaN holds them until it is known. */
    void accelScale(double k) {
        accelScale = k;
    }

    boolean accelScaleKnown() {
        return !Double.isNaN(accelScale);
    }

    void gyroScale(double k) {
        gyroScale = k;
    }

    boolean accel(long t, double x, double y, double z) {
        return accel.add(t, x, y, z);
    }

    boolean gyro(long t, double x, double y, double z) {
        return gyro.add(t, x, y, z);
    }

    boolean gravity(long t, double x, double y, double z) {
        return gravity.add(t, x, y, z);
    }

    /** The newest accelerometer time taken, µs, or {@link Long#MIN_VALUE}. */
    long lastAccelUs() {
        return accel.lastIn;
    }

    /** The newest gyroscope time taken, µs, or {@link Long#MIN_VALUE}. */
    long lastGyroUs() {
        return gyro.lastIn;
    }

    /** Accelerometer readings dropped because no gravity reading came for them. */
    long withoutGravity() {
        return withoutGravity;
    }

    /** A new run of the device clock (the app restarted its recording): everything pending is emitted first. */
    void restart() {
        flush(true);
        accel.reset();
        gyro.reset();
        gravity.reset();
        lastOut = Long.MIN_VALUE;
    }

    /**
     * Emits every accelerometer reading whose gyroscope (and gravity) values are known or will not come.
     *
     * @param end nothing more will arrive: emit everything
     */
    void flush(boolean end) {
        if (Double.isNaN(accelScale)) {
            if (!end) {
                return;
            }
            accelScale = 1;
        }
        while (!accel.rows.isEmpty()) {
            long t = accel.rows.headT();
            boolean hasGravity = true;
            if (!withGravity) {
                int r = gravity.at(t, accel.lastIn, end, Long.MAX_VALUE, Long.MAX_VALUE,
                        gravity.lastIn == Long.MIN_VALUE ? GRAVITY_WAIT_US : 0, g);
                if (r < 0) {
                    return;
                }
                hasGravity = r > 0;
            }
            int r = gyro.lastIn == Long.MIN_VALUE ? 0
                    : gyro.at(t, accel.lastIn, end, Math.round(3 * gyro.stepUs), Math.round(gyro.stepUs),
                    Math.round(3 * gyro.stepUs), w);
            if (r < 0) {
                return;
            }
            double ax = accel.rows.headX(), ay = accel.rows.headY(), az = accel.rows.headZ();
            accel.rows.pop();
            if (!hasGravity) {
                withoutGravity++;
                continue;
            }
            if (!withGravity) {
                ax += g[0];
                ay += g[1];
                az += g[2];
            }
            long gapUs = Double.isNaN(accel.stepUs) ? GAP_MIN_US : Math.max(GAP_MIN_US, Math.round(GAP_PERIODS * accel.stepUs));
            if (lastOut != Long.MIN_VALUE && t - lastOut > gapUs) {
                long missing = Double.isNaN(accel.stepUs) ? -1 : Math.max(0, Math.round((t - lastOut) / accel.stepUs) - 1);
                out.gap(new Gap(lastOut, t, missing, Gap.Cause.TIME_JUMP));
            }
            lastOut = t;
            double k = accelScale;
            out.sample(r > 0 ? new Sample(t, ax * k, ay * k, az * k, w[0] * gyroScale, w[1] * gyroScale, w[2] * gyroScale)
                    : Sample.accelOnly(t, ax * k, ay * k, az * k));
        }
    }

    /** One sensor's readings: those not used yet, and the last one used (the left side of an interpolation). */
    private static final class Track {
        final Rows rows = new Rows();
        long lastIn = Long.MIN_VALUE;
        /** Typical step between readings, µs: a slow average of the steps, NaN before two readings. */
        double stepUs = Double.NaN;
        long t0;
        final double[] v0 = new double[3];
        boolean has0;

        boolean add(long t, double x, double y, double z) {
            if (lastIn != Long.MIN_VALUE && t <= lastIn) {
                return false;
            }
            if (lastIn != Long.MIN_VALUE) {
                double step = t - lastIn;
                // Steps longer than a second are pauses, not the rate.
                if (step < 1_000_000) {
                    stepUs = Double.isNaN(stepUs) ? step : stepUs + 0.05 * (step - stepUs);
                }
            }
            rows.push(t, x, y, z);
            lastIn = t;
            return true;
        }

        void reset() {
            rows.clear();
            lastIn = Long.MIN_VALUE;
            stepUs = Double.NaN;
            has0 = false;
        }

        /**
         * The value at {@code t} into {@code v}.
         *
         * @param newest the newest accelerometer time: a reading after {@code t} is waited for while it is at most
         *               {@code waitUs} after {@code t}
         * @return 1 found, 0 none near {@code t}, -1 wait for more readings
         */
        int at(long t, long newest, boolean end, long maxSpanUs, long holdUs, long waitUs, double[] v) {
            while (!rows.isEmpty() && rows.headT() <= t) {
                t0 = rows.headT();
                v0[0] = rows.headX();
                v0[1] = rows.headY();
                v0[2] = rows.headZ();
                has0 = true;
                rows.pop();
            }
            if (has0 && t0 == t) {
                System.arraycopy(v0, 0, v, 0, 3);
                return 1;
            }
            if (!rows.isEmpty()) {
                long t1 = rows.headT();
                if (has0 && t1 - t0 <= maxSpanUs) {
                    double f = (double) (t - t0) / (t1 - t0);
                    v[0] = v0[0] + f * (rows.headX() - v0[0]);
                    v[1] = v0[1] + f * (rows.headY() - v0[1]);
                    v[2] = v0[2] + f * (rows.headZ() - v0[2]);
                    return 1;
                }
                boolean near0 = has0 && t - t0 <= holdUs;
                boolean near1 = t1 - t <= holdUs;
                if (near0 && (!near1 || t - t0 <= t1 - t)) {
                    System.arraycopy(v0, 0, v, 0, 3);
                    return 1;
                }
                if (near1) {
                    v[0] = rows.headX();
                    v[1] = rows.headY();
                    v[2] = rows.headZ();
                    return 1;
                }
                return 0;
            }
            if (!end && newest - t <= waitUs) {
                return -1;
            }
            if (has0 && t - t0 <= holdUs) {
                System.arraycopy(v0, 0, v, 0, 3);
                return 1;
            }
            return 0;
        }
    }

    /** A growable ring of (time, x, y, z) rows. */
    private static final class Rows {
        private long[] t = new long[256];
        private double[] x = new double[256], y = new double[256], z = new double[256];
        private int head, size;

        boolean isEmpty() {
            return size == 0;
        }

        void clear() {
            head = 0;
            size = 0;
        }

        void push(long time, double vx, double vy, double vz) {
            if (size == t.length) {
                grow();
            }
            int i = (head + size) % t.length;
            t[i] = time;
            x[i] = vx;
            y[i] = vy;
            z[i] = vz;
            size++;
        }

        long headT() {
            return t[head];
        }

        double headX() {
            return x[head];
        }

        double headY() {
            return y[head];
        }

        double headZ() {
            return z[head];
        }

        void pop() {
            head = (head + 1) % t.length;
            size--;
        }

        private void grow() {
            int n = t.length * 2;
            long[] t2 = new long[n];
            double[] x2 = new double[n], y2 = new double[n], z2 = new double[n];
            for (int i = 0; i < size; i++) {
                int k = (head + i) % t.length;
                t2[i] = t[k];
                x2[i] = x[k];
                y2[i] = y[k];
                z2[i] = z[k];
            }
            t = t2;
            x = x2;
            y = y2;
            z = z2;
            head = 0;
        }
    }
}
