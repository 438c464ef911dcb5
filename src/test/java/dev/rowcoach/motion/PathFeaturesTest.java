package dev.rowcoach.motion;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each path feature on constructed signals with known answers: a concentric built as a smooth pull plus a
 * smooth early movement (what a torso swing adds) in any horizontal heading, a lowering with and without a
 * pre-pull dip.
 */
class PathFeaturesTest {

    private static final double DT = 0.01;
    private static final int N = 400;
    /** Concentric from 1.0 s to 1.8 s: samples 100..180. */
    private static final int START = 100, TOP = 180;
    private static final double TC = (TOP - START) * DT;

    /** Minimum-jerk position 0→1 over τ in [0, 1] and its derivative. */
    private static double s(double tau) {
        return PathFeatures.minimumJerk(tau);
    }

    private static double ds(double tau) {
        return tau <= 0 || tau >= 1 ? 0 : 30 * tau * tau * (1 - tau) * (1 - tau);
    }

    /** Concentric position (m) of a pull of size {@code pull} plus an early movement {@code early} ending at f. */
    private static double concentric(double t, double pull, double early, double f) {
        double tau = (t - START * DT) / TC;
        return pull * s(tau) + early * s(tau / f);
    }

    /**
     * A whole cycle: rest, the concentric, a hold, a smooth return to the start between 2.2 s and 3.4 s, rest.
     * {@code total} is the concentric's final displacement.
     */
    private static double cycle(double t, double pull, double early, double f) {
        double total = pull + early;
        if (t <= START * DT) {
            return 0;
        }
        if (t <= TOP * DT) {
            return concentric(t, pull, early, f);
        }
        return total * (1 - s((t - 2.2) / 1.2));
    }

    private record Path(double[] t, double[] v, double[] h1, double[] h2) {
    }

    /** Vertical velocity from the analytic derivative; horizontal accelerations by central differences. */
    private static Path path(double pullZ, double earlyZ, double pullH, double earlyH, double f, double headingRad) {
        double[] t = new double[N], v = new double[N], h1 = new double[N], h2 = new double[N];
        for (int i = 0; i < N; i++) {
            t[i] = i * DT;
            double h = 1e-4;
            v[i] = (cycle(t[i] + h, pullZ, earlyZ, f) - cycle(t[i] - h, pullZ, earlyZ, f)) / (2 * h);
            double a = (cycle(t[i] + DT, pullH, earlyH, f) - 2 * cycle(t[i], pullH, earlyH, f)
                    + cycle(t[i] - DT, pullH, earlyH, f)) / (DT * DT);
            h1[i] = a * Math.cos(headingRad);
            h2[i] = a * Math.sin(headingRad);
        }
        return new Path(t, v, h1, h2);
    }

    private static RepShape shape(Path p) {
        int peak = START;
        for (int i = START; i <= TOP; i++) {
            peak = p.v[i] > p.v[peak] ? i : peak;
        }
        return new PathFeatures(DT, N).of(p.t, p.v, p.h1, p.h2, START, TOP, peak, N, 0, N - 1);
    }

    @ParameterizedTest(name = "early {1} m up, {3} m back, ends at {4}, heading {5}°")
    @CsvSource({
            "0.45, 0.00, -0.05, 0.00, 0.6, 0",
            "0.45, 0.08, -0.05, 0.05, 0.6, 37",
            "0.40, 0.15, -0.03, 0.10, 0.5, 200",
            "0.50, 0.12, 0.02, 0.04, 0.75, -75",
    })
    void theEarlyMovementIsSplitFromThePull(double pullZ, double earlyZ, double pullH, double earlyH, double f,
                                             double headingDeg) {
        RepShape shape = shape(path(pullZ, earlyZ, pullH, earlyH, f, Math.toRadians(headingDeg)));
        double early = Math.hypot(earlyZ, earlyH);
        assertEquals(early, shape.earlyPathM(), 0.01 + 0.05 * early, shape.toString());
        if (early > 0) {
            assertEquals(f, shape.earlyEndFraction(), 0.051, shape.toString());
        }
    }

    @Test
    void aConcentricTooShortToSplitHasNoEarlyMovement() {
        Path p = path(0.45, 0.1, -0.05, 0.06, 0.6, 0);
        RepShape two = new PathFeatures(DT, N).of(p.t, p.v, p.h1, p.h2, START + 40, START + 41, START + 40, N, 0, N - 1);
        assertEquals(0, two.earlyPathM(), 0);
        assertEquals(0, two.earlyVerticalM(), 0);
        assertTrue(Double.isFinite(two.horizontalM()) && Double.isFinite(two.timeToPeakFraction()), two.toString());
    }

