package dev.rowcoach.lab.sim;

import java.util.List;
import java.util.SplittableRandom;

/**
 * How far the torso rises during each rep's concentric, degrees. Drawn values keep a margin of 1° from the
 * grade thresholds (10° and 25°) so that a profile's intent survives; the truth labels are measured from
 * the generated motion either way.
 */
public sealed interface SwingProfile {

    /** All reps strict: 0–6°. */
    record Strict() implements SwingProfile {
        @Override
        public double[] degrees(int reps, SplittableRandom rnd) {
            return draw(reps, 0, 6, rnd);
        }
    }

    /** Every rep with controlled body English: 11–24°. */
    record Cheat() implements SwingProfile {
        @Override
        public double[] degrees(int reps, SplittableRandom rnd) {
            return draw(reps, 11, 24, rnd);
        }
    }

    /** Strict reps, then the last {@code reps} reps cheated with 11–19°. */
    record CheatLast(int reps) implements SwingProfile {
        public CheatLast {
            if (reps < 1) {
                throw new IllegalArgumentException("cheat-last needs at least 1 rep, got " + reps);
            }
        }

        @Override
        public double[] degrees(int n, SplittableRandom rnd) {
            double[] out = new Strict().degrees(n, rnd);
            for (int i = Math.max(0, n - reps); i < n; i++) {
                out[i] = 11 + 8 * rnd.nextDouble();
            }
            return out;
        }
    }

    /** Every rep with excessive swing: 27–40°. */
    record Excessive() implements SwingProfile {
        @Override
        public double[] degrees(int reps, SplittableRandom rnd) {
            return draw(reps, 27, 40, rnd);
        }
    }

    /** Exactly these swings, one per rep, degrees (0–45). */
    record Explicit(List<Double> swingsDeg) implements SwingProfile {
        public Explicit {
            swingsDeg = List.copyOf(swingsDeg);
            for (double s : swingsDeg) {
                if (!(s >= 0 && s <= MAX_DEG)) {
                    throw new IllegalArgumentException("a swing must be 0–" + (int) MAX_DEG + "°, got " + s);
                }
            }
        }

        @Override
        public double[] degrees(int reps, SplittableRandom rnd) {
            if (reps != swingsDeg.size()) {
                throw new IllegalArgumentException(swingsDeg.size() + " swings given for " + reps + " reps");
            }
            double[] out = new double[reps];
            for (int i = 0; i < reps; i++) {
                out[i] = swingsDeg.get(i);
            }
            return out;
        }
    }

    /** Largest swing a plan may ask for, degrees. */
    double MAX_DEG = 45;

    /** One swing per rep, degrees. */
    double[] degrees(int reps, SplittableRandom rnd);

    /** Whether every rep of this profile has no swing at all. */
    default boolean none() {
        return this instanceof Explicit e && e.swingsDeg().stream().allMatch(s -> s == 0);
    }

    private static double[] draw(int reps, double lo, double hi, SplittableRandom rnd) {
        double[] out = new double[reps];
        for (int i = 0; i < reps; i++) {
            out[i] = lo + (hi - lo) * rnd.nextDouble();
        }
        return out;
    }
}
