package dev.rowcoach.session;

import dev.rowcoach.grading.ExerciseProfile;

import java.util.List;
import java.util.Set;

/**
 * What a human row can produce: every figure that leaves the analysis is checked against these bounds, and one
 * outside them is withheld (NaN in the model, {@code null} in JSON, "–" in text and HTML, NULL in the history) with
 * a sentence saying which rep and why. A figure out of bounds is a measurement error (a data hole, a wrong unit, a
 * sensor that was not on a bar), never a lift. The bounds are generous on purpose: they catch what no body can do,
 * not unusual lifting. Each bound and its source is in docs/MOTION.md ("Physical bounds").
 *
 * @param romMaxM          range of motion of one concentric, m: the shoulder-to-grip reach of a 2.0 m tall lifter
 *                         (0.77 m) plus what a swing adds by raising the shoulders
 * @param mcvMaxMps        mean concentric velocity, m/s (the fastest rows measured are well under 2 m/s)
 * @param peakMaxMps       peak concentric velocity, m/s
 * @param concentricMinS   shortest concentric, s
 * @param concentricMaxS   longest concentric, s (slow-tempo training lifts in up to 10 s)
 * @param eccentricMinS    shortest eccentric, s (a bar dropped 0.3 m falls in 0.25 s)
 * @param eccentricMaxS    longest eccentric, s, squeeze at the top included (up to 3 s, then a 10 s lowering)
 * @param swingMaxDeg      largest estimated torso swing either way, degrees (the torso cannot rise further than
 *                         from bent-over to upright)
 * @param horizontalMaxM   horizontal excursion of the bar in the pull, m
 */
public record PhysicalBounds(double romMaxM, double mcvMaxMps, double peakMaxMps, double concentricMinS,
                             double concentricMaxS, double eccentricMinS, double eccentricMaxS, double swingMaxDeg,
                             double horizontalMaxM) {

    /** The bounds of a free row (bent-over, Pendlay, Yates, dumbbell, Kroc, T-bar, cable). */
    public static final PhysicalBounds ROWS = new PhysicalBounds(1.0, 2.5, 4.0, 0.1, 12, 0.1, 15, 60, 0.6);

    /**
     * Rows with the chest on a bench: the shoulders can neither rise nor move back, so the bar travels at most the
     * arm's reach up and a forearm's length along.
     */
    public static final PhysicalBounds SUPPORTED = new PhysicalBounds(0.8, 2.5, 4.0, 0.1, 12, 0.1, 15, 60, 0.35);

    private static final Set<String> SUPPORTED_ROWS = Set.of("seal-row", "chest-supported-row");

    /** @throws IllegalArgumentException when a bound is not positive or a minimum is not below its maximum */
    public PhysicalBounds {
        for (double v : List.of(romMaxM, mcvMaxMps, peakMaxMps, concentricMinS, concentricMaxS, eccentricMinS,
                eccentricMaxS, swingMaxDeg, horizontalMaxM)) {
            if (!(v > 0 && Double.isFinite(v))) {
                throw new IllegalArgumentException("a physical bound must be positive and finite, not " + v);
            }
        }
        if (!(concentricMinS < concentricMaxS && eccentricMinS < eccentricMaxS && mcvMaxMps <= peakMaxMps)) {
            throw new IllegalArgumentException("a minimum must lie below its maximum");
        }
    }

    /** The bounds of {@code exercise}. */
    public static PhysicalBounds of(ExerciseProfile exercise) {
        return SUPPORTED_ROWS.contains(exercise.name()) ? SUPPORTED : ROWS;
    }

    /** Why a ROM of {@code m} metres is impossible, or null when it is within the bounds. */
    String rom(double m) {
        if (!(m > 0)) {
            return "no upward travel";
        }
        return m > romMaxM ? "more than " + fmt(romMaxM) + " m, further than a bar can rise in this row" : null;
    }

    /** Why a mean concentric velocity is impossible, or null. */
    String mcv(double mps) {
        if (!(mps > 0)) {
            return "not upward";
        }
        return mps > mcvMaxMps ? "faster than " + fmt(mcvMaxMps) + " m/s on average, faster than any row" : null;
    }

    /** Why a peak velocity is impossible given the mean, or null. */
    String peak(double mps, double meanMps) {
        if (!(mps > 0)) {
            return "not upward";
        }
        if (mps > peakMaxMps) {
            return "faster than " + fmt(peakMaxMps) + " m/s, faster than any row";
        }
        return Double.isFinite(meanMps) && mps < meanMps ? "below the rep's mean velocity, which a peak cannot be" : null;
    }

    /** Why a concentric duration is impossible, or null. */
    String concentric(double s) {
        return outside(s, concentricMinS, concentricMaxS);
    }

    /** Why an eccentric duration is impossible, or null. */
    String eccentric(double s) {
        return outside(s, eccentricMinS, eccentricMaxS);
    }

    /** Why an estimated torso swing is impossible, or null. */
    String swing(double deg) {
        return Math.abs(deg) > swingMaxDeg ? "more than " + fmt(swingMaxDeg) + "° either way, further than a torso "
                + "can swing in a row" : null;
    }

    /** Why a horizontal excursion (or a dip, an early movement: distances in the pull) is impossible, or null. */
    String distance(double m, double maxM) {
        if (m < 0) {
            return "negative";
        }
        return m > maxM ? "more than " + fmt(maxM) + " m, further than a bar moves in this row" : null;
    }

    private static String outside(double s, double min, double max) {
        if (s < min) {
            return "shorter than " + fmt(min) + " s, quicker than a bar can move through a rep";
        }
        return s > max ? "longer than " + fmt(max) + " s, slower than the slowest tempo" : null;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
