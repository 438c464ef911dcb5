package dev.rowcoach.lab.sim;

import java.util.SplittableRandom;

/**
 * A lifter's habits: tempo, pauses, how the bar rolls in the hands, how body English is done. Drawn per
 * session from the seed; per-rep values vary around these.
 *
 * @param speedFactor          personal factor on the load-velocity relation (0.85–1.15)
 * @param eccentricS           typical eccentric duration, s (0.8–2.0)
 * @param topPauseS            typical pause at the top, s (0–0.4; below 0.05 the lifter reverses at once)
 * @param touchAndGoShare      share of sets done touch-and-go rather than with a pause at the bottom (0.6–1)
 * @param bottomPauseS         pause at the bottom when not touch-and-go, s (0.15–0.6)
 * @param velocityLoss         loss of concentric velocity over a set, fraction (0.10–0.30)
 * @param bottomReversal       normalised acceleration of a touch-and-go reversal at the bottom (1.5–4)
 * @param topReversal          normalised acceleration of a reversal at the top without pause (1–3)
 * @param rollPerRep           typical roll of the bar per rep as a fraction of the implement's range (0.2–0.8)
 * @param rollSign             direction the wrists roll the bar in the pull (+1 or -1)
 * @param rollLagS             delay of the roll behind the pull, s (0–0.08)
 * @param bowM                 sideways bulge of the bar path at mid-pull, m (−0.015–0.015)
 * @param armAngleDeg          arms' angle forward of vertical at the hang in a free-standing row position, degrees
 *                             (−12 to −2: the shoulders a little ahead of the bar)
 * @param standArmDeg          arms' angle forward of vertical when standing, degrees (6–12)
 * @param deadliftTorsoDeg     torso angle at the start of a deadlift, degrees (25–45)
 * @param dipDepthM            typical dip with body English, m (0.01–0.06)
 * @param swingRiseFraction    share of the concentric over which the torso rises (0.45–0.75)
 * @param swingReturnFraction  share of the eccentric over which the torso returns (0.6–0.95)
 * @param impactSpeedMps       Pendlay rows: bar speed when it lands on the floor, m/s (0.4–1.2)
 * @param impactS              Pendlay rows: time the landing takes, s (0.02–0.05)
 */
record LiftingStyle(double speedFactor, double eccentricS, double topPauseS, double touchAndGoShare,
                    double bottomPauseS, double velocityLoss, double bottomReversal, double topReversal,
                    double rollPerRep, int rollSign, double rollLagS, double bowM, double armAngleDeg,
                    double standArmDeg, double deadliftTorsoDeg, double dipDepthM, double swingRiseFraction,
                    double swingReturnFraction, double impactSpeedMps, double impactS) {

    static LiftingStyle random(SplittableRandom rnd) {
        double pause = Rand.uniform(rnd, 0, 0.4);
        return new LiftingStyle(Rand.uniform(rnd, 0.85, 1.15), Rand.uniform(rnd, 0.8, 2.0), pause < 0.05 ? 0 : pause,
                Rand.uniform(rnd, 0.6, 1.0), Rand.uniform(rnd, 0.15, 0.6), Rand.uniform(rnd, 0.10, 0.30),
                Rand.uniform(rnd, 1.5, 4), Rand.uniform(rnd, 1, 3), Rand.uniform(rnd, 0.2, 0.8),
                rnd.nextBoolean() ? 1 : -1, Rand.uniform(rnd, 0, 0.08), Rand.uniform(rnd, -0.015, 0.015),
                Rand.uniform(rnd, -12, -2), Rand.uniform(rnd, 6, 12), Rand.uniform(rnd, 25, 45),
                Rand.uniform(rnd, 0.01, 0.06), Rand.uniform(rnd, 0.45, 0.75), Rand.uniform(rnd, 0.6, 0.95),
                Rand.uniform(rnd, 0.4, 1.2), Rand.uniform(rnd, 0.02, 0.05));
    }
}
