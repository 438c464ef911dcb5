package dev.rowcoach.grading;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DepartureModelTest {

    /**
     * Where the bar meets a torso at {@code torsoDeg} above horizontal (hips at the origin, x toward the bar's side):
     * {@code alongM} from the hips along the torso and {@code depthM} below it, m.
     */
    private static double[] contact(double torsoDeg, double alongM, double depthM) {
        double t = Math.toRadians(torsoDeg);
        return new double[]{alongM * Math.cos(t) + depthM * Math.sin(t), alongM * Math.sin(t) - depthM * Math.cos(t)};
    }

    @Test
    void theArcDepartureOfATorsoThatRisesIsItsChordWhateverTheTorsoAngle() {
        // Torsos from 15° to 60° rising by 5–30°, contact 0.20–0.40 m along them at body depths 0.09–0.15 m: the end
        // of the pull moves up by the height's share and back (−x) by the rest; the arc departure is the chord,
        // 2·r·sin(Δθ/2), at every angle, while the height alone gives from under half of it to all of it.
        int cases = 0;
        double lowestHeightShare = 1;
        for (double torso = 15; torso <= 60; torso += 15) {
            for (double rise = 5; rise <= 30; rise += 5) {
                for (double along = 0.20; along <= 0.40; along += 0.1) {
                    for (double depth = 0.09; depth <= 0.15; depth += 0.03) {
                        double[] before = contact(torso, along, depth), after = contact(torso + rise, along, depth);
                        double up = after[1] - before[1], back = before[0] - after[0];
                        double chord = 2 * Math.hypot(along, depth) * Math.sin(Math.toRadians(rise) / 2);
                        assertEquals(chord, DepartureModel.arcDepartureM(up, back), 1e-12, torso + "° + " + rise + "°");
                        lowestHeightShare = Math.min(lowestHeightShare, up / chord);
                        cases++;
                    }
                }
            }
        }
        assertEquals(4 * 6 * 3 * 3, cases);
        assertTrue(lowestHeightShare < 0.5, "the height alone reads upright torsos short: " + lowestHeightShare);
    }

    @Test
    void aPullThatFellShortDepartsNegatively() {
        assertEquals(-0.05, DepartureModel.arcDepartureM(-0.03, -0.04), 1e-12);
        assertEquals(0.05, DepartureModel.arcDepartureM(0.03, 0.04), 1e-12);
        // Higher but a little less far back (a shallow torso whose contact point swings forward first): still further.
        assertEquals(Math.hypot(0.08, 0.01), DepartureModel.arcDepartureM(0.08, -0.01), 1e-12);
        assertEquals(0, DepartureModel.arcDepartureM(0, 0), 0);
    }

    @Test
    void withAGyroscopeTheArcReadingIsBoundedByTheHeightsAndTheEarlyMovementDecidesWithin() {
        DepartureModel m = new DepartureModel(120, 4, 150, 4, 3, 4);
        double arc = 120 * Math.hypot(0.05, 0.10) + 4, height = 150 * 0.05 + 4;
        assertEquals(height, m.swingDeg(0.05, 0.10, 2, true), 1e-9, "an early movement below both: the lower");
        assertEquals(arc, m.swingDeg(0.05, 0.10, 40, true), 1e-9, "above both: the higher");
        assertEquals(15, m.swingDeg(0.05, 0.10, 15, true), 1e-9, "between: the early movement");
        assertEquals(height, m.swingDeg(0.05, 0.10, 40, false), 1e-9, "without a gyroscope the height alone");
        assertEquals(height, m.swingDeg(0.05, Double.NaN, 40, true), 1e-9, "a baseline without a horizontal excursion");
        assertEquals(0, m.swingDeg(-0.2, -0.1, 0, true), 0, "never below 0°");
    }
}
