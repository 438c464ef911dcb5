package dev.rowcoach.session;

import dev.rowcoach.coach.RepList;
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
