package dev.rowcoach.lab.sim;

import java.util.SplittableRandom;

/** Draws used across the simulator, from a seeded {@link SplittableRandom} so every session is reproducible. */
final class Rand {

    private Rand() {
    }

    /** Uniform in [lo, hi). */
    static double uniform(SplittableRandom rnd, double lo, double hi) {
        return lo + (hi - lo) * rnd.nextDouble();
    }

    /** Standard normal, by the Box–Muller transform (our own, so output never depends on the JDK's algorithm). */
    static double gaussian(SplittableRandom rnd) {
        double u1 = 1.0 - rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** True with probability {@code p}. */
    static boolean chance(SplittableRandom rnd, double p) {
        return rnd.nextDouble() < p;
    }

    /** {@code v} limited to [lo, hi]. */
    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
