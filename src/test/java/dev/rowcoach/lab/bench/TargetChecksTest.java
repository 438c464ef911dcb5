package dev.rowcoach.lab.bench;

import dev.rowcoach.grading.Grade;
import dev.rowcoach.lab.bench.TargetResult.Status;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetChecksTest {

    private static final List<String> IDS = List.of("rep-f1", "pickup-putdown-ghosts", "sets-found", "mcv-mae-gyro",
            "mcv-mae-accel-only", "rom-mae", "count-exact", "count-within-one", "grade-accuracy", "grade-accuracy-clear",
            "swing-mae");

    /** A scored file: {@code matched} of 100 true reps found among {@code detected}, with the given mean errors. */
    private static FileResult scored(boolean gyro, int detected, int matched, double mcvMae, double romMae,
                                     int liftGhosts, int setsFound) {
        return scored(gyro, detected, matched, mcvMae, romMae, liftGhosts, setsFound, grades(matched, 0, 0, 1.0));
    }

    private static FileResult scored(boolean gyro, int detected, int matched, double mcvMae, double romMae,
                                     int liftGhosts, int setsFound, GradeTally grades) {
        return new FileResult.Scored("f", gyro, new RepTally(1, 100, detected, matched, matched, matched, mcvMae * matched,
                romMae * matched, detected - matched, liftGhosts, Map.of(), 4, 4, setsFound, 0, 0, 0, 0, grades));
    }

    /**
     * Grades of {@code clearRight} strict reps (true 2°) graded strict, {@code clearWrong} of them graded cheat,
     * {@code nearWrong} strict reps on the threshold (true 9°) graded cheat, each estimate off by {@code errorDeg}.
     */
    private static GradeTally grades(int clearRight, int clearWrong, int nearWrong, double errorDeg) {
        GradeTally g = GradeTally.EMPTY;
        for (int i = 0; i < clearRight; i++) {
            g = g.plus(GradeTally.of(Grade.STRICT, 2, Grade.STRICT, 2 + errorDeg));
        }
        for (int i = 0; i < clearWrong; i++) {
            g = g.plus(GradeTally.of(Grade.STRICT, 2, Grade.CHEAT, 2 + errorDeg));
        }
        for (int i = 0; i < nearWrong; i++) {
            g = g.plus(GradeTally.of(Grade.STRICT, 9, Grade.CHEAT, 9 + errorDeg));
        }
        return g;
    }

    private static List<FileResult> counted(int files, int exact, int offByOne) {
        List<FileResult> out = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            int detected = i < exact ? 10 : i < exact + offByOne ? 11 : 7;
            out.add(new FileResult.Counted("row_reps10_" + i + ".csv", 10, detected));
        }
        return out;
    }

    private static Map<String, TargetResult> check(List<FileResult> files) {
        Map<String, TargetResult> m = new java.util.LinkedHashMap<>();
        AccuracyReport r = AccuracyReport.of(files, AccuracyTargets.DEFAULTS);
        r.targets().forEach(t -> m.put(t.id(), t));
        assertEquals(IDS, List.copyOf(m.keySet()));
        return m;
    }

    private static List<FileResult> plus(List<FileResult> a, FileResult... more) {
        List<FileResult> out = new ArrayList<>(a);
        out.addAll(List.of(more));
        return out;
    }

    @Test
    void everyTargetMetPasses() {
        List<FileResult> files = plus(counted(8, 7, 1), scored(true, 100, 100, 0.029, 0.019, 0, 4),
                scored(false, 100, 99, 0.049, 0.015, 0, 4));
        Map<String, TargetResult> t = check(files);
        t.values().forEach(r -> assertEquals(Status.PASS, r.status(), r.toString()));
        assertEquals("0.995", t.get("rep-f1").measuredText(), "F1 = 2·199 / (200 + 200)");
        assertEquals("7/8", t.get("count-exact").measuredText());
        assertEquals(0.875, t.get("count-exact").measured(), 0);
        assertEquals("8/8", t.get("count-within-one").measuredText());
        AccuracyReport r = AccuracyReport.of(files, AccuracyTargets.DEFAULTS);
        assertTrue(r.passed());
        assertEquals("all measured targets met", r.verdict());
    }

    @Test
    void eachTargetFailsOnItsOwnMetric() {
        List<FileResult> base = counted(8, 8, 0);
        assertEquals(Status.FAIL, check(plus(base, scored(true, 100, 98, 0.01, 0.01, 0, 4))).get("rep-f1").status());
        assertEquals(Status.FAIL, check(plus(base, scored(true, 101, 100, 0.01, 0.01, 1, 4)))
                .get("pickup-putdown-ghosts").status());
        assertEquals(Status.FAIL, check(plus(base, scored(true, 100, 100, 0.01, 0.01, 0, 3))).get("sets-found").status());
        assertEquals(Status.FAIL, check(plus(base, scored(true, 100, 100, 0.031, 0.01, 0, 4))).get("mcv-mae-gyro").status());
        Map<String, TargetResult> accel = check(plus(base, scored(false, 100, 100, 0.04, 0.01, 0, 4)));
        assertEquals(Status.PASS, accel.get("mcv-mae-accel-only").status(), "0.04 m/s is within the accel-only target");
        assertEquals(Status.NOT_MEASURED, accel.get("mcv-mae-gyro").status());
        assertEquals(Status.FAIL, check(plus(base, scored(false, 100, 100, 0.051, 0.01, 0, 4)))
                .get("mcv-mae-accel-only").status());
        assertEquals(Status.FAIL, check(plus(base, scored(true, 100, 100, 0.01, 0.021, 0, 4))).get("rom-mae").status());
        assertEquals(Status.FAIL, check(counted(8, 6, 2)).get("count-exact").status(), "6 of 8 is 75 %");
        Map<String, TargetResult> c = check(counted(8, 7, 0));
        assertEquals(Status.PASS, c.get("count-exact").status());
        assertEquals(Status.FAIL, c.get("count-within-one").status(), "one file is off by 3");
        assertEquals("7/8", c.get("count-within-one").measuredText());

        Map<String, TargetResult> near = check(plus(base, scored(true, 100, 100, 0.01, 0.01, 0, 4, grades(80, 0, 20, 1))));
        assertEquals(Status.FAIL, near.get("grade-accuracy").status(), "80 % of all reps");
        assertEquals(Status.PASS, near.get("grade-accuracy-clear").status(), "every clear rep right");
        Map<String, TargetResult> clear = check(plus(base, scored(true, 100, 100, 0.01, 0.01, 0, 4, grades(90, 6, 0, 1))));
        assertEquals(Status.PASS, clear.get("grade-accuracy").status(), "90/96 = 93.8 %");
        assertEquals(Status.FAIL, clear.get("grade-accuracy-clear").status(), "93.8 % of clear reps");
        Map<String, TargetResult> mae = check(plus(base, scored(true, 100, 100, 0.01, 0.01, 0, 4, grades(100, 0, 0, 3.1))));
        assertEquals(Status.FAIL, mae.get("swing-mae").status());
        assertEquals("3.10", mae.get("swing-mae").measuredText());
    }

    @Test
    void theExactShareGeneralisesBeyondEightFiles() {
        assertEquals(Status.PASS, check(counted(16, 14, 2)).get("count-exact").status());
        assertEquals(Status.FAIL, check(counted(16, 13, 3)).get("count-exact").status());
        assertEquals(Status.FAIL, check(counted(1, 0, 1)).get("count-exact").status());
        assertEquals(Status.PASS, check(counted(1, 1, 0)).get("count-exact").status());
    }

    @Test
    void targetsWithoutDataAreNotMeasuredAndARunOverNothingDoesNotPass() {
        Map<String, TargetResult> onlyCounts = check(counted(8, 8, 0));
        for (String id : List.of("rep-f1", "pickup-putdown-ghosts", "sets-found", "mcv-mae-gyro", "mcv-mae-accel-only", "rom-mae")) {
            assertEquals(Status.NOT_MEASURED, onlyCounts.get(id).status(), id);
            assertTrue(Double.isNaN(onlyCounts.get(id).measured()), id);
        }
        assertTrue(AccuracyReport.of(counted(8, 8, 0), AccuracyTargets.DEFAULTS).passed());

        AccuracyReport nothing = AccuracyReport.of(List.of(new FileResult.Skipped("notes.md", "no truth", false)),
                AccuracyTargets.DEFAULTS);
        nothing.targets().forEach(t -> assertEquals(Status.NOT_MEASURED, t.status()));
        assertFalse(nothing.passed());
        assertTrue(nothing.verdict().startsWith("nothing was measured"), nothing.verdict());
    }

    @Test
    void aFileThatCouldNotBeScoredFailsTheRun() {
        AccuracyReport r = AccuracyReport.of(plus(counted(8, 8, 0), new FileResult.Skipped("x.rcrec", "truncated", true)),
                AccuracyTargets.DEFAULTS);
        assertEquals(0, r.failedTargets());
        assertEquals(1, r.summary().errors());
        assertFalse(r.passed());
        assertEquals("1 file could not be scored", r.verdict());

        AccuracyReport both = AccuracyReport.of(plus(counted(8, 5, 0), new FileResult.Skipped("x", "bad", true),
                new FileResult.Skipped("y", "bad", true)), AccuracyTargets.DEFAULTS);
        assertEquals("2 targets failed, 2 files could not be scored", both.verdict());
    }

    @Test
    void targetsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new AccuracyTargets(1.2, 0, 0.03, 0.05, 0.02, 0.875, 0.85, 0.95, 3.0));
        assertThrows(IllegalArgumentException.class, () -> new AccuracyTargets(0.99, -1, 0.03, 0.05, 0.02, 0.875, 0.85, 0.95, 3.0));
        assertThrows(IllegalArgumentException.class, () -> new AccuracyTargets(0.99, 0, Double.NaN, 0.05, 0.02, 0.875, 0.85, 0.95, 3.0));
        assertThrows(IllegalArgumentException.class, () -> new AccuracyTargets(0.99, 0, 0.03, 0.05, -0.02, 0.875, 0.85, 0.95, 3.0));
    }
}
