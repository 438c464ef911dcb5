package dev.rowcoach.coach;

import dev.rowcoach.grading.Grade;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static dev.rowcoach.grading.Grade.CHEAT;
import static dev.rowcoach.grading.Grade.EXCESSIVE;
import static dev.rowcoach.grading.Grade.STRICT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SetVelocityTest {

    private static SetVelocity of(List<Grade> grades, double... mcv) {
        return SetVelocity.of(grades, Arrays.stream(mcv).boxed().toList());
    }

    @Test
    void strictRepsAloneGiveTheBestAndTheLoss() {
        // Seven strict reps slowing from 1.00 to 0.85, then three cheat reps the hips speed up.
        SetVelocity v = of(List.of(STRICT, STRICT, STRICT, STRICT, STRICT, STRICT, STRICT, CHEAT, CHEAT, CHEAT),
                0.95, 1.00, 0.97, 0.95, 0.92, 0.90, 0.85, 1.06, 0.98, 0.88);
        assertEquals(SetVelocity.Basis.STRICT, v.basis());
        assertEquals(7, v.strict().reps());
        assertEquals(1.00, v.strict().bestMps(), 1e-12);
        assertEquals(15.0, v.strict().lossPct(), 1e-9);
        assertEquals(10, v.all().reps());
        assertEquals(1.06, v.all().bestMps(), 1e-12, "a cheat rep was the fastest of all");
        assertEquals((1.06 - 0.88) / 1.06 * 100, v.all().lossPct(), 1e-9);
        assertEquals(v.strict(), v.used());
        assertTrue(v.differs(), "best 0.06 m/s apart");
        assertEquals("the 7 strict reps", v.source());
        String note = v.note();
        assertTrue(note.startsWith("strict reps only (7): best 1.000 m/s, velocity loss 15.0 %; all 10 reps: best 1.060 m/s, "
                + "velocity loss 17.0 %."), note);
        assertTrue(note.contains("Sánchez-Medina & González-Badillo 2011"), note);
        assertTrue(note.contains("González-Badillo & Sánchez-Medina 2010"), note);
    }

    @Test
    void aCheatRepBetweenStrictOnesIsLeftOutOfTheLoss() {
        // The last rep is strict; the cheat rep in the middle is the fastest of all.
        SetVelocity v = of(List.of(STRICT, CHEAT, STRICT), 0.80, 0.90, 0.72);
        assertEquals(0.80, v.used().bestMps(), 1e-12);
        assertEquals(10.0, v.used().lossPct(), 1e-9);
        assertEquals(20.0, v.all().lossPct(), 1e-9);
        assertTrue(v.differs());
    }

    @Test
    void fewerThanTwoStrictRepsFallBackToAllReps() {
        SetVelocity one = of(List.of(CHEAT, STRICT, EXCESSIVE, CHEAT), 0.90, 0.85, 0.80, 0.70);
        assertEquals(SetVelocity.Basis.ALL, one.basis());
        assertNull(one.strict(), "one strict rep is no loss");
        assertEquals(one.all(), one.used());
        assertEquals(0.90, one.used().bestMps(), 1e-12);
        assertEquals(100 * 0.2 / 0.9, one.used().lossPct(), 1e-9);
        assertFalse(one.differs());
        assertNull(one.note());
        assertEquals("all 4 reps: fewer than 2 strict", one.source());
        SetVelocity none = of(List.of(CHEAT, CHEAT), 0.9, 0.8);
        assertEquals(SetVelocity.Basis.ALL, none.basis());
        SetVelocity single = of(List.of(STRICT), 0.55);
        assertEquals(SetVelocity.Basis.ALL, single.basis());
        assertEquals(0.0, single.used().lossPct(), 0, "one rep loses nothing");
        assertEquals("all 1 rep: fewer than 2 strict", single.source());
    }

    @Test
    void aWithheldOrUnknownGradeIsNotStrict() {
        SetVelocity v = of(Arrays.asList(STRICT, null, STRICT, null), 0.80, 0.95, 0.76, 0.60);
        assertEquals(SetVelocity.Basis.STRICT, v.basis());
        assertEquals(2, v.strict().reps(), "the two reps without a grade are not strict");
        assertEquals(5.0, v.strict().lossPct(), 1e-9);
        assertEquals(4, v.all().reps());
        SetVelocity ungraded = of(Arrays.asList(null, null, null), 0.8, 0.7, 0.6);
        assertEquals(SetVelocity.Basis.ALL, ungraded.basis(), "no grades at all: every rep");
        assertEquals(25.0, ungraded.used().lossPct(), 1e-9);
    }

    @Test
    void aWithheldVelocityIsUnknownNotZero() {
        // The last strict rep's MCV was withheld: no strict loss; the best comes from the reps that have one.
        SetVelocity v = of(List.of(STRICT, STRICT, STRICT, CHEAT), 0.80, 0.78, Double.NaN, 0.70);
        assertEquals(0.80, v.strict().bestMps(), 1e-12);
        assertTrue(Double.isNaN(v.strict().lossPct()));
        assertEquals(12.5, v.all().lossPct(), 1e-9);
        assertTrue(v.differs(), "a loss known on one basis and not the other is shown both ways");
    }

    @Test
    void allStrictSetsHaveOneSetOfFigures() {
        SetVelocity v = of(List.of(STRICT, STRICT, STRICT), 0.8, 0.76, 0.6);
        assertEquals(v.strict(), v.all());
        assertFalse(v.differs());
        assertEquals("all 3 reps, all strict", v.source());
    }

    @Test
    void smallDifferencesAreNotShownTwice() {
        // Losses 3.9 points apart and bests equal: below both thresholds.
        SetVelocity close = of(List.of(STRICT, STRICT, CHEAT), 0.80, 0.72, 0.689);
        assertEquals(10.0, close.strict().lossPct(), 1e-9);
        assertEquals(13.875, close.all().lossPct(), 1e-9);
        assertFalse(close.differs());
        // Losses 5 points apart: shown.
        SetVelocity loss = of(List.of(STRICT, STRICT, CHEAT), 0.80, 0.72, 0.68);
        assertEquals(15.0, loss.all().lossPct(), 1e-9);
        assertTrue(loss.differs());
        // Best 0.03 m/s apart, losses close: shown.
        SetVelocity best = of(List.of(STRICT, STRICT, CHEAT, STRICT), 0.80, 0.78, 0.83, 0.78);
        assertEquals(0.03, best.all().bestMps() - best.strict().bestMps(), 1e-9);
        assertTrue(best.differs());
    }

    @Test
    void lossRelativeToNoVelocityIsNotANumber() {
        assertTrue(Double.isNaN(SetVelocity.lossPct(0, 0.1)));
        assertTrue(Double.isNaN(SetVelocity.lossPct(-0.2, -0.3)));
        assertTrue(Double.isNaN(SetVelocity.lossPct(Double.NaN, 0.3)));
        assertEquals(50.0, SetVelocity.lossPct(0.6, 0.3), 1e-12);
    }

    @Test
    void aSetNeedsOneGradeAndOneVelocityPerRep() {
        assertThrows(IllegalArgumentException.class, () -> of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> of(List.of(STRICT), 0.5, 0.6));
        assertThrows(IllegalArgumentException.class, () -> new SetVelocity(SetVelocity.Basis.STRICT, null,
                new SetVelocity.Figures(1, 0.5, 0)));
    }
}
