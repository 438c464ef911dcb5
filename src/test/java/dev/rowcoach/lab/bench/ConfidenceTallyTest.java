package dev.rowcoach.lab.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfidenceTallyTest {

    @Test
    void anOverconfidentReadingGivesAMeanConfidenceAboveTheShareRight() {
        ConfidenceTally t = ConfidenceTally.EMPTY.plus(-2, 0.95, true).plus(8, 0.92, false).plus(1, 0.6, true)
                .plus(-3, 0.9, true);
        assertEquals(4, t.reps());
        assertEquals(3.5, t.swingMaeDeg(), 1e-12, "|−2|, 8, 1, |−3|");
        assertEquals(0.8425, t.meanConfidence(), 1e-12);
        assertEquals(0.75, t.accuracy(), 0);
        assertEquals(3, t.sure(), "0.9 counts as sure");
        assertEquals(2.0 / 3, t.sureAccuracy(), 1e-12);
        assertEquals("4 reps, swing MAE 3.50°, mean confidence 0.84 for 0.75 right (0.9 or more: 3 reps, 0.67 right)",
                t.render());
        assertEquals(t, ConfidenceTally.EMPTY.plus(-2, 0.95, true).plus(8, 0.92, false)
                .plus(ConfidenceTally.EMPTY.plus(1, 0.6, true).plus(-3, 0.9, true)), "pooling adds");
    }

    @Test
    void nothingGradedOrNothingSureReadsAsSuch() {
        assertTrue(Double.isNaN(ConfidenceTally.EMPTY.meanConfidence()));
        assertTrue(Double.isNaN(ConfidenceTally.EMPTY.accuracy()));
        assertTrue(ConfidenceTally.EMPTY.plus(1, 0.5, true).render().endsWith("(0.9 or more: none)"));
    }
}
