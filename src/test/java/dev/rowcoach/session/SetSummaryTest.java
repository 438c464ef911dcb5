package dev.rowcoach.session;

import dev.rowcoach.coach.RepList;
import dev.rowcoach.coach.SetVelocity;
import dev.rowcoach.grading.Grade;
import dev.rowcoach.grading.RepGrade;
import dev.rowcoach.grading.ExerciseProfiles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SetSummaryTest {

    private static List<RepReport> reps(double... mcv) {
        return SetReport.of(TestReps.set(1, 10, 3, 0.4, mcv), null, r -> null, ExerciseProfiles.get("barbell-row"), List.of(),
                VelocityTrace.NONE).reps();
    }

    @Test
    void velocityLossIsFromTheFastestRepToTheLast() {
        SetSummary s = SetSummary.of(reps(0.80, 0.76, 0.70, 0.60));
        assertEquals(4, s.reps());
        assertEquals(0.80, s.bestVelocityMps(), 1e-12);
        assertEquals((0.80 + 0.76 + 0.70 + 0.60) / 4, s.meanVelocityMps(), 1e-12);
        assertEquals(25.0, s.velocityLossPct(), 1e-9);
    }

    @Test
    void aSlowFirstRepDoesNotHideTheLoss() {
        // The fastest rep is the second: loss is measured from it, not from the first.
        SetSummary s = SetSummary.of(reps(0.60, 0.80, 0.72));
        assertEquals(0.80, s.bestVelocityMps(), 1e-12);
        assertEquals(10.0, s.velocityLossPct(), 1e-9);
    }

    @Test
    void aLastRepThatIsTheFastestLosesNothingAndOneRepLosesNothing() {
        assertEquals(0.0, SetSummary.of(reps(0.5, 0.6, 0.7)).velocityLossPct(), 1e-12);
        SetSummary one = SetSummary.of(reps(0.55));
        assertEquals(1, one.reps());
        assertEquals(0.0, one.velocityLossPct(), 1e-12);
        assertEquals(0.55, one.meanVelocityMps(), 1e-12);
    }

    /** A set of {@code mcv.length} reps graded {@code grades} in order (null: withheld). */
    private static SetReport graded(Grade[] grades, double... mcv) {
        int[] i = {0};
        return SetReport.of(TestReps.set(1, 10, 3, 0.4, mcv), null, r -> new RepGrade(null, grades[i[0]++], 0.9),
                ExerciseProfiles.get("barbell-row"), List.of(), VelocityTrace.NONE);
    }

    @Test
    void theSummarysBestAndLossAreTheStrictRepsAndAWithheldGradeIsNotStrict() {
        SetReport set = graded(new Grade[] {Grade.STRICT, null, Grade.STRICT, Grade.CHEAT}, 0.80, 0.95, 0.76, 0.60);
        SetSummary s = set.summary();
        assertEquals(SetVelocity.Basis.STRICT, s.velocity().basis());
        assertEquals(0.80, s.bestVelocityMps(), 1e-12, "the rep without a grade is not strict");
        assertEquals(5.0, s.velocityLossPct(), 1e-9);
        assertEquals((0.95 - 0.60) / 0.95 * 100, s.velocity().all().lossPct(), 1e-9, "from the ungraded fastest rep");
        assertEquals((0.80 + 0.95 + 0.76 + 0.60) / 4, s.meanVelocityMps(), 1e-12, "the mean is of every rep");
        assertEquals(5.0, set.facts().velocityLossPct(), 1e-9, "the coaching gets the strict loss");
    }

    @Test
    void theLossIsWithheldWhenTheLastStrictRepsVelocityIs() {
        // 3 m/s is faster than any row: that MCV is withheld, and with it the strict reps' loss.
        SetReport set = graded(new Grade[] {Grade.STRICT, Grade.STRICT, Grade.STRICT, Grade.CHEAT}, 0.80, 0.78, 3.0, 0.70);
        assertTrue(Double.isNaN(set.summary().velocityLossPct()));
        assertTrue(set.withheldSentences().contains(
                "Set 1: velocity loss withheld (its last strict rep's mean concentric velocity is withheld)."),
                set.withheldSentences().toString());
        SetReport ungraded = SetReport.of(TestReps.set(1, 10, 3, 0.4, 0.80, 0.78, 3.0), null, r -> null,
                ExerciseProfiles.get("barbell-row"), List.of(), VelocityTrace.NONE);
        assertTrue(ungraded.withheldSentences().contains(
                "Set 1: velocity loss withheld (its last rep's mean concentric velocity is withheld)."));
    }

    @Test
    void anEmptySetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SetSummary.of(List.of()));
    }

    @Test
    void nonStrictRepsAreNamedAsRuns() {
        assertEquals("rep 3 of 8", RepList.where(List.of(3), 8));
        assertEquals("reps 6–8 of 8", RepList.where(List.of(6, 7, 8), 8));
        assertEquals("reps 2, 6–8 of 8", RepList.where(List.of(2, 6, 7, 8), 8));
        assertEquals("reps 4, 5 of 5", RepList.where(List.of(4, 5), 5));
        assertEquals("reps 1, 3, 5, 6 of 6", RepList.where(List.of(1, 3, 5, 6), 6));
    }
}
