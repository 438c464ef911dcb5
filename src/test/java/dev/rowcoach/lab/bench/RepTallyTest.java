package dev.rowcoach.lab.bench;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepTallyTest {

    private static RepTally tally(int truth, int detected, int matched, double mcvErr, double romErr) {
        return new RepTally(1, truth, detected, matched, matched, matched, mcvErr, romErr, detected - matched, 0, Map.of(), 1, 1, 1, 0, 0, 0, 0, GradeTally.EMPTY);
    }

    @Test
    void precisionRecallAndF1() {
        RepTally t = tally(10, 8, 7, 0.14, 0.07);
        assertEquals(7 / 8.0, t.precision(), 1e-12);
        assertEquals(0.7, t.recall(), 1e-12);
        double p = 7 / 8.0;
        double r = 0.7;
        assertEquals(2 * p * r / (p + r), t.f1(), 1e-12);
        assertEquals(0.02, t.mcvMaeMps(), 1e-12);
        assertEquals(0.01, t.romMaeM(), 1e-12);
    }

    @Test
    void emptyCasesAreUndefinedOrZeroNeverAGuess() {
        RepTally nothingFound = tally(5, 0, 0, 0, 0);
        assertTrue(Double.isNaN(nothingFound.precision()));
        assertEquals(0.0, nothingFound.recall());
        assertEquals(0.0, nothingFound.f1(), "finding nothing of five reps is F1 0, not undefined");
        assertTrue(Double.isNaN(nothingFound.mcvMaeMps()));

        RepTally onlyGhosts = tally(0, 3, 0, 0, 0);
        assertEquals(0.0, onlyGhosts.precision());
        assertTrue(Double.isNaN(onlyGhosts.recall()));
        assertEquals(0.0, onlyGhosts.f1());

        assertTrue(Double.isNaN(RepTally.EMPTY.f1()));
        assertTrue(Double.isNaN(RepTally.EMPTY.romMaeM()));
    }

    @Test
    void poolingAddsRepsSoEveryRepWeighsTheSame() {
        RepTally a = new RepTally(1, 10, 10, 10, 10, 10, 0.10, 0.05, 0, 0, Map.of("bump", 1), 2, 2, 2, 0, 0, 0, 0, GradeTally.EMPTY);
        RepTally b = new RepTally(1, 2, 3, 1, 1, 1, 0.20, 0.03, 2, 1, Map.of("bump", 1, "pickup", 1), 1, 2, 1, 0, 0, 0, 0, GradeTally.EMPTY);
        RepTally p = a.plus(b);
        assertEquals(2, p.files());
        assertEquals(12, p.trueReps());
        assertEquals(13, p.detectedReps());
        assertEquals(11, p.matchedReps());
        assertEquals(0.30 / 11, p.mcvMaeMps(), 1e-12, "pooled over reps, not the mean of the files' MAEs");
        assertEquals(0.08 / 11, p.romMaeM(), 1e-12);
        assertEquals(2, p.ghostReps());
        assertEquals(1, p.pickupPutdownGhostReps());
        assertEquals(Map.of("bump", 2, "pickup", 1), p.ghostRepsByEvent());
        assertEquals(3, p.trueSets());
        assertEquals(4, p.detectedSets());
        assertEquals(3, p.setsFound());
        assertEquals(a, RepTally.EMPTY.plus(a));
    }
}
