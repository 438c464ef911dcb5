package dev.rowcoach.session;

import dev.rowcoach.motion.Rep;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a rep's report shows of a pull that was partly bridged over holes in the data. */
class RepReportTest {

    /** A 0.45 m rep at 0.6 m/s (a 0.75 s pull) whose pull had {@code bridgedS} bridged over holes. */
    private static Rep bridged(double bridgedS) {
        Rep r = TestReps.rep(1, 3, 10, 0.45, 0.6);
        return new Rep(r.setIndex(), r.index(), r.concentricStartS(), r.concentricEndS(), r.endS(), r.romM(),
                r.meanConcentricVelocityMps(), r.peakConcentricVelocityMps(), r.concentricDurationS(),
                r.eccentricDurationS(), r.confidence(), r.shape(), r.reportedS(), bridgedS + 0.3, bridgedS, r.topHoldS());
    }

    @Test
    void aPullMoreThanATenthBridgedShowsItsROMButNotItsVelocitiesNorItsDuration() {
        RepReport r = RepReport.of(bridged(0.2), null, PhysicalBounds.ROWS);
        assertEquals(0.45, r.romM(), 1e-12);
        assertTrue(Double.isNaN(r.meanConcentricVelocityMps()));
        assertTrue(Double.isNaN(r.peakConcentricVelocityMps()));
        assertTrue(Double.isNaN(r.concentricDurationS()));
        assertEquals(1.2, r.eccentricDurationS(), 1e-12);
        assertEquals(3, r.withheld().size(), r.withheld().toString());
        assertTrue(r.withheld().stream().allMatch(w -> w.reason().equals(Withheld.PULL_BRIDGED)));
        String sentence = r.withheldSentence(2);
        assertTrue(sentence.startsWith("Set 2, rep 3: mean concentric velocity, peak velocity and concentric duration are "
                + "not shown (more than a tenth of the pull fell into gaps in the data"), sentence);
        assertFalse(sentence.contains("no body can produce"), sentence);
    }

    @Test
    void aPullWithATenthOrLessBridgedIsReportedWhole() {
        RepReport r = RepReport.of(bridged(0.07), null, PhysicalBounds.ROWS);
        assertEquals(0.6, r.meanConcentricVelocityMps(), 1e-12);
        assertEquals(0.75, r.concentricDurationS(), 1e-12);
        assertTrue(r.withheld().isEmpty(), r.withheld().toString());
        assertNull(r.withheldSentence(1));
    }
}
