package dev.rowcoach.lab.sim;

import java.util.SplittableRandom;

/**
 * A knock on the resting bar, or the floor's impact on a landing one: it rings as a damped vibration, a few
 * m/s² at 15–30 Hz, that moves it by well under a millimetre. The envelope rises as s³ and fades out smoothly, so position, velocity and
 * acceleration stay continuous.
 *
 * @param startS       when the knock lands, s
 * @param frequencyHz  ringing frequency, Hz (15–30)
 * @param decayS       envelope time constant, s (0.02–0.05); the bump lasts 12 of them
 * @param amplitudeXM  peak horizontal displacement, m
 * @param amplitudeZM  peak vertical displacement, m
 * @param amplitudeRollRad peak roll about the bar's axis, rad
 */
record Bump(double startS, double frequencyHz, double decayS, double amplitudeXM, double amplitudeZM,
            double amplitudeRollRad) {

    /** A knock at {@code startS} drawn from {@code rnd}: peak acceleration 2–8 m/s² in any direction of the plane. */
    static Bump random(double startS, SplittableRandom rnd) {
        return ringing(startS, Rand.uniform(rnd, 2, 8), Rand.uniform(rnd, 0, 2 * Math.PI), rnd);
    }

    /** The plates ringing after the bar lands on the floor: peak 5–20 m/s², within 20° of vertical. */
    static Bump landing(double startS, SplittableRandom rnd) {
        return ringing(startS, Rand.uniform(rnd, 5, 20), Math.PI / 2 + Math.toRadians(Rand.uniform(rnd, -20, 20)), rnd);
    }

    private static Bump ringing(double startS, double peakMps2, double directionRad, SplittableRandom rnd) {
        double f = Rand.uniform(rnd, 15, 30);
        double peak = peakMps2 / Math.pow(2 * Math.PI * f, 2);
        return new Bump(startS, f, Rand.uniform(rnd, 0.02, 0.05), peak * Math.cos(directionRad),
                peak * Math.sin(directionRad), Math.toRadians(Rand.uniform(rnd, 0.05, 0.3)));
    }

    double durationS() {
        return 12 * decayS;
    }

    double endS() {
        return startS + durationS();
    }

    /** The unit-peak ringing at time {@code t}: 0 outside the bump. */
    double shape(double t) {
        double s = t - startS;
        double length = durationS();
        if (s <= 0 || s >= length) {
            return 0;
        }
        double r = s / decayS;
        double envelope = r * r * r * Math.exp(-r) / (27 * Math.exp(-3));
        double fadeStart = 0.5 * length;
        if (s > fadeStart) {
            double x = (s - fadeStart) / (length - fadeStart);
            envelope *= 1 - x * x * x * (10 - 15 * x + 6 * x * x);
        }
        return envelope * Math.sin(2 * Math.PI * frequencyHz * s);
    }
}
