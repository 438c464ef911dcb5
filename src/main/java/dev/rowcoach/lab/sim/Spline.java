package dev.rowcoach.lab.sim;

import java.util.Arrays;

/**
 * One coordinate of the simulated motion as a smooth function of time: quintic polynomial pieces
 * between knots that each fix the value, the rate and the second derivative, so value, rate and
 * acceleration are continuous everywhere (the jerk may step at a knot). A piece between two knots at
 * rest with equal values is exactly constant. Before the first knot and after the last the value holds,
 * so both end knots must be at rest.
 */
final class Spline {

    private final double[] times;
    /** Six coefficients per piece in the normalised time τ = (t − t0) / (t1 − t0), lowest power first. */
    private final double[] coefficients;
    private final double firstValue;
    private final double lastValue;

    private Spline(double[] times, double[] coefficients, double firstValue, double lastValue) {
        this.times = times;
        this.coefficients = coefficients;
        this.firstValue = firstValue;
        this.lastValue = lastValue;
    }

    /** A spline that starts at rest at {@code value} at time {@code startS}. */
    static Builder startingAt(double startS, double value) {
        return new Builder(startS, value);
    }

    /** The constant function {@code value}. */
    static Spline constant(double value) {
        return startingAt(0, value).build();
    }

    /** Value at time {@code t} (s). */
    double value(double t) {
        int i = piece(t);
        if (i < 0) {
            return i == -1 ? firstValue : lastValue;
        }
        double tau = tau(i, t);
        int c = 6 * i;
        return coefficients[c] + tau * (coefficients[c + 1] + tau * (coefficients[c + 2] + tau * (coefficients[c + 3]
                + tau * (coefficients[c + 4] + tau * coefficients[c + 5]))));
    }

    /** First derivative at {@code t}, per second. */
    double rate(double t) {
        int i = piece(t);
        if (i < 0) {
            return 0;
        }
        double tau = tau(i, t);
        int c = 6 * i;
        double d = coefficients[c + 1] + tau * (2 * coefficients[c + 2] + tau * (3 * coefficients[c + 3]
                + tau * (4 * coefficients[c + 4] + tau * 5 * coefficients[c + 5])));
        return d / (times[i + 1] - times[i]);
    }

    /** Second derivative at {@code t}, per second squared. */
    double accel(double t) {
        int i = piece(t);
        if (i < 0) {
            return 0;
        }
        double tau = tau(i, t);
        int c = 6 * i;
        double d = 2 * coefficients[c + 2] + tau * (6 * coefficients[c + 3] + tau * (12 * coefficients[c + 4]
                + tau * 20 * coefficients[c + 5]));
        double span = times[i + 1] - times[i];
        return d / (span * span);
    }

    /** Index of the piece holding {@code t}; -1 before the first knot, -2 after the last. */
    private int piece(double t) {
        if (coefficients.length == 0 || t < times[0]) {
            return -1;
        }
        if (t >= times[times.length - 1]) {
            return -2;
        }
        int i = Arrays.binarySearch(times, t);
        return i >= 0 ? Math.min(i, times.length - 2) : -i - 2;
    }

    private double tau(int i, double t) {
        return (t - times[i]) / (times[i + 1] - times[i]);
    }

    /** Appends knots in time order; every knot after the first is reached from the previous one by one piece. */
    static final class Builder {

        private double[] times = new double[16];
        private double[] values = new double[16];
        private double[] rates = new double[16];
        private double[] accels = new double[16];
        private int count;

        private Builder(double startS, double value) {
            put(startS, value, 0, 0);
        }

        /** Time of the last knot, s. */
        double lastTimeS() {
            return times[count - 1];
        }

        /** Value at the last knot. */
        double lastValue() {
            return values[count - 1];
        }

        /**
         * Holds the last value until {@code startS} (when later than the last knot; the last knot must then
         * be at rest), then moves to {@code value} with the given rate and acceleration at {@code endS}.
         *
         * @throws IllegalArgumentException when a time goes backwards or a hold starts from motion
         */
        Builder move(double startS, double endS, double value, double rate, double accel) {
            holdUntil(startS);
            return knot(endS, value, rate, accel);
        }

        /** Moves to {@code value} at rest at {@code endS}, starting at {@code startS}. */
        Builder moveTo(double startS, double endS, double value) {
            return move(startS, endS, value, 0, 0);
        }

        /** Holds the last value until {@code t}; nothing when {@code t} is not later than the last knot. */
        Builder holdUntil(double t) {
            double last = lastTimeS();
            if (t > last) {
                if (rates[count - 1] != 0 || accels[count - 1] != 0) {
                    throw new IllegalArgumentException("cannot hold at " + last + " s: the coordinate is moving");
                }
                put(t, lastValue(), 0, 0);
            } else if (t < last - 1e-12) {
                throw new IllegalArgumentException("time goes backwards: " + t + " s after a knot at " + last + " s");
            }
            return this;
        }

        /** Adds a knot reached from the previous one by one piece. */
        Builder knot(double t, double value, double rate, double accel) {
            if (!(t > lastTimeS())) {
                throw new IllegalArgumentException("knot at " + t + " s is not after the previous one at " + lastTimeS() + " s");
            }
            if (!Double.isFinite(value) || !Double.isFinite(rate) || !Double.isFinite(accel)) {
                throw new IllegalArgumentException("knot values must be finite");
            }
            put(t, value, rate, accel);
            return this;
        }

        Spline build() {
            if (rates[count - 1] != 0 || accels[count - 1] != 0) {
                throw new IllegalStateException("a spline must end at rest");
            }
            double[] coefficients = new double[6 * (count - 1)];
            for (int i = 0; i + 1 < count; i++) {
                quintic(times[i + 1] - times[i], values[i], rates[i], accels[i], values[i + 1], rates[i + 1],
                        accels[i + 1], coefficients, 6 * i);
            }
            return new Spline(Arrays.copyOf(times, count), coefficients, values[0], values[count - 1]);
        }

        private void put(double t, double value, double rate, double accel) {
            if (count == times.length) {
                int n = 2 * count;
                times = Arrays.copyOf(times, n);
                values = Arrays.copyOf(values, n);
                rates = Arrays.copyOf(rates, n);
                accels = Arrays.copyOf(accels, n);
            }
            times[count] = t;
            values[count] = value;
            rates[count] = rate;
            accels[count] = accel;
            count++;
        }
    }

    /**
     * Coefficients in τ of the quintic over a piece of {@code spanS} seconds that starts at (p0, v0, a0) and
     * ends at (p1, v1, a1), rates per second and accelerations per second squared.
     */
    static void quintic(double spanS, double p0, double v0, double a0, double p1, double v1, double a1,
                        double[] out, int off) {
        double c1 = v0 * spanS;
        double c2 = a0 * spanS * spanS / 2;
        double p = p1 - p0 - c1 - c2;
        double v = v1 * spanS - c1 - 2 * c2;
        double a = a1 * spanS * spanS - 2 * c2;
        out[off] = p0;
        out[off + 1] = c1;
        out[off + 2] = c2;
        out[off + 3] = 10 * p - 4 * v + a / 2;
        out[off + 4] = -15 * p + 7 * v - a;
        out[off + 5] = 6 * p - 3 * v + a / 2;
    }
}
