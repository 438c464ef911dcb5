package dev.rowcoach.grading;

import dev.rowcoach.motion.Rep;
import dev.rowcoach.motion.RepShape;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraderTest {

    private static final DepartureModel MODEL = DepartureModel.FITTED;

    /** Rep {@code index} of set {@code set} with this ROM and dip, whose early movement means {@code earlyDeg}. */
    private static Rep rep(int set, int index, double romM, double dipM, double earlyDeg, double confidence) {
        double early = Math.toRadians(earlyDeg) * SwingModel.EFFECTIVE_LEVER_M;
        double earlyVertical = Math.toRadians(earlyDeg) * SwingModel.VERTICAL_LEVER_M;
        return new Rep(set, index, 1, 1.8, 3, romM, romM / 0.8, 1.2, 0.8, 1.2, confidence,
                new RepShape(0.07, dipM, 0.4, 0.3, early, earlyVertical, 0.6), 3.2);
    }

    private static Rep rep(int index, double romM, double earlyDeg) {
        return rep(1, index, romM, 0, earlyDeg, 0.95);
    }

    private static Grader grader(String exercise) {
        return new Grader(ExerciseProfiles.get(exercise));
    }

    @Test
    void theFirstRepsOfASetAreTheBaselineAndSwingIsTheDepartureFromIt() {
        Grader g = grader("barbell-row");
        RepGrade first = g.grade(rep(1, 0.40, 2), true);
        assertEquals(Sway.Basis.STRICT_REPS, first.sway().basis());
        assertEquals(MODEL.offsetDeg(), first.sway().torsoSwingDeg(), 1e-9, "the first rep is its own baseline");
        assertEquals(Grade.STRICT, first.grade());
        g.grade(rep(2, 0.42, 2), true);
        // 8 cm further than the median of 0.40 and 0.42 m: the shoulders rose.
        RepGrade swung = g.grade(rep(3, 0.49, 2), true);
        assertEquals(0.08, swung.sway().romDepartureM(), 1e-12);
        assertEquals(MODEL.romDegPerM() * 0.08 + MODEL.offsetDeg(), swung.sway().torsoSwingDeg(), 1e-9);
        assertEquals(Grade.CHEAT, swung.grade());
        assertEquals(0.49 / 0.41, swung.sway().romVsStrict(), 1e-12);
        assertFalse(swung.sway().featuresAgree(), "the early movement read 2°");
        // A dip lengthens the pull from below: it is taken off the extra travel and read on its own.
        RepGrade dipped = g.grade(rep(1, 4, 0.49, 0.04, 14, 0.95), true);
        assertEquals(MODEL.romDegPerM() * 0.04 + MODEL.dipDegPerM() * 0.04 + MODEL.offsetDeg(),
                dipped.sway().torsoSwingDeg(), 1e-9);
        assertTrue(dipped.sway().featuresAgree());
    }

    @Test
    void repsThatDipOrReadExcessiveOrDepartDoNotJoinTheBaseline() {
        Grader g = grader("barbell-row");
        g.grade(rep(1, 1, 0.55, 0.03, 15, 0.95), true);
        assertEquals(Sway.Basis.NONE, g.grade(rep(3, 0.40, 2), true).sway().basis(), "a rep that dipped is no baseline");
        g.grade(rep(1, 0.60, 30), true);
        assertEquals(Sway.Basis.NONE, g.grade(rep(3, 0.40, 2), true).sway().basis(), "nor one the early movement reads as excessive");
        g.grade(rep(2, 0.40, 2), true);
        // The second set's first rep departs by 8 cm from the baseline: a cheat, it does not join.
        g.grade(rep(2, 1, 0.48, 0, 3, 0.95), true);
        assertEquals(0.40, g.calibration().romM(), 1e-12);
        assertEquals(1, g.calibration().reps());
    }

    @Test
    void withoutABaselineTheEarlyMovementIsReadAtLowerConfidence() {
        Grader g = grader("barbell-row");
        RepGrade r = g.grade(rep(3, 0.45, 17.5), true);
        assertEquals(Sway.Basis.NONE, r.sway().basis());
        assertEquals(17.5, r.sway().torsoSwingDeg(), 1e-9);
        assertEquals(Grade.CHEAT, r.grade());
        assertTrue(Double.isNaN(r.sway().romVsStrict()));
        assertTrue(r.confidence() <= Grader.NO_BASELINE_FACTOR + 1e-12, "no baseline: " + r.confidence());
        assertEquals(Grade.CHEAT, new Grader(ExerciseProfiles.get("barbell-row").withThresholds(4.0, 20.0))
                .grade(rep(3, 0.45, 5), true).grade());
    }

    @Test
    void aCalibrationSetOrAStoredCalibrationIsTheBaseline() {
        Grader g = new Grader(ExerciseProfiles.get("barbell-row"), MODEL, null, true);
        for (int i = 1; i <= 5; i++) {
            g.grade(rep(1, i, 0.40 + 0.001 * i, 0, 2, 0.95), true);
        }
        RepGrade later = g.grade(rep(2, 1, 0.50, 0, 2, 0.95), true);
        assertEquals(Sway.Basis.CALIBRATION, later.sway().basis());
        assertEquals(0.097, later.sway().romDepartureM(), 1e-9);
        assertEquals(new Calibration(0.403, 5), g.calibration());

        Grader stored = new Grader(ExerciseProfiles.get("barbell-row"), MODEL, new Calibration(0.40, 12), false);
        RepGrade first = stored.grade(rep(1, 1, 0.50, 0, 2, 0.95), true);
        assertEquals(Sway.Basis.CALIBRATION, first.sway().basis());
        assertEquals(Grade.CHEAT, first.grade(), "a stored calibration catches a cheat on the first rep");
        assertEquals(new Calibration(0.40, 12), stored.calibration(), "the cheat did not join");
    }

    @Test
    void confidenceFallsNearAThresholdWithoutAGyroscopeAndOnUncalibratedExercises() {
        Grader g = grader("barbell-row");
        g.grade(rep(1, 0.40, 2), true);
        double far = g.grade(rep(3, 0.40, 2), true).confidence();
        double onIt = g.grade(rep(3, 0.40 + (10 - MODEL.offsetDeg()) / MODEL.romDegPerM(), 8), true).confidence();
        assertTrue(far > 0.9, "far from the threshold: " + far);
        assertEquals(0.5, onIt, 0.02, "on the threshold the grade is a coin toss");
        for (int i = 0; i < 5; i++) {
            assertTrue(g.grade(rep(3, 0.40 + 0.02 * i, 2 + 5 * i), false).confidence() <= Grader.ACCEL_ONLY_MAX_CONFIDENCE);
        }
        double lowRate = g.grade(rep(1, 3, 0.40, 0, 2, 0.95 * 0.7), true).confidence();
        assertEquals(0.7 * far, lowRate, 1e-9, "the motion core's own doubts (rate, gaps) carry over");
        Grader cable = grader("cable-row");
        cable.grade(rep(1, 0.40, 2), true);
        assertEquals(0.5 * far, cable.grade(rep(3, 0.40, 2), true).confidence(), 1e-9, "not validated on cable rows");
    }

    @Test
    void aSwingBeyondSixtyDegreesIsWithheld() {
        Grader g = grader("barbell-row");
        g.grade(rep(1, 0.40, 2), true);
        RepGrade r = g.grade(rep(3, 0.40 + 0.40, 2), true);
        assertTrue(r.withheld());
        assertNull(r.grade());
        assertTrue(Double.isNaN(r.sway().torsoSwingDeg()));
        assertTrue(Double.isNaN(r.confidence()));
        RepGrade early = grader("barbell-row").grade(rep(3, 0.40, 70), true);
        assertTrue(early.withheld(), "the early movement's estimate too");
    }

    @Test
    void theBaselineKeepsOnlyTheLatestStrictReps() {
        Grader g = grader("barbell-row");
        for (int s = 1; s <= 10; s++) {
            double rom = s <= 6 ? 0.30 : 0.301;
            g.grade(rep(s, 1, rom, 0, 2, 0.95), true);
            g.grade(rep(s, 2, rom, 0, 2, 0.95), true);
        }
        assertEquals(0.301, g.calibration().romM(), 1e-12, "the last " + Grader.STRICT_HISTORY + " baseline reps");
    }

    @Test
    void withoutABaselineTBarRowsAreReadFromTheHeightOfTheEarlyMovementWithTheirOwnLever() {
        // The arc about the pivot gives a strict T-bar pull an early "movement" that is horizontal: ignored.
        SwingModel tbar = ExerciseProfiles.get("t-bar-row").swing();
        Rep strictArc = new Rep(1, 3, 1, 1.8, 3, 0.4, 0.5, 1.2, 0.8, 1.2, 0.95,
                new RepShape(0.18, 0, 0.5, 0.3, 0.11, 0.01, 0.7), 3.2);
        assertEquals(Grade.CHEAT, grader("barbell-row").grade(strictArc, true).grade(), "read as a free bar");
        RepGrade g = grader("t-bar-row").grade(strictArc, true);
        assertEquals(Grade.STRICT, g.grade());
        assertEquals(Math.toDegrees(0.01 / tbar.gyroLeverM()), g.sway().torsoSwingDeg(), 1e-9);
        assertEquals(0.01, g.sway().earlyPathM(), 0, "the movement read is reported");
    }
}
