package dev.rowcoach.audio;

import dev.rowcoach.grading.Grade;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RepCuesTest {

    private static final Cue STRICT = RepCues.forGrade(Grade.STRICT);
    private static final Cue CHEAT = RepCues.forGrade(Grade.CHEAT);

    @Test
    void pitchSaysTheGradeHigherIsBetter() {
        assertEquals(880, RepCues.forGrade(Grade.STRICT).frequencyHz(), 0);
        assertEquals(RepCues.UNGRADED, RepCues.forGrade(null));
        double[] pitches = {STRICT.frequencyHz(), RepCues.UNGRADED.frequencyHz(), CHEAT.frequencyHz(),
            RepCues.forGrade(Grade.EXCESSIVE).frequencyHz()};
        for (int i = 1; i < pitches.length; i++) {
            assertEquals(true, pitches[i] < pitches[i - 1], "descending: " + java.util.Arrays.toString(pitches));
        }
    }

    @Test
    void theStopCueSoundsOncePerSetWhenTheStrictRepsVelocityLossReachesTheThreshold() {
        RepCues cues = new RepCues(20.0);
        assertEquals(List.of(RepCues.UNGRADED), cues.rep(1, null, 0.80));
        assertEquals(List.of(STRICT), cues.rep(1, Grade.STRICT, 1.00));   // the new best
        assertEquals(List.of(STRICT), cues.rep(1, Grade.STRICT, 0.81));   // 19 % loss
        assertEquals(List.of(CHEAT), cues.rep(1, Grade.CHEAT, 0.70));     // a cheat rep's speed is not the pull's
        assertEquals(List.of(STRICT, RepCues.STOP), cues.rep(1, Grade.STRICT, 0.80)); // 20 % over the strict reps
        assertEquals(List.of(CHEAT), cues.rep(1, Grade.CHEAT, 0.60));     // once per set
        assertEquals(List.of(STRICT), cues.rep(2, Grade.STRICT, 0.70));   // a new set, a new best
        assertEquals(List.of(STRICT, RepCues.STOP), cues.rep(2, Grade.STRICT, 0.50));
        assertEquals(List.of(STRICT), cues.rep(2, Grade.STRICT, Double.NaN));
        // Fewer than two strict reps: the loss is that of all the reps.
        assertEquals(List.of(CHEAT), cues.rep(3, Grade.CHEAT, 1.00));
        assertEquals(List.of(CHEAT, RepCues.STOP), cues.rep(3, Grade.CHEAT, 0.75));
        RepCues never = new RepCues(null);
        never.rep(1, null, 1.0);
        assertEquals(List.of(RepCues.UNGRADED), never.rep(1, null, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new RepCues(0.0));
        assertThrows(IllegalArgumentException.class, () -> new RepCues(100.0));
    }
}
