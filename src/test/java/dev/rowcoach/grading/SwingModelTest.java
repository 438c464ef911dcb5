package dev.rowcoach.grading;

import dev.rowcoach.motion.RepShape;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SwingModelTest {

    @Test
    void theSwingIsTheEarlyMovementOverTheLever() {
        // 10 cm along an arc of radius L is 0.1 / L rad.
        RepShape s = new RepShape(0.1, 0, 0.3, 0.5, 0.1, 0.08, 0.6);
        assertEquals(Math.toDegrees(0.1 / SwingModel.EFFECTIVE_LEVER_M), SwingModel.FREE_BAR.swingDeg(s, true), 1e-12);
        assertEquals(0, SwingModel.FREE_BAR.swingDeg(new RepShape(0.1, 0, 0.5, 0.2, 0, 0, 0.8), true), 0);
        // Without a gyroscope only the vertical early movement counts, with its own lever.
        assertEquals(Math.toDegrees(0.08 / SwingModel.VERTICAL_LEVER_M), SwingModel.FREE_BAR.swingDeg(s, false), 1e-12);
        assertEquals(0.08, SwingModel.FREE_BAR.earlyMovementM(s, false), 0);
    }

    @Test
    void theProbabilityOfTheSameGradeIsANormalIntegral() {
        assertEquals(0.5, SwingModel.probabilityWithin(10, 3, Double.NEGATIVE_INFINITY, 10), 1e-12);
        assertEquals(0.8413, SwingModel.probabilityWithin(7, 3, Double.NEGATIVE_INFINITY, 10), 1e-4, "one spread away");
        assertEquals(0.9772, SwingModel.probabilityWithin(16, 3, 10, Double.POSITIVE_INFINITY), 1e-4, "two spreads");
        assertEquals(2 * 0.9938 - 1, SwingModel.probabilityWithin(17.5, 3, 10, 25), 1e-4, "2.5 spreads on both sides");
        assertTrue(SwingModel.FREE_BAR.spreadDeg(false) > SwingModel.FREE_BAR.spreadDeg(true));
    }

    @Test
    void aModelReadingTheHeightIgnoresTheHorizontalPath() {
        // A T-bar-like model: the early movement's height alone, with and without a gyroscope, each with its lever.
        SwingModel height = new SwingModel(false, 0.36, 0.22, 5, 9);
        RepShape s = new RepShape(0.2, 0, 0.3, 0.5, 0.12, 0.09, 0.6);
        assertEquals(Math.toDegrees(0.09 / 0.36), height.swingDeg(s, true), 1e-12);
        assertEquals(Math.toDegrees(0.09 / 0.22), height.swingDeg(s, false), 1e-12);
        assertEquals(0.09, height.earlyMovementM(s, true), 0);
        assertEquals(5, height.spreadDeg(true), 0);
        assertEquals(9, height.spreadDeg(false), 0);
        assertThrows(IllegalArgumentException.class, () -> new SwingModel(false, 0, 0.22, 5, 9));
        assertThrows(IllegalArgumentException.class, () -> new SwingModel(false, 0.36, Double.NaN, 5, 9));
        assertThrows(IllegalArgumentException.class, () -> new SwingModel(false, 0.36, 0.22, -1, 9));
    }
}
