package dev.rowcoach.audio;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RepCuesTest {

    @Test
    void pitchSaysTheGradeHigherIsBetter() {
        assertEquals(RepCues.STRICT, RepCues.forGrade("strict"));
        assertEquals(RepCues.CHEAT, RepCues.forGrade("cheat"));
        assertEquals(RepCues.EXCESSIVE, RepCues.forGrade("excessive"));
        assertEquals(RepCues.UNGRADED, RepCues.forGrade(null));
        double[] pitches = {RepCues.STRICT.frequencyHz(), RepCues.UNGRADED.frequencyHz(), RepCues.CHEAT.frequencyHz(),
            RepCues.EXCESSIVE.frequencyHz()};
        for (int i = 1; i < pitches.length; i++) {
            assertEquals(true, pitches[i] < pitches[i - 1], "descending: " + java.util.Arrays.toString(pitches));
        }
    }

    @Test
    void theStopCueSoundsOncePerSetWhenVelocityLossReachesTheThreshold() {
        RepCues cues = new RepCues(20.0);
        assertEquals(List.of(RepCues.UNGRADED), cues.rep(1, null, 0.80));
        assertEquals(List.of(RepCues.STRICT), cues.rep(1, "strict", 1.00));   // the new best
        assertEquals(List.of(RepCues.STRICT), cues.rep(1, "strict", 0.81));   // 19 % loss
        assertEquals(List.of(RepCues.CHEAT, RepCues.STOP), cues.rep(1, "cheat", 0.80)); // 20 %
        assertEquals(List.of(RepCues.CHEAT), cues.rep(1, "cheat", 0.70));     // once per set
        assertEquals(List.of(RepCues.STRICT), cues.rep(2, "strict", 0.70));   // a new set, a new best
        assertEquals(List.of(RepCues.STRICT, RepCues.STOP), cues.rep(2, "strict", 0.50));
        assertEquals(List.of(RepCues.STRICT), cues.rep(2, "strict", Double.NaN));
        RepCues never = new RepCues(null);
        never.rep(1, null, 1.0);
        assertEquals(List.of(RepCues.UNGRADED), never.rep(1, null, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new RepCues(0.0));
        assertThrows(IllegalArgumentException.class, () -> new RepCues(100.0));
    }
}