    @Test
    void theVerticalSplitSeesTheHeightOfTheEarlyMovement() {
        RepShape shape = shape(path(0.40, 0.12, -0.05, 0.08, 0.55, 1.0));
        assertEquals(0.12, shape.earlyVerticalM(), 0.015, shape.toString());
        assertEquals(0, shape(path(0.5, 0, -0.05, 0.03, 0.6, 1.0)).earlyVerticalM(), 0.01, "a pull alone");
    }

    @Test
    void theHeadingDoesNotChangeAnything() {
        RepShape a = shape(path(0.45, 0.1, -0.05, 0.06, 0.6, 0));
        for (double deg : new double[] {45, 90, 170, 260}) {
            RepShape b = shape(path(0.45, 0.1, -0.05, 0.06, 0.6, Math.toRadians(deg)));
            assertEquals(a.earlyPathM(), b.earlyPathM(), 1e-3, deg + "°");
            assertEquals(a.horizontalM(), b.horizontalM(), 1e-3, deg + "°");
        }
    }

    @Test
    void horizontalExcursionIsTheRangeAlongTheMainDirection() {
        // Back 5 cm with the pull, back 6 cm more early: monotonic, so the range is the end displacement.
        RepShape back = shape(path(0.45, 0.1, -0.05, -0.06, 0.6, 1.0));
        assertEquals(0.11, back.horizontalM(), 0.004, back.toString());
        // Forward 2 cm early, back 5 cm with the pull: the range spans the forward bulge too.
        double[] range = {0, 0};
        for (int i = START; i <= TOP; i++) {
            double x = concentric(i * DT, -0.05, 0.02, 0.5);
            range[0] = Math.min(range[0], x);
            range[1] = Math.max(range[1], x);
        }
        RepShape bulge = shape(path(0.45, 0.1, -0.05, 0.02, 0.5, 2.0));
        assertEquals(range[1] - range[0], bulge.horizontalM(), 0.004, bulge.toString());
        assertTrue(range[1] > 0.005, "the constructed path does bulge forward");
    }

    @Test
    void anEarlyMovementPeaksEarlyAndStartsFast() {
        RepShape pull = shape(path(0.5, 0, -0.05, 0, 0.6, 0));
        RepShape swing = shape(path(0.35, 0.15, -0.05, 0.08, 0.5, 0));
        assertEquals(0.5, pull.timeToPeakFraction(), 0.02, "a minimum-jerk pull peaks half-way");
        assertTrue(swing.timeToPeakFraction() < 0.4, swing.toString());
        double v50 = 0.5 * ds(0.05 / TC) / TC;
        assertEquals(v50, pull.startVelocityMps(), 1e-3, "velocity 50 ms in");
        assertTrue(swing.startVelocityMps() > 2 * pull.startVelocityMps(), swing.toString());
    }

    /** Vertical velocity of a lowering by {@code lowerM} over [from, to] s, then an optional dip, then the pull. */
    private static double[] lowering(double lowerM, double from, double to, double dipM, double dipS) {
        double[] v = new double[N];
        for (int i = 0; i < N; i++) {
            double t = i * DT;
            if (t >= from && t <= to) {
                v[i] = -lowerM * ds((t - from) / (to - from)) / (to - from);
            } else if (dipM > 0 && t > to && t < START * DT) {
                v[i] = -dipM * ds((t - to) / dipS) / dipS;
            } else if (i >= START && i <= TOP) {
                v[i] = 0.5 * ds((i - START) * DT / TC) / TC;
            }
        }
        return v;
    }

    private static double[] times() {
        double[] t = new double[N];
        for (int i = 0; i < N; i++) {
            t[i] = i * DT;
        }
        return t;
    }

    @Test
    void aDipIsTheDescentSinceTheBarLastNearlyStopped() {
        // Lowered 40 cm, nearly still at 0.75 s, then 4 cm more over 0.25 s into the pull.
        double dip = PathFeatures.dip(times(), lowering(0.4, 0.0, 0.75, 0.04, 0.25), START);
        assertEquals(0.04, dip, 0.002);
    }

    @Test
    void aLoweringStraightIntoThePullHasNoDip() {
        assertEquals(0, PathFeatures.dip(times(), lowering(0.4, 0.2, 1.0, 0, 0), START), 1e-12);
    }

    @Test
    void aDipAfterAHoldIsMeasuredFromTheHold() {
        // Lowered by 1.0 s - 0.55 s earlier, held still, then a 3 cm dip over the last 0.2 s.
        double[] v = lowering(0.4, 0.0, 0.45, 0, 0);
        for (int i = 0; i < START; i++) {
            double t = i * DT;
            if (t > 0.8) {
                v[i] = -0.03 * ds((t - 0.8) / 0.2) / 0.2;
            }
        }
        assertEquals(0.03, PathFeatures.dip(times(), v, START), 0.002);
    }
}
