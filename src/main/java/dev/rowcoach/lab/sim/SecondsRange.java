package dev.rowcoach.lab.sim;

import java.util.SplittableRandom;

/**
 * A duration a plan gives as one value ({@code 1.5}) or a range ({@code 1-3}), drawn per rep.
 *
 * @param minS shortest, s
 * @param maxS longest, s (≥ {@code minS})
 */
public record SecondsRange(double minS, double maxS) {

    public SecondsRange {
        if (!(minS >= 0 && maxS >= minS && Double.isFinite(maxS))) {
            throw new IllegalArgumentException("a duration range must satisfy 0 ≤ min ≤ max, got " + minS + "–" + maxS);
        }
    }

    /** One value, uniform in the range; a single value is returned without drawing. */
    double draw(SplittableRandom rnd) {
        return maxS == minS ? minS : Rand.uniform(rnd, minS, maxS);
    }
}
