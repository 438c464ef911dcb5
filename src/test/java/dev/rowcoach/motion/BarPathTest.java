package dev.rowcoach.motion;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The downsampled bar path on a constructed rep with a known path: a minimum-jerk pull of {@value #ROM_M} m up and
 * {@value #BACK_M} m along a horizontal heading, a hold, and a minimum-jerk return to the start.
 */
class BarPathTest {

    private static final double DT = 0.005;
    private static final int N = 800;
    /** Concentric 1.0–1.8 s, return 2.2–3.4 s. */
    private static final int START = 200, TOP = 360, BOTTOM = 680;
    private static final double ROM_M = 0.45, BACK_M = 0.06;

    private static double s(double tau) {
        return PathFeatures.minimumJerk(tau);
    }

    /** Displacement of size {@code size} at time {@code t}: up over the concentric, held, back down. */
    private static double position(double t, double size) {
        if (t <= START * DT) {
            return 0;
        }
        if (t <= TOP * DT) {
            return size * s((t - START * DT) / ((TOP - START) * DT));
        }
        return size * (1 - s((t - 2.2) / 1.2));
    }

    private final double[] t = new double[N], v = new double[N], h1 = new double[N], h2 = new double[N];

    private PathFeatures features(double headingRad) {
        for (int i = 0; i < N; i++) {
            t[i] = i * DT;
            double h = 1e-5;
            v[i] = (position(t[i] + h, ROM_M) - position(t[i] - h, ROM_M)) / (2 * h);
            double a = (position(t[i] + DT, BACK_M) - 2 * position(t[i], BACK_M) + position(t[i] - DT, BACK_M)) / (DT * DT);
            h1[i] = a * Math.cos(headingRad);
            h2[i] = a * Math.sin(headingRad);
        }
        PathFeatures f = new PathFeatures(DT, N);
        f.of(t, v, h1, h2, START, TOP, (START + TOP) / 2, N, 0, N - 1);
        return f;
    }

    @ParameterizedTest(name = "heading {0}°")
    @ValueSource(doubles = {0, 70, 180, -120})
    void thePathFollowsTheBarUpAlongAndBackInAtMost48EvenlySpacedPoints(double headingDeg) {
        BarPath p = features(Math.toRadians(headingDeg)).path(v, START, TOP, BOTTOM);
        assertEquals(BarPath.MAX_POINTS, p.size());
        assertEquals(0, p.verticalM(0), 0);
        assertEquals(0, p.horizontalM(0), 0);
        int count = BOTTOM - START + 1;
        double highest = 0;
        for (int k = 0; k < p.size(); k++) {
            int i = START + (int) Math.round((double) k * (count - 1) / (p.size() - 1));
            assertEquals(position(t[i], ROM_M), p.verticalM(k), 0.002, "vertical at point " + k);
            // Signed so the top is ahead of the start, whichever way the lifter faced.
            assertEquals(position(t[i], BACK_M), p.horizontalM(k), 0.002, "horizontal at point " + k);
            highest = Math.max(highest, p.verticalM(k));
        }
        assertEquals(ROM_M, highest, 0.005);
        assertEquals(0, p.verticalM(p.size() - 1), 0.002);
    }

    @Test
    void aShortSpanKeepsEverySampleAndASingleSampleHasNoPath() {
        PathFeatures f = features(0);
        BarPath p = f.path(v, START, START + 10, START + 20);
        assertEquals(21, p.size());
        for (int k = 0; k < p.size(); k++) {
            assertEquals(position(t[START + k], ROM_M), p.verticalM(k), 0.001, "vertical at point " + k);
        }
        assertSame(BarPath.NONE, f.path(v, START, START, START));
    }
}
