package dev.rowcoach.coach;

import dev.rowcoach.grading.ExerciseProfiles;
import dev.rowcoach.grading.Grade;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
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
        assertEquals(List.of("cheat-where-it-pays", "dont-flop", "strict-variants", "effort", "heavy-low-reps", "volume",
                "load-velocity"),
                rules.stream().map(GuidanceBook.Rule::id).toList());
        for (GuidanceBook.Rule r : rules) {
            assertTrue(r.rule().endsWith(".") && r.condition().endsWith("."), r.id());
            assertTrue(!r.messages().isEmpty(), r.id());
            r.messages().values().forEach(m -> assertTrue(!m.sources().isEmpty(), r.id()));
        }
    }

    private static final LocalDate DAY = LocalDate.parse("2026-03-04");

    private static WeekSummary week(int hardSets) {
        return new WeekSummary("2026-W10", LocalDate.parse("2026-03-02"), 2, hardSets + 1, hardSets, 0, hardSets + 1,
                0, 0, 0, 0);
    }

    private static PastSet past(int daysAgo, int reps, Double kg, Double mps) {
        return new PastSet(DAY.minusDays(daysAgo), "barbell-row", reps, kg, mps, SetVelocity.Basis.STRICT);
    }

    @Test
    void heavyLowRepSetsAreSuggestedWhenNoneWereDoneInTheLastFourteenDays() {
        TrainingFacts none = new TrainingFacts(DAY, "barbell-row", true,
                List.of(past(20, 5, null, null), past(2, 8, null, null), past(0, 10, null, null)), List.of(week(3)));
        List<Guidance> advice = coach.review(none, null).guidance();
        assertEquals(List.of("heavy-low-reps", "volume"), ids(advice));
        assertTrue(advice.get(0).message().startsWith("No set of 6 reps or fewer in the last 14 days"),
                advice.get(0).message());
        assertTrue(advice.get(0).source().contains("Upper Back Training"), advice.get(0).source());
        TrainingFacts thirteenDaysAgo = new TrainingFacts(DAY, "barbell-row", true,
                List.of(past(13, 6, null, null), past(0, 10, null, null)), List.of(week(3)));
        assertEquals(List.of("volume"), ids(coach.review(thirteenDaysAgo, null).guidance()));
        TrainingFacts withoutHistory = new TrainingFacts(DAY, "barbell-row", false, List.of(past(0, 10, null, null)),
                List.of());
        assertEquals(List.of(), ids(coach.review(withoutHistory, null).guidance()), "history-only rules stay quiet");
    }

    @Test
    void theWeeksHardSetsAreSetAgainstFifteenToTwenty() {
        for (int[] c : new int[][] {{1, 0}, {14, 0}, {15, 1}, {20, 1}, {21, 2}}) {
            TrainingFacts f = new TrainingFacts(DAY, "barbell-row", true, List.of(past(0, 5, null, null)),
                    List.of(week(0), week(c[0])));
            Guidance g = coach.review(f, null).guidance().get(0);
            assertEquals("volume", g.ruleId());
            String expected = List.of(c[0] + " hard " + (c[0] == 1 ? "set" : "sets") + " of rows so far, "
                    + (15 - c[0]) + " short of the 15–20", "within the 15–20", "above the 15–20").get(c[1]);
            assertTrue(g.message().startsWith("Week 2026-W10: ") && g.message().contains(expected), g.message());
        }
    }

    @Test
    void theLoadVelocityLineUsesThisExercisesLoadedSetsInItsWindowAndTheChosenThreshold() {
        List<PastSet> sets = new ArrayList<>(List.of(past(0, 3, 60.0, 0.92), past(0, 3, 80.0, 0.76),
                past(1, 3, 100.0, 0.60), past(0, 3, null, 0.3), past(40, 3, 120.0, 0.1)));
        sets.add(new PastSet(DAY, "seal-row", 3, 120.0, 0.1, SetVelocity.Basis.STRICT));
        TrainingFacts f = new TrainingFacts(DAY, "barbell-row", false, sets, List.of());
        TrainingReview review = coach.review(f, null);
        LoadVelocityProfile p = review.loadVelocity();
        assertEquals(3, p.points().size(), "no load, 40 days ago, another exercise: left out");
        assertEquals(110, p.e1rmKg(), 1e-9);
        Guidance g = review.guidance().get(0);
        assertEquals("load-velocity", g.ruleId());
        assertTrue(g.message().contains("3 sets at 60–100 kg") && g.message().contains("slows by 0.080 m/s per 10 kg")
                && g.message().contains("at about 110 kg"), g.message());
        assertTrue(g.source().contains("Sánchez-Medina"), g.source());
        assertEquals(100, coach.review(f, 0.60).loadVelocity().e1rmKg(), 1e-9, "--mvt 0.60");
        assertEquals(null, coach.review(new TrainingFacts(DAY, "barbell-row", false, List.of(past(0, 3, null, 0.8)),
                List.of()), null).loadVelocity(), "no loads, no line");
    }
}
