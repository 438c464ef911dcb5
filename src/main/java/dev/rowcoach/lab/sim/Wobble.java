package dev.rowcoach.lab.sim;

import java.util.SplittableRandom;

/**
 * Small motion of a held bar that is not the lift: slow yaw and tilt wobble (0.3–2 Hz, bounded by the
 * implement's wobble limit) and physiological tremor of the bar's position (6–12 Hz, at most
 * 0.01–0.06 mm per direction: up to about 0.3 m/s²). Each is a sum of sinusoids, scaled by the "held" envelope of the
 * motion so a bar on the floor is still.
 */
final class Wobble {

    private static final int TERMS = 3;

    private final double[] yaw;
    private final double[] tilt;
    private final double[] tremorX;
    private final double[] tremorZ;

    private Wobble(double[] yaw, double[] tilt, double[] tremorX, double[] tremorZ) {
        this.yaw = yaw;
        this.tilt = tilt;
        this.tremorX = tremorX;
        this.tremorZ = tremorZ;
    }

    static Wobble random(Implement implement, SplittableRandom rnd) {
        double limit = Math.toRadians(implement.wobbleMaxDeg());
        return new Wobble(terms(rnd, limit, 0.3, 2), terms(rnd, limit, 0.3, 2),
                terms(rnd, Rand.uniform(rnd, 0.02e-3, 0.06e-3), 6, 12),
                terms(rnd, Rand.uniform(rnd, 0.02e-3, 0.06e-3), 6, 12));
    }

    /** No wobble and no tremor. */
    static Wobble none() {
        double[] zero = new double[3 * TERMS];
        return new Wobble(zero, zero, zero, zero);
    }

    double yawRad(double t) {
        return sum(yaw, t);
    }

    double tiltRad(double t) {
        return sum(tilt, t);
    }

    double tremorXM(double t) {
        return sum(tremorX, t);
    }

    double tremorZM(double t) {
        return sum(tremorZ, t);
    }

    /** Amplitudes (summing to at most {@code total}), frequencies and phases of {@value #TERMS} sinusoids. */
    private static double[] terms(SplittableRandom rnd, double total, double loHz, double hiHz) {
        double[] w = new double[TERMS];
        double sum = 0;
        for (int k = 0; k < TERMS; k++) {
            w[k] = rnd.nextDouble() + 0.1;
            sum += w[k];
        }
        double scale = Rand.uniform(rnd, 0.4, 1.0) * total / sum;
        double[] out = new double[3 * TERMS];
        for (int k = 0; k < TERMS; k++) {
            out[3 * k] = w[k] * scale;
            out[3 * k + 1] = 2 * Math.PI * Rand.uniform(rnd, loHz, hiHz);
            out[3 * k + 2] = Rand.uniform(rnd, 0, 2 * Math.PI);
        }
        return out;
    }

    private static double sum(double[] terms, double t) {
        double v = 0;
        for (int k = 0; k < terms.length; k += 3) {
            v += terms[k] * Math.sin(terms[k + 1] * t + terms[k + 2]);
        }
        return v;
    }
}
