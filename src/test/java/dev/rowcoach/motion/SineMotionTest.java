package dev.rowcoach.motion;

import dev.rowcoach.testing.SyntheticRows;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A bar moving as z(t) = A/2·(1 − cos ωt) has, per rep, ROM = A, concentric = T/2, mean concentric
 * velocity 2A/T and peak velocity πA/T: the whole pipeline must recover them from a tilted, rolling sensor
 * ({@link SyntheticRows}, 3 s of rest before and after).
 */
class SineMotionTest {

    @ParameterizedTest(name = "{0} Hz, ROM {1} m, period {2} s, roll {3}°, gyro {4}")
    @CsvSource({
        "200, 0.45, 2.2, 10, true",
        "100, 0.35, 1.8, 15, true",
        "1000, 0.50, 2.6, 5, true",
        "50, 0.40, 2.0, 10, true",
        "200, 0.45, 2.2, 0, false",
    })
    void recoversTheAnalyticRomAndVelocities(double rateHz, double rom, double period, double roll, boolean gyro) {
        int reps = 8;
        MotionRuns run = MotionRuns.of(SyntheticRows.generate(rateHz, reps, rom, period, roll, 3, gyro));
        List<Rep> found = run.reps;
        List<SetResult> sets = run.sets;
        assertEquals(reps, found.size(), found.toString());
        assertEquals(1, sets.size());
        assertEquals(reps, sets.get(0).reps().size());
        double mcv = 2 * rom / period, pcv = Math.PI * rom / period;
        for (int k = 0; k < reps; k++) {
            Rep r = found.get(k);
            String what = "rep " + (k + 1) + ": " + r;
            assertEquals(k + 1, r.index());
            if (k == 0 && rateHz < 100) {
                // The first stroke starts with a step in acceleration (cosine from rest). Sampled below 100 Hz,
                // any reconstruction smears the step over one sample interval: bounded, not exact.
                assertEquals(rom, r.romM(), 0.02, what);
                continue;
            }
            assertEquals(rom, r.romM(), 0.01, what);
            assertEquals(mcv, r.meanConcentricVelocityMps(), 0.01, what);
            assertEquals(pcv, r.peakConcentricVelocityMps(), 0.02, what);
            assertEquals(3 + k * period, r.concentricStartS(), 0.03, what);
            assertEquals(3 + (k + 0.5) * period, r.concentricEndS(), 0.03, what);
            assertEquals(period / 2, r.concentricDurationS(), 0.04, what);
        }
    }
}
