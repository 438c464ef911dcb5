package dev.rowcoach.coach;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The load–velocity line and the one-rep maximum it estimates, on constructed sets. */
class LoadVelocityProfileTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-04");

    private static PastSet set(double kg, double mps) {
        return new PastSet(DAY, "barbell-row", 3, kg, mps, SetVelocity.Basis.STRICT);
    }

    private static LoadVelocityProfile fit(List<PastSet> points) {
        return LoadVelocityProfile.fit(points, 0.52, 3, 2, 0.7, 1.6);
    }

    @Test
    void anExactLineReachesTheThresholdWhereAlgebraSays() {
        // v = 1.40 - 0.008 kg: 0.52 m/s at 110 kg.
        LoadVelocityProfile p = fit(List.of(set(60, 0.92), set(80, 0.76), set(100, 0.60)));
        assertEquals(LoadVelocityProfile.Outcome.ESTIMATE, p.outcome());
        assertEquals(-0.008, p.slopeMpsPerKg(), 1e-12);
        assertEquals(1.40, p.interceptMps(), 1e-12);
        assertEquals(110, p.e1rmKg(), 1e-9);
        assertEquals(110, p.e1rmLowKg(), 1e-6, "no scatter, no uncertainty");
        assertEquals(3, p.distinctLoads());
    }

    @Test
    void theIntervalWidensWithScatterAndHoldsTheTrueMaximumMostOfTheTime() {
        Random rnd = new Random(7);
        int covered = 0;
        int trials = 400;
        double narrow = Double.MAX_VALUE;
        double wide = 0;
        for (int t = 0; t < trials; t++) {
            double noise = t % 2 == 0 ? 0.01 : 0.04;
            List<PastSet> points = new ArrayList<>();
            for (double kg : new double[] {50, 60, 70, 80, 90, 100}) {
                points.add(set(kg, 1.40 - 0.008 * kg + noise * rnd.nextGaussian()));
            }
            LoadVelocityProfile p = fit(points);
            if (p.outcome() != LoadVelocityProfile.Outcome.ESTIMATE) {
                continue;
            }
            assertTrue(p.e1rmLowKg() < p.e1rmKg() && p.e1rmKg() < p.e1rmHighKg(), p.toString());
            // A new set at the true maximum moves at 0.52 m/s +- noise: the prediction interval is for such a set.
            covered += p.e1rmLowKg() <= 110 && 110 <= p.e1rmHighKg() ? 1 : 0;
            double width = p.e1rmHighKg() - p.e1rmLowKg();
            if (noise == 0.01) {
                narrow = Math.min(narrow, width);
            } else {
                wide = Math.max(wide, width);
            }
        }
        assertTrue(covered >= 0.93 * trials, covered + " of " + trials);
        assertTrue(wide > 2 * narrow, narrow + " vs " + wide);
    }

    @Test
    void noEstimateFromOneLoadTooFewSetsARisingLineOrOneThatReachesTheThresholdFarOut() {
        assertEquals(LoadVelocityProfile.Outcome.TOO_FEW, fit(List.of(set(80, 0.7), set(80, 0.72), set(80, 0.68))).outcome());
        assertEquals(LoadVelocityProfile.Outcome.TOO_FEW, fit(List.of(set(60, 0.9), set(100, 0.6))).outcome());
        assertEquals(LoadVelocityProfile.Outcome.FLAT, fit(List.of(set(60, 0.7), set(80, 0.75), set(100, 0.8))).outcome());
        assertEquals(LoadVelocityProfile.Outcome.FLAT, fit(List.of(set(60, 0.9), set(80, 0.5), set(100, 0.85),
                set(90, 0.55))).outcome(), "scattered: r² under 0.7");
        // v = 1.0 - 0.001 kg: 0.52 m/s at 480 kg, six times the heaviest.
        assertEquals(LoadVelocityProfile.Outcome.FAR, fit(List.of(set(60, 0.94), set(70, 0.93), set(80, 0.92))).outcome());
    }
}
