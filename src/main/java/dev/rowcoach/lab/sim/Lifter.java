package dev.rowcoach.lab.sim;

import java.util.SplittableRandom;

/**
 * The simulated lifter's body, in the sagittal plane (x forward, z up), and strength. Drawn per session
 * from the seed; body sizes are correlated through one overall size so that long arms come with a tall
 * hip.
 *
 * @param torsoLengthM   hip to shoulder, m (0.45–0.60)
 * @param armLengthM     shoulder to the bar's axis with the arm straight, m (0.55–0.75)
 * @param hipStandM      hip height standing, m (0.85–1.05)
 * @param kneeBendM      how far the hip drops from standing into a free-standing row position, m (0.04–0.15)
 * @param bodyDepthM     distance of the bar's axis from the torso line at contact, m (0.09–0.15)
 * @param contactPosition where in the exercise's contact range the bar meets the torso, 0–1
 * @param torsoStyle     where in each exercise's torso-angle range this lifter rows, 0–1
 * @param pinnedTorsoDeg a torso angle forced for every exercise, degrees above horizontal, or null
 * @param oneRepMaxKg    barbell-row one-rep maximum, kg (70–150, more when the plan's loads need it); other
 *                       exercises scale it
 */
record Lifter(double torsoLengthM, double armLengthM, double hipStandM, double kneeBendM, double bodyDepthM,
                     double contactPosition, double torsoStyle, Double pinnedTorsoDeg, double oneRepMaxKg) {

    /** Range of a pinned torso angle, degrees. */
    static final double PINNED_MIN_DEG = 0;
    static final double PINNED_MAX_DEG = 70;

    Lifter {
        if (pinnedTorsoDeg != null && !(pinnedTorsoDeg >= PINNED_MIN_DEG && pinnedTorsoDeg <= PINNED_MAX_DEG)) {
            throw new IllegalArgumentException("torso angle must be " + PINNED_MIN_DEG + "–" + PINNED_MAX_DEG
                    + "°, got " + pinnedTorsoDeg);
        }
        if (!(torsoLengthM > 0 && armLengthM > 0 && hipStandM > 0 && oneRepMaxKg > 0)) {
            throw new IllegalArgumentException("body sizes and strength must be positive");
        }
    }

    /**
     * A lifter drawn from {@code rnd}; {@code pinnedTorsoDeg} may be null. The lifter is strong enough for the
     * plan: its heaviest load is at most 80–95 % of the lifter's maximum for that exercise.
     */
    static Lifter random(SplittableRandom rnd, Double pinnedTorsoDeg, SessionPlan plan) {
        double size = rnd.nextDouble();
        double torso = 0.45 + 0.15 * near(size, rnd);
        double arm = 0.55 + 0.20 * near(size, rnd);
        double hip = 0.85 + 0.20 * near(size, rnd);
        double strength = Rand.uniform(rnd, 70, 150);
        double heaviest = Rand.uniform(rnd, 0.80, 0.95);
        for (ExerciseBlock b : plan.blocks()) {
            if (b.loadKg() != null) {
                strength = Math.max(strength, b.loadKg() / b.exercise().oneRepMaxFactor() / heaviest);
            }
        }
        return new Lifter(torso, arm, hip, Rand.uniform(rnd, 0.04, 0.15), Rand.uniform(rnd, 0.09, 0.15),
                rnd.nextDouble(), rnd.nextDouble(), pinnedTorsoDeg, strength);
    }

    /**
     * A {@link Family#HINGE} lifter: stature from the ANSUR II percentiles (men 1756 ± 68.6 mm, women 1628 ± 64.2 mm,
     * half of each, held to the 5th–95th percentile), segments from Winter's proportions of stature (hip to shoulder
     * 0.818 − 0.530 = 0.288, upper arm 0.186, forearm 0.146, to the middle of the grip 0.4 of the hand's 0.108;
     * hip height 0.530), each varied by N(0, 3 %) so that proportions differ between bodies; the bar's axis at
     * contact half an abdominal depth of N(0.24, 0.025) m plus the bar's radius from the torso line. Strength as
     * for {@link #random}.
     */
    static Lifter fromPercentiles(SplittableRandom rnd, Double pinnedTorsoDeg, SessionPlan plan) {
        boolean woman = rnd.nextBoolean();
        double z = Rand.clamp(Rand.gaussian(rnd), -1.645, 1.645);
        double stature = woman ? 1.628 + 0.0642 * z : 1.756 + 0.0686 * z;
        double torso = (0.818 - 0.530) * stature * vary(rnd);
        double arm = (0.186 + 0.146 + 0.4 * 0.108) * stature * vary(rnd);
        double hip = 0.530 * stature * vary(rnd);
        double depth = Rand.clamp(0.5 * (0.24 + 0.025 * Rand.gaussian(rnd)) + 0.014, 0.09, 0.16);
        double strength = Rand.uniform(rnd, 70, 150) * (woman ? 0.7 : 1);
        double heaviest = Rand.uniform(rnd, 0.80, 0.95);
        for (ExerciseBlock b : plan.blocks()) {
            if (b.loadKg() != null) {
                strength = Math.max(strength, b.loadKg() / b.exercise().oneRepMaxFactor() / heaviest);
            }
        }
        return new Lifter(torso, arm, hip, Rand.uniform(rnd, 0.04, 0.15), depth, rnd.nextDouble(), rnd.nextDouble(),
                pinnedTorsoDeg, strength);
    }

    private static double vary(SplittableRandom rnd) {
        return 1 + 0.03 * Rand.clamp(Rand.gaussian(rnd), -2.5, 2.5);
    }

    /** Torso angle of this lifter's row position in {@code exercise}, degrees above horizontal. */
    double torsoAngleDeg(Exercise exercise) {
        if (pinnedTorsoDeg != null) {
            return pinnedTorsoDeg;
        }
        return exercise.torsoMinDeg() + torsoStyle * (exercise.torsoMaxDeg() - exercise.torsoMinDeg());
    }

    /** One-rep maximum for {@code exercise}, kg. */
    double oneRepMaxKg(Exercise exercise) {
        return oneRepMaxKg * exercise.oneRepMaxFactor();
    }

    private static double near(double size, SplittableRandom rnd) {
        return Rand.clamp(size + 0.12 * Rand.gaussian(rnd), 0, 1);
    }
}
