package dev.rowcoach.lab.sim;

import dev.rowcoach.lab.truth.TruthRep;
import dev.rowcoach.lab.truth.TruthSet;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures the truth labels on the simulated bar's own trajectory (its axis point, gross motion), with the
 * definitions the analysis uses:
 *
 * <ul>
 * <li>concentric: the run of positive vertical velocity around the rep's pull, its ends the zero crossings
 *     of the true velocity (found on a 1 ms grid, refined by bisection to under 1 µs)</li>
 * <li>ROM: vertical displacement over the concentric; MCV = ROM / concentric duration; PCV: highest vertical
 *     velocity in it</li>
 * <li>end: where the velocity, negative through the lowering, returns to zero (the bar at the bottom, or the
 *     next concentric starting)</li>
 * <li>torso swing: rise of the torso angle during the concentric; dip: how far below the set's hang (hip at
 *     its set height, torso at the row angle) the bar is when the concentric starts; horizontal: range of
 *     the bar's horizontal position during the concentric</li>
 * <li>grade: strict below 10°, cheat 10–25°, excessive above 25°</li>
 * </ul>
 *
 * Velocity is the central difference of position over ±{@value Kinematics#STEP_S} s.
 */
final class TruthLabeller {

    /** Grade thresholds, degrees of torso swing. */
    static final double CHEAT_MIN_DEG = 10;
    static final double EXCESSIVE_ABOVE_DEG = 25;

    private static final double GRID_S = 1e-3;
    /** The longest run of one sign searched for, s: a lowering lasts up to 6 s (plan option {@code lower=}). */
    private static final double SEARCH_S = 7;

    private final Motion motion;
    private final double[] xz = new double[2];

    TruthLabeller(Motion motion) {
        this.motion = motion;
    }

    /** The set's truth, times shifted by {@code -offsetS} (seconds since the file's first sample). */
    TruthSet label(DesignedSet set, double offsetS) {
        List<TruthRep> reps = new ArrayList<>();
        for (DesignedRep r : set.reps()) {
            reps.add(label(r, set.nominalHangZ(), offsetS));
        }
        return new TruthSet(set.index(), reps.get(0).concentricStartS(), reps.get(reps.size() - 1).endS(),
                set.block().exercise().id(), set.loadKg(), reps);
    }

    TruthRep label(DesignedRep r, double nominalHangZ, double offsetS) {
        double peakT = r.concentricStartS();
        double peak = Double.NEGATIVE_INFINITY;
        for (double t = r.concentricStartS(); t <= r.topS(); t += GRID_S) {
            double v = verticalVelocity(t);
            if (v > peak) {
                peak = v;
                peakT = t;
            }
        }
        peakT = refinePeak(peakT);
        peak = verticalVelocity(peakT);
        if (!(peak > 0)) {
            throw new IllegalStateException("rep " + r.index() + " at " + r.concentricStartS() + " s never rises");
        }
        double start = crossing(peakT, -GRID_S, true);
        double end = crossing(peakT, GRID_S, true);
        double lowering = firstBelowZero(end, r.eccentricEndS() + SEARCH_S);
        double bottom = crossing(lowering, GRID_S, false);
        double rom = z(end) - z(start);
        double horizontal = horizontalRange(start, end);
        double swingDeg = Math.toDegrees(maxTorso(start, end) - motion.torsoRad(start));
        double dip = Math.max(0, nominalHangZ - z(start));
        return new TruthRep(r.index(), start - offsetS, end - offsetS, bottom - offsetS, rom, rom / (end - start), peak,
                swingDeg, dip, horizontal, grade(swingDeg));
    }

    /** "strict", "cheat" or "excessive" for a torso swing in degrees. */
    static String grade(double swingDeg) {
        return swingDeg < CHEAT_MIN_DEG ? "strict" : swingDeg <= EXCESSIVE_ABOVE_DEG ? "cheat" : "excessive";
    }

    /** True vertical velocity of the bar's axis (gross motion) at {@code t}, m/s. */
    double verticalVelocity(double t) {
        return (z(t + Kinematics.STEP_S) - z(t - Kinematics.STEP_S)) / (2 * Kinematics.STEP_S);
    }

    private double z(double t) {
        motion.barPosition(t, false, xz);
        return xz[1];
    }

    private double x(double t) {
        motion.barPosition(t, false, xz);
        return xz[0];
    }

    /**
     * From {@code from} (inside a run of positive velocity when {@code positiveRun}, else of negative), steps by
     * {@code step} until the run ends, then bisects to the boundary.
     */
    private double crossing(double from, double step, boolean positiveRun) {
        double inside = from;
        double t = from;
        double limit = from + Math.signum(step) * SEARCH_S;
        while (true) {
            t += step;
            if (step > 0 ? t > limit : t < limit) {
                throw new IllegalStateException("no zero crossing of the bar velocity within " + SEARCH_S + " s of " + from + " s");
            }
            if (inRun(verticalVelocity(t), positiveRun)) {
                inside = t;
            } else {
                break;
            }
        }
        double outside = t;
        for (int i = 0; i < 12; i++) {
            double mid = (inside + outside) / 2;
            if (inRun(verticalVelocity(mid), positiveRun)) {
                inside = mid;
            } else {
                outside = mid;
            }
        }
        return (inside + outside) / 2;
    }

    private static boolean inRun(double v, boolean positiveRun) {
        return positiveRun ? v > 0 : v < 0;
    }

    /** The first grid time after {@code from} where the bar moves down. */
    private double firstBelowZero(double from, double until) {
        for (double t = from + GRID_S; t <= until; t += GRID_S) {
            if (verticalVelocity(t) < 0) {
                return t;
            }
        }
        throw new IllegalStateException("the bar never comes down after " + from + " s");
    }

    /** Golden-section search for the velocity maximum within one grid step of {@code t}. */
    private double refinePeak(double t) {
        double a = t - GRID_S;
        double b = t + GRID_S;
        double ratio = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 30; i++) {
            double c = b - ratio * (b - a);
            double d = a + ratio * (b - a);
            if (verticalVelocity(c) > verticalVelocity(d)) {
                b = d;
            } else {
                a = c;
            }
        }
        return (a + b) / 2;
    }

    private double horizontalRange(double from, double to) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double t = from; ; t = Math.min(to, t + GRID_S)) {
            double x = x(t);
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
            if (t >= to) {
                break;
            }
        }
        return hi - lo;
    }

    private double maxTorso(double from, double to) {
        double max = Double.NEGATIVE_INFINITY;
        for (double t = from; ; t = Math.min(to, t + GRID_S)) {
            max = Math.max(max, motion.torsoRad(t));
            if (t >= to) {
                break;
            }
        }
        return max;
    }
}
