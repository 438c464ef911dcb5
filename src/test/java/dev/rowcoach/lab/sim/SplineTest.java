package dev.rowcoach.lab.sim;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SplineTest {

    @Test
    void passesThroughEveryKnotWithItsValueRateAndAcceleration() {
        Spline s = Spline.startingAt(1, 0.2)
                .move(1, 1.7, 1.0, 0, -3)
                .knot(2.5, 0.1, 0, 4)
                .knot(3.1, 0.6, 0.5, 0)
                .knot(4.0, 0.6, 0, 0)
                .build();
        double[][] knots = {{1, 0.2, 0, 0}, {1.7, 1.0, 0, -3}, {2.5, 0.1, 0, 4}, {3.1, 0.6, 0.5, 0}, {4.0, 0.6, 0, 0}};
        for (double[] k : knots) {
            assertEquals(k[1], s.value(k[0]), 1e-12, "value at " + k[0]);
            assertEquals(k[2], s.rate(k[0]), 1e-9, "rate at " + k[0]);
            assertEquals(k[3], s.accel(k[0]), 1e-7, "accel at " + k[0]);
            // Continuity across the knot: both sides agree to first order in the offset.
            double e = 1e-7;
            assertEquals(s.accel(k[0] - e), s.accel(k[0] + e), 1e-3, "acceleration jumps at " + k[0]);
        }
    }

    @Test
    void derivativesMatchFiniteDifferences() {
        Spline s = Spline.startingAt(0, 0).move(0.5, 1.5, 0.45, 0, -2).knot(2.6, 0, 0, 3).knot(3.4, 0, 0, 0).build();
        double h = 1e-5;
        int checked = 0;
        for (double t = 0.3; t < 3.5; t += 0.0137) {
            double rate = (s.value(t + h) - s.value(t - h)) / (2 * h);
            double accel = (s.value(t + h) - 2 * s.value(t) + s.value(t - h)) / (h * h);
            assertEquals(rate, s.rate(t), 1e-6, "rate at " + t);
            assertEquals(accel, s.accel(t), 2e-3, "accel at " + t);
            checked++;
        }
        assertTrue(checked > 200);
    }

    @Test
    void holdsAreExactlyConstantAndTheEndsHold() {
        Spline s = Spline.startingAt(0, 0.3).moveTo(1, 2, 0.8).holdUntil(5).moveTo(6, 7, 0.1).build();
        for (double t = 2; t <= 6; t += 0.25) {
            assertEquals(0.8, s.value(t), 0.0, "hold at " + t);
            assertEquals(0.0, s.rate(t), 0.0);
        }
        assertEquals(0.3, s.value(-10), 0.0);
        assertEquals(0.1, s.value(100), 0.0);
        assertEquals(0.0, s.accel(100), 0.0);
    }

    @Test
    void reversalsUpToTheLayoutLimitStayMonotonic() {
        double limit = RepLayout.REVERSAL_MAX;
        for (double a0 = 0; a0 <= limit; a0 += 1) {
            for (double a1 = 0; a1 <= limit; a1 += 1) {
                Spline s = Spline.startingAt(0, 0).knot(1, 0, 0, a0).knot(2, 1, 0, -a1).knot(3, 1, 0, 0).build();
                for (int k = 1; k < 1000; k++) {
                    double t = 1 + k / 1000.0;
                    assertTrue(s.rate(t) > 0, "not monotonic for a0=" + a0 + " a1=" + a1 + " at " + t);
                }
            }
        }
    }

    @Test
    void rejectsTimeGoingBackwardsAndHoldsFromMotion() {
        Spline.Builder b = Spline.startingAt(0, 0).moveTo(0, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> b.knot(0.5, 2, 0, 0));
        Spline.Builder moving = Spline.startingAt(0, 0).knot(1, 1, 0.5, 0);
        assertThrows(IllegalArgumentException.class, () -> moving.holdUntil(2));
        assertThrows(IllegalStateException.class, moving::build);
    }
}
