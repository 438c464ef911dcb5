package dev.rowcoach.lab.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanParserTest {

    @Test
    void readsBlocksRestsAndEveryOption() {
        SessionPlan p = PlanParser.parse("barbell-row 3x8 @80kg swing=cheat-last=2 dip=4cm pickup=no rest=75 rom=0.45 "
                + "loss=20% squeeze=0.3s lower=2.5-4 grip=yes bump=no gap=2;\n rest 90 ; pendlay-row 1x5 @220lb");
        assertEquals(3, p.items().size());
        ExerciseBlock b = (ExerciseBlock) p.items().get(0);
        assertEquals(Exercise.BARBELL_ROW, b.exercise());
        assertEquals(3, b.sets());
        assertEquals(8, b.reps());
        assertEquals(80.0, b.loadKg());
        assertEquals(new SwingProfile.CheatLast(2), b.swing());
        assertEquals(new Dip(Dip.Mode.FIXED, 0.04), b.dip());
        assertEquals(Boolean.FALSE, b.pickup());
        assertEquals(75.0, b.restS());
        assertEquals(0.45, b.romM());
        assertEquals(0.2, b.velocityLoss(), 1e-12);
        assertEquals(new SecondsRange(0.3, 0.3), b.topHoldS());
        assertEquals(new SecondsRange(2.5, 4), b.lowerS());
        assertEquals(Boolean.TRUE, b.gripAdjust());
        assertEquals(Boolean.FALSE, b.bump());
        assertEquals(2.0, b.gapS());
        assertEquals(new RestItem(90), p.items().get(1));
        ExerciseBlock pendlay = (ExerciseBlock) p.items().get(2);
        assertEquals(Exercise.PENDLAY_ROW, pendlay.exercise());
        assertEquals(220 * 0.45359237, pendlay.loadKg(), 1e-9);
        assertNull(pendlay.swing());
        assertEquals(Dip.AUTO, pendlay.dip());
    }

    @Test
    void swingProfilesAndDefaults() {
        assertInstanceOf(SwingProfile.Strict.class, block("barbell-row 1x5").swingOrDefault());
        assertInstanceOf(SwingProfile.Cheat.class, block("kroc-row 1x20").swingOrDefault(), "kroc rows cheat by habit");
        assertInstanceOf(SwingProfile.Excessive.class, block("barbell-row 1x5 swing=excessive").swing());
        assertEquals(new SwingProfile.Explicit(List.of(5.0, 5.0, 8.0, 12.0, 18.0)), block("barbell-row 1x5 swing=5,5,8,12,18").swing());
        assertEquals(Dip.EVERY_REP, block("barbell-row 1x5 dip=yes").dip());
        assertEquals(Dip.NONE, block("barbell-row 1x5 dip=no").dip());
        assertTrue(block("barbell-row 1x5").pickupOrDefault());
        double[] swings = new SwingProfile.CheatLast(2).degrees(6, new java.util.SplittableRandom(1));
        for (int i = 0; i < 6; i++) {
            assertTrue(i < 4 ? swings[i] < 10 : swings[i] >= 10 && swings[i] <= 20, "rep " + i + ": " + swings[i]);
        }
    }

    @Test
    void everyPresetParsesAndSimulates() {
        Map<String, String> presets = PlanPresets.all();
        assertTrue(presets.size() >= 8);
        for (String name : presets.keySet()) {
            SessionPlan p = PlanParser.parse(name);
            assertEquals(presets.get(name), p.text());
            assertFalse(p.blocks().isEmpty());
        }
        SimulatedSession s = Simulator.run("strict-heavy", 1, OutputFormat.ROWCOACH, 25, true);
        assertEquals(3, s.truth().sets().size());
        assertTrue(s.truth().sets().stream().allMatch(set -> set.reps().size() == 5 && set.loadKg() == 110));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "''                                          | plan is empty",
        "squat 3x5                                   | plan item 1 (\"squat 3x5\"): unknown exercise 'squat' (known: barbell-row",
        "barbell-row                                 | sets and reps missing",
        "barbell-row three                           | 'three' is not SETSxREPS",
        "barbell-row 0x8                             | sets must be 1–20, got 0",
        "barbell-row 3x80                            | reps must be 1–50, got 80",
        "barbell-row 3x8 @heavy                      | '@heavy' is not a load",
        "barbell-row 3x8 swing=wild                  | swing must be strict, cheat, cheat-last=N, excessive",
        "barbell-row 1x3 swing=5,10                  | swing lists 2 values for 3 reps",
        "barbell-row 1x3 swing=5,10,60               | a swing must be 0–45°, got 60",
        "barbell-row 1x3 swing=cheat-last=4          | cheat-last=4 is more than the 3 reps",
        "barbell-row 1x3 tempo=fast                  | unknown option 'tempo'",
        "barbell-row 1x3 dip                         | 'dip' is not KEY=VALUE",
        "barbell-row 1x3 lower=0.2                   | lower must be 0.5–6 s, got 0.2",
        "barbell-row 1x3 lower=3-8                   | lower must be 0.5–6 s, got 3–8",
        "barbell-row 1x3 dip=0.5                     | dip depth must be 0.005–0.1 m, got 0.5",
        "barbell-row 1x3 rest=5 rest=6               | rest is given twice",
        "barbell-row 1x3 pickup=maybe                | pickup must be yes or no",
        "barbell-row 1x3 rom=2                       | rom (m) must be 0.2–0.7, got 2",
        "seal-row 1x3 swing=cheat                    | seal-row: the torso lies on a bench or pad, so it cannot swing",
        "chest-supported-row 1x3 dip=yes             | chest-supported-row: the torso lies on a bench or pad, so there is no dip",
        "pendlay-row 1x3 dip=3cm                     | pendlay-row: every rep starts from the floor, so there is no dip",
        "pendlay-row 1x3 pickup=no                   | pendlay-row: every rep starts from the floor, so pickup=no is impossible",
        "barbell-row 1x3; kroc-row 1x10              | plan mixes implements: barbell-row uses a barbell, kroc-row a dumbbell",
        "rest 60                                     | plan has no exercise",
        "rest                                        | write a rest as \"rest SECONDS\"",
        "barbell-row 1x3; demo                       | plan item 2 (\"demo\"): a preset (demo) must be the whole plan",
    })
    void badPlansAreOneClearLine(String plan, String message) {
        PlanException e = assertThrows(PlanException.class, () -> PlanParser.parse(plan));
        assertTrue(e.getMessage().contains(message), "got: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void aWitmotionCaptureRefusesADataGap() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SimulationRequest.of("barbell-row 1x3 gap=2", 1, OutputFormat.WITMOTION, 200, true));
        assertTrue(e.getMessage().startsWith("witmotion captures cannot hold a data gap"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SimulationRequest.of("barbell-row 1x3", 1, OutputFormat.ROWCOACH, 2000, true));
        assertThrows(IllegalArgumentException.class,
                () -> SimulationRequest.of("barbell-row 1x3", 1, OutputFormat.ROWCOACH, 100, true).withLink(Link.BLE));
    }

    private static ExerciseBlock block(String plan) {
        return PlanParser.parse(plan).blocks().get(0);
    }
}
