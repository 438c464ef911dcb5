package dev.rowcoach.session;

import dev.rowcoach.grading.Grade;
import dev.rowcoach.grading.SwingModel;
import dev.rowcoach.motion.SetResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportCollectorTest {

    private static void feed(ReportCollector c, SetResult set) {
        set.reps().forEach(c::rep);
        c.setEnded(set);
    }

    @Test
    void keepsSetsInOrderWithTheirRepsAndTheSessionLoad() {
        ReportCollector c = TestReps.collector("pendlay-row");
        feed(c, TestReps.set(1, 5.0, 2.5, 0.42, 0.7, 0.65, 0.6));
        feed(c, TestReps.set(2, 90.0, 2.5, 0.40, 0.8, 0.7));
        SessionReport r = c.report(TestReps.source(20_000, 200, true), Loads.of(80.0));

        assertEquals("pendlay-row", r.exercise().name());
        assertEquals(2, r.sets().size());
        assertEquals(5, r.repCount());
        SetReport first = r.sets().get(0);
        assertEquals(1, first.index());
        assertEquals(5.0, first.startS(), 1e-12);
        assertEquals(80.0, first.loadKg());
        assertEquals(List.of(1, 2, 3), first.reps().stream().map(RepReport::index).toList());
        assertEquals(0.65, first.reps().get(1).meanConcentricVelocityMps(), 1e-12);
        assertEquals(0.42, first.reps().get(1).romM(), 1e-12);
        assertEquals(0.9, first.reps().get(1).confidence(), 1e-12);
        // TestReps' shape has a 1 cm early movement: about 1° of swing, strict, well clear of 10°.
        assertEquals(Math.toDegrees(0.01 / SwingModel.EFFECTIVE_LEVER_M), first.reps().get(0).sway().torsoSwingDeg(), 1e-9);
        assertEquals(Grade.STRICT, first.reps().get(0).grade());
        // Read from the early movement alone (no baseline yet): its spread, and the motion core's 0.9 of its 0.95.
        assertEquals(SwingModel.probabilityWithin(first.reps().get(0).sway().torsoSwingDeg(), SwingModel.FREE_BAR.spreadDeg(true),
                Double.NEGATIVE_INFINITY, 10) * 0.9 / 0.95, first.reps().get(0).gradeConfidence(), 1e-9);
        assertTrue(first.reps().get(0).gradeConfidence() > 0.85, "far from the threshold, with a gyroscope");
        assertTrue(Double.isNaN(first.reps().get(1).sway().romVsStrict()), "one strict rep is not yet a baseline");
        assertEquals(1.0, first.reps().get(2).sway().romVsStrict(), 1e-12, "same ROM as the strict reps before it");
        assertEquals(Map.of(Grade.STRICT, 3, Grade.CHEAT, 0, Grade.EXCESSIVE, 0), first.summary().grades());
        assertNull(first.summary().nonStrictReps());
        assertEquals(3, first.summary().reps());
        assertEquals(90.0, r.sets().get(1).startS(), 1e-12);
        assertEquals(12.5, r.sets().get(1).summary().velocityLossPct(), 1e-9);
        assertEquals(List.of(), r.warnings(), "a clean source and a quiet motion core give no warnings");
    }

    @Test
    void sourceWarningsComeFirstThenTheMotionCoresWithoutDuplicates() {
        ReportCollector c = TestReps.collector("barbell-row");
        c.warning("Bar orientation was uncertain at the start of set 1.");
        c.warning("Bar orientation was uncertain at the start of set 1.");
        c.warning("Rep 3 of set 1 started from an unknown state.");
        SourceInfo withGap = new SourceInfo("f", "csv", 500, 100, 100, 5, true,
                java.util.List.of(new SourceInfo.GapInfo(2, 2.5, "time_jump")), 0);
        SessionReport r = c.report(withGap, Loads.UNKNOWN);
        assertEquals(3, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).startsWith("The data has a gap at 2.000 s"), r.warnings().get(0));
        assertEquals("Bar orientation was uncertain at the start of set 1.", r.warnings().get(1));
        assertEquals("Rep 3 of set 1 started from an unknown state.", r.warnings().get(2));
    }

    @Test
    void repsOutsideAnySetAreSaidNotHidden() {
        ReportCollector c = TestReps.collector("barbell-row");
        SetResult set = TestReps.set(1, 5.0, 2.5, 0.4, 0.7, 0.6);
        feed(c, set);
        c.rep(TestReps.rep(2, 1, 30, 0.4, 0.6));
        SessionReport r = c.report(TestReps.source(20_000, 200, true), Loads.UNKNOWN);
        assertEquals(2, r.repCount());
        assertEquals(List.of("The analysis reported 3 reps but its sets hold 2; the report lists the reps of its sets."),
                r.warnings());
    }

    @Test
    void noSetsIsAReportWithNoSets() {
        SessionReport r = TestReps.collector("barbell-row").report(TestReps.source(1000, 100, true), Loads.of(60.0));
        assertEquals(0, r.sets().size());
        assertEquals(0, r.repCount());
    }
}
