package dev.rowcoach.coach;

import dev.rowcoach.grading.ExerciseProfiles;
import dev.rowcoach.grading.Grade;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static dev.rowcoach.grading.Grade.CHEAT;
import static dev.rowcoach.grading.Grade.EXCESSIVE;
import static dev.rowcoach.grading.Grade.STRICT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule of the shipped guidance resource on constructed sets: when it fires, when it stays quiet. */
class CoachTest {

    private final Coach coach = new Coach(GuidanceBook.standard());

    private static SetFacts set(double lossPct, Grade... grades) {
        return new SetFacts(List.of(grades), lossPct);
    }

    private static List<String> ids(List<Guidance> advice) {
        return advice.stream().map(Guidance::ruleId).toList();
    }

    private List<Guidance> on(String exercise, SetFacts set) {
        return coach.forSet(set, ExerciseProfiles.get(exercise));
    }

    @Test
    void bodyEnglishFromTheFirstHalfOfABarbellRowSetIsFlaggedNotOnTheLastReps() {
        List<Guidance> early = on("barbell-row", set(20, STRICT, CHEAT, CHEAT, STRICT, STRICT, STRICT, STRICT, STRICT));
        assertEquals(List.of("cheat-where-it-pays"), ids(early));
        assertTrue(early.get(0).message().startsWith("Body English from rep 2 of 8"), early.get(0).message());
        assertTrue(early.get(0).source().contains("3 Reasons Your Upper Back Is Not Growing"), early.get(0).source());
        assertEquals(List.of(), on("barbell-row", set(20, STRICT, STRICT, STRICT, STRICT, STRICT, CHEAT, CHEAT, CHEAT)));
    }

    @Test
    void aStrictBarbellRowSetThatBarelySlowedHadRoomForHarderRepsButNotOnStrictVariants() {
        List<Guidance> room = on("barbell-row", set(6.4, STRICT, STRICT, STRICT, STRICT, STRICT));
        assertEquals(List.of("cheat-where-it-pays"), ids(room));
        assertTrue(room.get(0).message().contains("All 5 reps stayed strict and the bar slowed by only 6 %"), room.get(0).message());
        assertEquals(List.of(), on("barbell-row", set(18, STRICT, STRICT, STRICT, STRICT, STRICT)), "a hard strict set");
        assertEquals(List.of(), on("t-bar-row", set(6.4, STRICT, STRICT, STRICT, STRICT, STRICT)), "strict is the point there");
        assertEquals(List.of(), on("barbell-row", set(6.4, STRICT, STRICT)), "too few reps to judge");
        List<Grade> ungraded = new ArrayList<>(Collections.nCopies(5, STRICT));
        ungraded.set(2, null);
        assertEquals(List.of(), on("barbell-row", new SetFacts(ungraded, 6.4)), "not all graded: unknown, not strict");
    }

    @Test
    void excessiveRepsAreFlaggedOnEveryExerciseWithTheirRepNumbersAndThreshold() {
        List<Guidance> flop = on("kroc-row", set(30, CHEAT, CHEAT, EXCESSIVE, CHEAT, EXCESSIVE, EXCESSIVE));
        assertEquals(List.of("dont-flop"), ids(flop), "Kroc rows use body English from the first rep; flopping is still flopping");
        assertTrue(flop.get(0).message().startsWith("Reps 3, 5, 6 of 6 swung past 25°"), flop.get(0).message());
    }

    @Test
    void strictVariantsAreFlaggedForAnySwingAndKrocRowsForNone() {
        List<Guidance> seal = on("seal-row", set(20, STRICT, STRICT, CHEAT, STRICT));
        assertEquals(List.of("strict-variants"), ids(seal));
        assertTrue(seal.get(0).message().startsWith("Rep 3 of 4 used body English on the seal row"), seal.get(0).message());
        List<Guidance> kroc = on("kroc-row", set(20, STRICT, STRICT, STRICT, STRICT, STRICT, STRICT));
        assertEquals(List.of("strict-variants"), ids(kroc));
        assertTrue(kroc.get(0).source().contains("Kroc rows"), kroc.get(0).source());
    }

    @Test
    void aSessionWhoseEverySetEndedFarFromFailureGetsTheEffortSignalWithItsCaveat() {
        List<Guidance> easy = coach.forSession(List.of(set(4, STRICT, STRICT, STRICT), set(8.6, STRICT, STRICT, STRICT)));
        assertEquals(List.of("effort"), ids(easy));
        assertTrue(easy.get(0).message().contains("(the most: 9 %)"), easy.get(0).message());
        assertTrue(easy.get(0).message().contains("a signal, not a verdict"), easy.get(0).message());
        assertTrue(easy.get(0).source().contains("Pérez-Castilla"), easy.get(0).source());
        assertEquals(List.of(), coach.forSession(List.of(set(4, STRICT, STRICT, STRICT), set(12, STRICT, STRICT, STRICT))));
        assertEquals(List.of(), coach.forSession(List.of(set(2, STRICT, STRICT))), "no set long enough to judge");
    }

    @Test
    void everyRuleOfTheResourceStatesItsRuleAndConditionAndCitesKnownSources() {
        List<GuidanceBook.Rule> rules = GuidanceBook.standard().rules();
        assertEquals(List.of("cheat-where-it-pays", "dont-flop", "strict-variants", "effort"),
                rules.stream().map(GuidanceBook.Rule::id).toList());
        for (GuidanceBook.Rule r : rules) {
            assertTrue(r.rule().endsWith(".") && r.condition().endsWith("."), r.id());
            assertTrue(!r.messages().isEmpty(), r.id());
            r.messages().values().forEach(m -> assertTrue(!m.sources().isEmpty(), r.id()));
        }
    }
}
