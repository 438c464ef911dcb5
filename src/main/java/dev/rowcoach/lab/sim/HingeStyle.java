package dev.rowcoach.lab.sim;

import java.util.SplittableRandom;

/**
 * The {@link Family#HINGE} lifter's habits, drawn once per session (sources in docs/SIMULATOR.md).
 *
 * @param hipDriveDuring     whether the hip drive happens during the arm pull (else before it: the torso rises
 *                           first and the arms start late)
 * @param driveStartFraction hip drive during the pull: where it starts, share of the concentric (0–0.15)
 * @param driveEndFraction   where the torso's rise ends, share of the concentric: 0.75–1.0 during the pull,
 *                           0.30–0.50 before it
 * @param armDelayFraction   hip drive before the pull: how late the arms start on a 15° swing, share of the
 *                           concentric (0.10–0.25; scaled with the swing, none on a strict rep)
 * @param armPathExponent    the grip's horizontal travel toward the body follows u^k of its vertical (1.5–3: it
 *                           rises near-vertically first and tucks in at the top)
 * @param contactFraction    where the bar meets the torso, share of the torso from the hip: 0.30–0.45 (belly)
 *                           or 0.55–0.70 (lower chest)
 * @param kneeRisePerRad     hip rise from knee extension per radian of hip drive, m/rad (0.03–0.10)
 * @param kneeBackRatio      hip moves back by this share of its rise (0.3–1.0)
 * @param kneeBobM           typical hip rise from the knees on a strict rep, m (0–0.008)
 * @param dipTorsoShare      in a dip the torso pitches forward by this × dip ÷ torso length, rad (0.3–0.7)
 * @param dipCheatShare      share of swinging reps (≥ 10°) preceded by a dip (0.6–0.95)
 * @param dipDepthM          typical dip depth, m (0.03–0.06)
 * @param torsoStyle         where in 15–60° this lifter's bent-over barbell row is done, 0–1
 */
record HingeStyle(boolean hipDriveDuring, double driveStartFraction, double driveEndFraction,
                  double armDelayFraction, double armPathExponent, double contactFraction, double kneeRisePerRad,
                  double kneeBackRatio, double kneeBobM, double dipTorsoShare, double dipCheatShare, double dipDepthM,
                  double torsoStyle) {

    /** Torso angle range of the hinge family's bent-over barbell row, degrees above horizontal. */
    static final double TORSO_MIN_DEG = 15, TORSO_MAX_DEG = 60;

    static HingeStyle random(SplittableRandom rnd) {
        boolean during = rnd.nextDouble() < 0.5;
        double start = during ? Rand.uniform(rnd, 0, 0.15) : 0;
        double end = during ? Rand.uniform(rnd, 0.75, 1.0) : Rand.uniform(rnd, 0.30, 0.50);
        double delay = Rand.uniform(rnd, 0.10, 0.25);
        double exponent = Rand.uniform(rnd, 1.5, 3);
        double contact = rnd.nextBoolean() ? Rand.uniform(rnd, 0.30, 0.45) : Rand.uniform(rnd, 0.55, 0.70);
        return new HingeStyle(during, start, end, delay, exponent, contact, Rand.uniform(rnd, 0.03, 0.10),
                Rand.uniform(rnd, 0.3, 1.0), Rand.uniform(rnd, 0, 0.008), Rand.uniform(rnd, 0.3, 0.7),
                Rand.uniform(rnd, 0.6, 0.95), Rand.uniform(rnd, 0.03, 0.06), rnd.nextDouble());
    }
}
