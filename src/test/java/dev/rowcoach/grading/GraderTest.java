package dev.rowcoach.grading;

import dev.rowcoach.motion.Rep;
import dev.rowcoach.motion.RepShape;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraderTest {

    private static final DepartureModel MODEL = DepartureModel.FITTED;

    /** A rep whose early movement means {@code swingDeg} of torso swing, with this ROM and motion confidence. */
    private static Rep rep(double swingDeg, double romM, double confidence) {
        double early = Math.toRadians(swingDeg) * SwingModel.EFFECTIVE_LEVER_M;
        double earlyVertical = Math.toRadians(swingDeg) * SwingModel.VERTICAL_LEVER_M;
        return new Rep(1, 1, 1, 1.8, 3, romM, romM / 0.8, 1.2, 0.8, 1.2, confidence,
                new RepShape(0.07, 0.02, 0.4, 0.3, early, earlyVertical, 0.6), 3.2);
    }

    /** Rep {@code index} of set {@code set} with this ROM and dip, whose early movement means {@code earlyDeg}. */
    private static Rep rep(int set, int index, double romM, double dipM, double earlyDeg, double confidence) {
        double early = Math.toRadians(earlyDeg) * SwingModel.EFFECTIVE_LEVER_M;
        double earlyVertical = Math.toRadians(earlyDeg) * SwingModel.VERTICAL_LEVER_M;
        return new Rep(set, index, 1, 1.8, 3, romM, romM / 0.8, 1.2, 0.8, 1.2, confidence,
                new RepShape(0.07, dipM, 0.4, 0.3, early, earlyVertical, 0.6), 3.2);
    }

    private static Grader grader(String exercise) {
        return new Grader(ExerciseProfiles.get(exercise));
    }

    /** A grader whose session's first set is the calibration set, fed five strict reps of about 0.40 m. */
    private static Grader calibrated() {
        Grader g = new Grader(ExerciseProfiles.get("barbell-row"), MODEL, null, true);
        for (int i = 1; i <= 5; i++) {
            RepGrade r = g.grade(rep(1, i, 0.40 + 0.001 * i, 0, 2, 0.95), true);
            assertTrue(r.sway().baseline());
        }
        return g;
    }

    @Test
    void theGradeFollowsTheEstimatedSwingAndTheProfilesThresholds() {
        Grader g = grader("barbell-row");
        assertEquals(Grade.STRICT, g.grade(rep(5, 0.45, 0.95), true).grade());
        RepGrade cheat = g.grade(rep(17.5, 0.5, 0.95), true);
        assertEquals(Grade.CHEAT, cheat.grade());
        assertEquals(Sway.Basis.EARLY_MOVEMENT, cheat.sway().basis(), "no calibration: the early movement");
        assertFalse(cheat.sway().baseline(), "nothing joins a calibration without a calibration set");
        assertFalse(g.calibrated());
        assertNull(g.calibration());
        assertEquals(17.5, cheat.sway().torsoSwingDeg(), 1e-9);
        assertEquals(0.07, cheat.sway().horizontalM(), 0);
        assertEquals(0.02, cheat.sway().dipM(), 0);
        assertEquals(Grade.EXCESSIVE, g.grade(rep(31, 0.55, 0.95), true).grade());
        assertEquals(Grade.CHEAT, new Grader(ExerciseProfiles.get("barbell-row").withThresholds(4.0, 20.0))
                .grade(rep(5, 0.45, 0.95), true).grade());
    }

    @Test
    void confidenceFallsNearAThresholdWithoutAGyroscopeAndOnUncalibratedExercises() {
        Grader g = grader("barbell-row");
        double spread = SwingModel.FREE_BAR.spreadDeg(true);
        double far = g.grade(rep(2, 0.45, 0.95), true).confidence();
        double near = g.grade(rep(9.5, 0.45, 0.95), true).confidence();
        double onIt = g.grade(rep(10, 0.45, 0.95), true).confidence();
        assertEquals(SwingModel.probabilityWithin(2, spread, Double.NEGATIVE_INFINITY, 10), far, 1e-12, "8° from the threshold");
        assertTrue(far > 0.85, "8° from the threshold: " + far);
        assertTrue(near < 0.55 && near > onIt, "0.5° from it: " + near);
        assertEquals(0.5, onIt, 0.02, "on the threshold the grade is a coin toss");
        double middle = g.grade(rep(17.5, 0.5, 0.95), true).confidence();
        assertEquals(SwingModel.probabilityWithin(17.5, spread, 10, 25), middle, 1e-12, "7.5° from both thresholds");

        RepGrade withoutGyro = g.grade(rep(5, 0.45, 0.95), false);
        assertEquals(5, withoutGyro.sway().torsoSwingDeg(), 1e-9, "read from the vertical early movement");
        double accelOnly = withoutGyro.confidence();
        double gyro = g.grade(rep(5, 0.45, 0.95), true).confidence();
        assertTrue(accelOnly < gyro, accelOnly + " vs " + gyro);
        double lowRate = g.grade(rep(5, 0.45, 0.95 * 0.7), true).confidence();
        assertEquals(0.7 * gyro, lowRate, 1e-9, "the motion core's own doubts (rate, gaps) carry over");
        double cable = grader("cable-row").grade(rep(5, 0.45, 0.95), true).confidence();
        assertEquals(0.5 * gyro, cable, 1e-9, "not validated on cable rows");
    }

    @Test
    void aGradeReadWithoutABaselineIsLessCertainThanOneReadAgainstTheLiftersOwnReps() {
        // The early movement alone errs as much as bodies differ (its spread is measured over both families of simulated
        // lifters); a departure from the lifter's own strict reps errs as little as the model fitted on one family leaves.
        double early = SwingModel.FREE_BAR.spreadDeg(true), departure = MODEL.spreadDeg(true);
        assertTrue(early > departure, early + "° vs " + departure + "°");
        RepGrade alone = grader("barbell-row").grade(rep(2, 0.45, 0.95), true);
        assertEquals(Sway.Basis.EARLY_MOVEMENT, alone.sway().basis());
        RepGrade against = calibrated().grade(rep(2, 6, 0.403, 0, 2, 0.95), true);
        assertEquals(Sway.Basis.CALIBRATED, against.sway().basis());
        assertTrue(against.sway().featuresAgree());
        assertEquals(SwingModel.probabilityWithin(against.sway().torsoSwingDeg(), departure, Double.NEGATIVE_INFINITY, 10),
                against.confidence(), 1e-12);
        assertTrue(against.sway().torsoSwingDeg() >= 2 && against.confidence() < 1, "read at "
                + against.sway().torsoSwingDeg() + "°");
        assertTrue(alone.confidence() < against.confidence() - 0.05, alone.confidence() + " vs " + against.confidence()
                + " for the same or a larger swing");
    }

    @Test
    void romIsComparedWithTheLiftersOwnStrictReps() {
        Grader g = grader("barbell-row");
        assertTrue(Double.isNaN(g.grade(rep(3, 0.40, 0.95), true).sway().romVsStrict()));
        assertTrue(Double.isNaN(g.grade(rep(2, 0.44, 0.95), true).sway().romVsStrict()), "one strict rep is not a baseline");
        assertEquals(0.5 / 0.42, g.grade(rep(18, 0.50, 0.95), true).sway().romVsStrict(), 1e-12, "median of 0.40 and 0.44");
        // A cheat rep and an uncertain strict one (near the threshold) do not join the baseline.
        g.grade(rep(9.8, 0.60, 0.95), true);
        g.grade(rep(4, 0.42, 0.95), true);
        assertEquals(0.42 / 0.42, g.grade(rep(1, 0.42, 0.95), true).sway().romVsStrict(), 1e-12, "median of 0.40, 0.42, 0.44");
    }

    @Test
    void theBaselineKeepsOnlyTheLatestStrictReps() {
        Grader g = grader("barbell-row");
        for (int i = 0; i < 20; i++) {
            g.grade(rep(2, i < 12 ? 0.30 : 0.50, 0.95), true);
        }
        assertEquals(1.0, g.grade(rep(2, 0.50, 0.95), true).sway().romVsStrict(), 1e-12,
                "the last " + Grader.STRICT_HISTORY + " strict reps were all 0.50 m");
    }

    @Test
    void tBarRowsAreReadFromTheHeightOfTheEarlyMovementWithTheirOwnLever() {
        // The arc about the pivot gives a strict T-bar pull an early "movement" that is horizontal: ignored.
        SwingModel tbar = ExerciseProfiles.get("t-bar-row").swing();
        Rep strictArc = new Rep(1, 1, 1, 1.8, 3, 0.4, 0.5, 1.2, 0.8, 1.2, 0.95,
                new RepShape(0.18, 0, 0.5, 0.3, 0.11, 0.01, 0.7), 3.2);
        assertEquals(Grade.CHEAT, grader("barbell-row").grade(strictArc, true).grade(), "read as a free bar");
        RepGrade g = grader("t-bar-row").grade(strictArc, true);
        assertEquals(Grade.STRICT, g.grade());
        assertEquals(Math.toDegrees(0.01 / tbar.gyroLeverM()), g.sway().torsoSwingDeg(), 1e-9);
        assertEquals(0.01, g.sway().earlyPathM(), 0, "the movement read is reported");
        // Its estimate is at least as uncertain as a free bar's: the same estimate gets no higher confidence.
        Rep swung = new Rep(1, 1, 1, 1.8, 3, 0.5, 0.6, 1.5, 0.8, 1.2, 0.95,
                new RepShape(0.2, 0.02, 0.35, 0.6, 0.1, Math.toRadians(17) * tbar.gyroLeverM(), 0.5), 3.2);
        RepGrade t = grader("t-bar-row").grade(swung, true);
        assertEquals(17, t.sway().torsoSwingDeg(), 1e-9);
        assertEquals(Grade.CHEAT, t.grade());
        assertTrue(tbar.spreadDeg(true) >= SwingModel.FREE_BAR.spreadDeg(true));
        assertEquals(SwingModel.probabilityWithin(17, tbar.spreadDeg(true), 10, 25), t.confidence(), 1e-12);
    }

    @Test
    void withACalibrationSetSwingIsTheDepartureFromItsReps() {
        Grader g = calibrated();
        assertTrue(g.calibrated());
        assertEquals(new Calibration(0.403, 5), g.calibration());
        // 9.7 cm further than the calibration's median: the shoulders rose, though the early movement read 2°.
        RepGrade swung = g.grade(rep(2, 1, 0.50, 0, 2, 0.95), true);
        assertEquals(Sway.Basis.CALIBRATED, swung.sway().basis());
        assertEquals(0.097, swung.sway().romDepartureM(), 1e-9);
        assertEquals(0, swung.sway().horizontalDepartureM(), 1e-12);
        assertEquals(MODEL.arcDegPerM() * 0.097 + MODEL.offsetDeg(), swung.sway().torsoSwingDeg(), 1e-9);
        assertEquals(Grade.CHEAT, swung.grade());
        assertFalse(swung.sway().featuresAgree(), "the early movement read 2°");
        assertFalse(swung.sway().baseline(), "only the calibration set joins");
        // A dip lengthens the pull from below: the pull starts from its bottom, and it is part of the departure.
        RepGrade dipped = g.grade(rep(2, 2, 0.483, 0.04, 14, 0.95), true);
        assertEquals(MODEL.arcDegPerM() * 0.08 + MODEL.offsetDeg(), dipped.sway().torsoSwingDeg(), 1e-9);
        assertTrue(dipped.sway().featuresAgree());
        // Without a gyroscope the height alone is read, with its own coefficients.
        RepGrade accelOnly = g.grade(rep(2, 3, 0.50, 0, 2, 0.95), false);
        assertEquals(MODEL.verticalDegPerM() * 0.097 + MODEL.verticalOffsetDeg(), accelOnly.sway().torsoSwingDeg(), 1e-9);
        assertEquals(new Calibration(0.403, 5), g.calibration(), "later sets leave the calibration alone");
    }

    /** Rep {@code index} of set 2: 0.45 m of ROM and 0.15 m of horizontal excursion, an early movement of {@code earlyDeg}. */
    private static Rep furtherBack(int index, double earlyDeg) {
        double early = Math.toRadians(earlyDeg) * SwingModel.EFFECTIVE_LEVER_M;
        return new Rep(2, index, 1, 1.8, 3, 0.45, 0.45 / 0.8, 1.2, 0.8, 1.2, 0.95,
                new RepShape(0.15, 0, 0.4, 0.3, early, Math.toRadians(earlyDeg) * SwingModel.VERTICAL_LEVER_M, 0.6), 3.2);
    }

    @Test
    void withAGyroscopeTheTwoDepartureReadingsBoundTheSwingAndTheEarlyMovementDecidesWithin() {
        // 4.7 cm higher and 8 cm further back than the calibration's reps: read along the arc (9.3 cm) and from the height alone.
        Grader g = calibrated();
        double both = MODEL.arcDegPerM() * Math.hypot(0.047, 0.08) + MODEL.offsetDeg();
        double height = MODEL.verticalDegPerM() * 0.047 + MODEL.verticalOffsetDeg();
        double low = Math.min(both, height), high = Math.max(both, height);
        assertTrue(high - low > 1, both + " and " + height);
        RepGrade within = g.grade(furtherBack(1, 0.5 * (low + high)), true);
        assertEquals(0.08, within.sway().horizontalDepartureM(), 1e-9);
        assertEquals(0.5 * (low + high), within.sway().torsoSwingDeg(), 1e-9, "the early movement, between the two");
        assertEquals(low, g.grade(furtherBack(2, 1), true).sway().torsoSwingDeg(), 1e-9, "the lower departure reading");
        assertEquals(high, g.grade(furtherBack(3, 40), true).sway().torsoSwingDeg(), 1e-9, "the higher one");
        assertEquals(height, g.grade(furtherBack(4, 40), false).sway().torsoSwingDeg(), 1e-9,
                "without a gyroscope the height alone");
    }

    @Test
    void aStoredCalibrationIsTheBaselineFromTheFirstRep() {
        Grader stored = new Grader(ExerciseProfiles.get("barbell-row"), MODEL, new Calibration(0.40, 12), false);
        RepGrade first = stored.grade(rep(1, 1, 0.50, 0, 2, 0.95), true);
        assertEquals(Sway.Basis.CALIBRATED, first.sway().basis());
        assertEquals(Grade.CHEAT, first.grade(), "a stored calibration catches a cheat on the first rep");
        assertEquals(Grade.STRICT, grader("barbell-row").grade(rep(1, 1, 0.50, 0, 2, 0.95), true).grade(),
                "which the early movement alone does not");
        assertEquals(new Calibration(0.40, 12), stored.calibration(), "the cheat did not join");
    }

    @Test
    void aGradeIsAtMostSixTenthsCertainWithoutAGyroscopeCalibratedOrNot() {
        Grader g = calibrated();
        double far = g.grade(rep(2, 1, 0.403, 0, 2, 0.95), true).confidence();
        assertTrue(far > 0.9, "far from the threshold: " + far);
        for (int i = 0; i < 5; i++) {
            assertTrue(g.grade(rep(2, 2 + i, 0.40 + 0.02 * i, 0, 2 + 5 * i, 0.95), false).confidence()
                    <= Grader.ACCEL_ONLY_MAX_CONFIDENCE);
        }
        // Before any baseline, on the early movement alone: the path without a gyroscope is no surer.
        Grader uncalibrated = grader("barbell-row");
        assertTrue(uncalibrated.grade(rep(2, 0.40, 0.95), true).confidence() > Grader.ACCEL_ONLY_MAX_CONFIDENCE,
                "with a gyroscope, far from a threshold");
        for (double early : new double[] {1, 2, 25, 40}) {
            double c = uncalibrated.grade(rep(early, 0.40, 0.95), false).confidence();
            assertTrue(c <= Grader.ACCEL_ONLY_MAX_CONFIDENCE, early + "°: " + c);
        }
    }

    @Test
    void aSwingBeyondSixtyDegreesIsWithheld() {
        RepGrade r = calibrated().grade(rep(2, 1, 0.90, 0, 2, 0.95), true);
        assertTrue(r.withheld());
        assertNull(r.grade());
        assertTrue(Double.isNaN(r.sway().torsoSwingDeg()));
        assertTrue(Double.isNaN(r.confidence()));
        RepGrade early = grader("barbell-row").grade(rep(70, 0.40, 0.95), true);
        assertTrue(early.withheld(), "the early movement's estimate too");
    }

    @Test
    void aDiscardedMovementLeavesTheCalibration() {
        Grader g = calibrated();
        Rep pickUp = new Rep(1, 6, 30, 30.8, 32, 0.90, 1.1, 1.2, 0.8, 1.2, 0.95,
                new RepShape(0.07, 0, 0.4, 0.3, 0, 0, 0.6), 32.2);
        g.grade(pickUp, true);
        assertEquals(new Calibration(0.4035, 6), g.calibration());
        g.discard(pickUp);
        assertEquals(new Calibration(0.403, 5), g.calibration());
    }

    /** Rep {@code index} of set {@code set}: this ROM and horizontal excursion, an early movement of {@code earlyDeg}. */
    private static Rep pull(int set, int index, double romM, double horizontalM, double earlyDeg) {
        double early = Math.toRadians(earlyDeg) * SwingModel.EFFECTIVE_LEVER_M;
        double earlyVertical = Math.toRadians(earlyDeg) * SwingModel.VERTICAL_LEVER_M;
        return new Rep(set, index, 1, 1.8, 3, romM, romM / 0.8, 1.2, 0.8, 1.2, 0.95,
                new RepShape(horizontalM, 0, 0.4, 0.3, early, earlyVertical, 0.6), 3.2);
    }

    @Test
    void withoutACalibrationASetsFirstTwoStrictRepsAreTheBaselineOfItsLaterReps() {
        Grader g = grader("barbell-row");
        for (int i = 1; i <= 2; i++) {
            RepGrade first = g.grade(pull(1, i, 0.40 + 0.002 * (i - 1), 0.06, 3), true);
            assertEquals(Sway.Basis.EARLY_MOVEMENT, first.sway().basis(), "rep " + i + " is read before there is a baseline");
            assertTrue(Double.isNaN(first.sway().romDepartureM()));
        }
        // 6 cm higher and 3 cm further back than the set's first two reps, though the early movement read 8°.
        RepGrade swung = g.grade(pull(1, 3, 0.461, 0.09, 8), true);
        assertEquals(Sway.Basis.FIRST_REPS, swung.sway().basis());
        assertEquals(0.06, swung.sway().romDepartureM(), 1e-9);
        assertEquals(0.03, swung.sway().horizontalDepartureM(), 1e-9);
        double departure = MODEL.swingDeg(0.06, 0.03, 8, true);
        assertTrue(departure > 12, "the departure alone reads " + departure);
        assertEquals(0.5 * (departure + 8), swung.sway().torsoSwingDeg(), 1e-9, "weighed equally with the early movement");
        assertEquals(Grade.CHEAT, swung.grade());
        assertFalse(swung.sway().baseline(), "no calibration is learned from it");
        assertNull(g.calibration());
        // The next set starts over: its own first reps.
        assertEquals(Sway.Basis.EARLY_MOVEMENT, g.grade(pull(2, 1, 0.30, 0.06, 3), true).sway().basis());
    }

    @Test
    void aSetThatCheatsFromItsFirstRepsHasNoBaselineOfItsOwn() {
        Grader g = grader("barbell-row");
        g.grade(pull(1, 1, 0.46, 0.09, 14), true);
        g.grade(pull(1, 2, 0.46, 0.09, 12), true);
        g.grade(pull(1, 3, 0.46, 0.09, 3), true);
        RepGrade fourth = g.grade(pull(1, 4, 0.46, 0.09, 14), true);
        assertEquals(Sway.Basis.EARLY_MOVEMENT, fourth.sway().basis());
        assertEquals(14, fourth.sway().torsoSwingDeg(), 1e-9);
    }

    /** What reps 3 and 4 of a set are read against when its first movement had this ROM and early movement. */
    private static List<Sway.Basis> afterAFirstMovement(double romM, double earlyDeg) {
        Grader g = grader("barbell-row");
        g.grade(pull(1, 1, romM, 0.05, earlyDeg), true);
        g.grade(pull(1, 2, 0.40, 0.06, 3), true);
        return List.of(g.grade(pull(1, 3, 0.41, 0.06, 3), true).sway().basis(),
                g.grade(pull(1, 4, 0.405, 0.06, 3), true).sway().basis());
    }

    @Test
    void aFirstMovementUnlikeTheNextIsTakenForThePickUpAndTheNextTwoRepsAreTheBaseline() {
        // The third rep joins the baseline in the pick-up's place.
        List<Sway.Basis> afterPickUp = List.of(Sway.Basis.EARLY_MOVEMENT, Sway.Basis.FIRST_REPS);
        assertEquals(afterPickUp, afterAFirstMovement(0.58, 6), "from the floor to the hang, 45 % further than the rows");
        assertEquals(afterPickUp, afterAFirstMovement(0.45, 17), "the hips drove it up: it alone reads a swing");
        assertEquals(List.of(Sway.Basis.FIRST_REPS, Sway.Basis.FIRST_REPS), afterAFirstMovement(0.41, 3), "a row");
    }

    @Test
    void aRevisedFirstRepReplacesItselfInTheBaseline() {
        Grader g = grader("barbell-row");
        g.grade(pull(1, 1, 0.40, 0.06, 3), true);
        g.grade(pull(1, 2, 0.40, 0.06, 14), true);
        g.regrade(pull(1, 2, 0.42, 0.06, 4), true);
        RepGrade third = g.grade(pull(1, 3, 0.41, 0.06, 3), true);
        assertEquals(Sway.Basis.FIRST_REPS, third.sway().basis(), "the revised rep reads strict");
        assertEquals(0, third.sway().romDepartureM(), 1e-9);
    }

    @Test
    void withoutAGyroscopeTheHeightsDepartureFromTheFirstRepsIsReadAndNotOnASupportedRow() {
        Grader noGyro = grader("barbell-row");
        Grader seal = grader("seal-row");
        for (int i = 1; i <= 2; i++) {
            noGyro.grade(pull(1, i, 0.40, 0.06, 3), false);
            seal.grade(pull(1, i, 0.40, 0.06, 3), true);
        }
        RepGrade accelOnly = noGyro.grade(pull(1, 3, 0.46, 0.09, 3), false);
        assertEquals(Sway.Basis.FIRST_REPS, accelOnly.sway().basis());
        assertEquals(0.5 * (MODEL.heightSwingDeg(0.06) + 3), accelOnly.sway().torsoSwingDeg(), 1e-9,
                "the height alone (the horizontal path is unreliable), weighed equally with the early movement");
        assertEquals(Sway.Basis.EARLY_MOVEMENT, seal.grade(pull(1, 3, 0.46, 0.09, 3), true).sway().basis(),
                "the torso lies on the bench: a departure is the arms'");
    }
}
