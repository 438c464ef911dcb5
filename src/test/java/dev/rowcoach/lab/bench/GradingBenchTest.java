package dev.rowcoach.lab.bench;

import dev.rowcoach.grading.DepartureModel;
import dev.rowcoach.grading.Sway;
import dev.rowcoach.grading.SwingModel;
import dev.rowcoach.lab.sim.ExerciseBlock;
import dev.rowcoach.lab.sim.Exercise;
import dev.rowcoach.lab.sim.Family;
import dev.rowcoach.lab.sim.PlanItem;
import dev.rowcoach.lab.sim.PlanParser;
import dev.rowcoach.lab.truth.TruthRep;
import dev.rowcoach.motion.Rep;
import dev.rowcoach.motion.RepShape;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cross-family benchmark on a small grid (one session per plan and family): fitting, scoring, both directions. */
class GradingBenchTest {

    /*
     * The six grids the tests read, simulated and analysed at once on a thread per core as the class starts (each a pure
     * function of its family and seeds, only read by the tests): this class is the longest of the unit tests, and one
     * grid after another it held one core for 40-odd seconds while the other fork had finished.
     */
    private static ExecutorService pool;
    private static CompletableFuture<List<GradingCorpus.Item>> rowerGrid, hingeGrid, rowerSmall, hingeSmall,
            rowerFresh, hingeFresh;

    @BeforeAll
    static void collectTheGridsAtOnce() {
        pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        // Largest first: the full grids are 60 sessions each, the others 10.
        hingeGrid = collect(Family.HINGE, 1, 6);
        rowerGrid = collect(Family.ROWER, 1, 6);
        rowerSmall = collect(Family.ROWER, 1, 1);
        hingeSmall = collect(Family.HINGE, 1, 1);
        rowerFresh = collect(Family.ROWER, 7, 1);
        hingeFresh = collect(Family.HINGE, 7, 1);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    private static CompletableFuture<List<GradingCorpus.Item>> collect(Family family, long firstSeed, int seedsPerPlan) {
        return CompletableFuture.supplyAsync(() -> GradingCorpus.collect(family, firstSeed, seedsPerPlan), pool);
    }

    @Test
    void theRepsAreWrittenAsOneCsvLinePerRepWithTheHeadersColumns() throws Exception {
        RepShape shape = new RepShape(0.081, 0.034, 0.42, 0.55, 0.12, 0.09, 0.6);
        Rep rep = new Rep(2, 3, 10.0, 10.8, 12.1, 0.4123456, 0.52, 0.9, 0.8, 1.3, 0.95, shape, 12.2);
        TruthRep truth = new TruthRep(3, 10.0, 10.8, 12.1, 0.41, 0.51, 0.89, 17.5, 0.035, 0.08, "cheat");
        GradingCorpus.Item item = new GradingCorpus.Item(4, 1, false, true, "barbell-row", rep, truth);
        StringBuilder out = new StringBuilder();
        GradingCorpus.writeCsv(out, Family.HINGE, List.of(item, item));

        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size(), out.toString());
        String[] header = GradingCorpus.CSV_HEADER.split(",");
        String[] fields = lines.get(0).split(",");
        assertEquals(header.length, fields.length, lines.get(0));
        List<String> names = List.of(header);
        assertEquals("hinge", fields[names.indexOf("family")]);
        assertEquals("false", fields[names.indexOf("calibration_set")]);
        assertEquals("2", fields[names.indexOf("set")]);
        assertEquals(0.4123456, Double.parseDouble(fields[names.indexOf("rom_m")]), "a double reads back exactly");
        assertEquals(0.12, Double.parseDouble(fields[names.indexOf("early_path_m")]), 1e-9);
        assertEquals(17.5, Double.parseDouble(fields[names.indexOf("true_swing_deg")]), 1e-9);
        assertEquals("cheat", fields[names.indexOf("true_grade")]);
        assertEquals(0.08, Double.parseDouble(fields[names.indexOf("true_horizontal_m")]));
    }

    @Test
    void theSqueezeSetsHoldTheBarAtTheTopForOneToThreeSecondsAndTheDeadStopSetsAtTheHang() {
        // Until 2026-12-06 the bench's squeeze sets stopped at the hang instead: they were written when pause= meant a
        // hold at the top, and the key changed meaning under them. What the scored block of each plan says, and what
        // the motion core measured on one session of each family (the hold at the top of each rep).
        int squeezePlans = 0, deadStopPlans = 0;
        for (int p = 0; p < GradingCorpus.PLANS.length; p++) {
            List<PlanItem> items = PlanParser.parse(GradingCorpus.PLANS[p]).items();
            ExerciseBlock scored = (ExerciseBlock) items.get(items.size() - 1);
            assertEquals(GradingCorpus.squeezes(p), scored.topHoldS() != null, GradingCorpus.PLANS[p]);
            assertEquals(GradingCorpus.deadStops(p), scored.deadStopS() != null, GradingCorpus.PLANS[p]);
            if (GradingCorpus.squeezes(p)) {
                squeezePlans++;
                assertTrue(scored.topHoldS().minS() >= 1 && scored.topHoldS().maxS() <= 3, GradingCorpus.PLANS[p]);
            }
            deadStopPlans += GradingCorpus.deadStops(p) ? 1 : 0;
        }
        assertEquals(2, squeezePlans);
        assertEquals(2, deadStopPlans);
        for (Family family : Family.values()) {
            List<GradingCorpus.Item> items = (family == Family.ROWER ? rowerSmall : hingeSmall).join();
            double[] squeezeHolds = items.stream().filter(i -> GradingCorpus.squeezes(i.plan()) && !i.calibrationSet())
                    .mapToDouble(i -> i.rep().topHoldS()).sorted().toArray();
            double[] deadStopHolds = items.stream().filter(i -> GradingCorpus.deadStops(i.plan()) && !i.calibrationSet())
                    .mapToDouble(i -> i.rep().topHoldS()).sorted().toArray();
            assertTrue(squeezeHolds.length >= 12 && deadStopHolds.length >= 12, family + ": " + squeezeHolds.length
                    + " and " + deadStopHolds.length + " reps");
            assertTrue(squeezeHolds[squeezeHolds.length / 2] >= 1, family + " squeeze holds " + Arrays.toString(squeezeHolds));
            assertTrue(deadStopHolds[deadStopHolds.length / 2] < 1, family + " dead-stop holds " + Arrays.toString(deadStopHolds));
        }
    }

    @Test
    void theGridCanBeRowedAsAnotherExerciseWithTheSameLoadsSwingsAndPauses() {
        Exercise tbar = GradingCorpus.swinging("t-bar-row");
        for (int p = 0; p < GradingCorpus.PLANS.length; p++) {
            String plan = GradingCorpus.plan(p, tbar);
            assertEquals(GradingCorpus.PLANS[p], GradingCorpus.plan(p, null));
            assertEquals(GradingCorpus.PLANS[p].replaceAll("(barbell|yates|dumbbell)-row", "t-bar-row"), plan);
            for (PlanItem item : PlanParser.parse(plan).items()) {
                assertTrue(!(item instanceof ExerciseBlock b) || b.exercise() == tbar, plan);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> GradingCorpus.swinging("chest-supported-row"));
        assertThrows(IllegalArgumentException.class, () -> GradingCorpus.swinging("cable-row"), "not simulated");
    }

    @Test
    void bothDirectionsAreFittedScoredAndRendered() {
        List<GradingCorpus.Item> rower = rowerSmall.join();
        List<GradingCorpus.Item> hinge = hingeSmall.join();
        assertTrue(rower.size() > 80 && hinge.size() > 80, rower.size() + " and " + hinge.size() + " reps");

        GradingBench.Direction d = GradingBench.direction(Family.ROWER, rower, Family.HINGE, hinge);
        assertTrue(d.model().arcDegPerM() > 80 && d.model().arcDegPerM() < 250, "degrees per metre " + d.model());
        assertTrue(d.model().verticalDegPerM() > 100 && d.model().verticalDegPerM() < 250, "degrees per metre " + d.model());
        long n = GradingBench.grade(hinge, d.model()).stream()
                .filter(g -> !g.item().calibrationSet() && g.item().gyro() && !g.grade().withheld()
                        && !GradingCorpus.squeezes(g.item().plan())).count();
        assertTrue(n > 60, n + " hinge reps with a gyroscope");
        assertEquals(n, d.score().gyro().reps(), "every rep with a gyroscope outside the squeeze sets is scored once");
        assertTrue(d.score().squeezeReps() >= 12, d.score().squeezeReps() + " squeeze reps");
        // One session per plan is too few to fit on (ten lifters, whose reps err together): the figures are judged on
        // fresh sessions below, with fits on the full grid.
        String text = GradingBench.render(List.of(d, GradingBench.direction(Family.HINGE, hinge, Family.ROWER, rower)));
        assertTrue(text.contains("worst direction"), text);
        // Each way the swing was read: its error, the confidence given and the share right; the first reps of each set
        // are graded by the early movement alone.
        assertTrue(text.contains("    calibrated, with a gyroscope: " + d.score().gyroConfidence().get(Sway.Basis.CALIBRATED)
                .render()), text);
        assertTrue(text.contains("    early movement, with a gyroscope: " + d.uncalibrated().gyroConfidence()
                .get(Sway.Basis.EARLY_MOVEMENT).render()), text);
        assertEquals(n, d.score().gyroConfidence().get(Sway.Basis.CALIBRATED).reps(), "every scored rep is calibrated");
        ConfidenceTally disagreeing = d.score().gyroDisagreeing().get(Sway.Basis.CALIBRATED);
        assertTrue(disagreeing.reps() > 0 && disagreeing.reps() < n, disagreeing.reps() + " of " + n
                + " calibrated grades with a gyroscope disagreed");
        assertEquals(d.score().disagree(), disagreeing.reps() + d.score().accelOnlyDisagreeing()
                .getOrDefault(Sway.Basis.CALIBRATED, ConfidenceTally.EMPTY).reps(), "every scored rep is calibrated");
        assertTrue(text.contains(String.format(java.util.Locale.ROOT, "; features disagree on %d: mean confidence %.2f for %.2f right",
                disagreeing.reps(), disagreeing.meanConfidence(), disagreeing.accuracy())), text);
        assertTrue(text.contains("uncalibrated, the early movement alone, both families: with a gyroscope"), text);
        assertEquals(5, text.lines().filter(l -> l.startsWith("PASS ") || l.startsWith("FAIL ")).count(), text);
    }

    @Test
    void theCommittedModelGradesFreshHingeSessionsAsTheBenchMeasured() {
        // Held out twice: the hinge family (the model was fitted on the rower family) and seed 7 (the bench's grid is
        // seeds 1–6). rowcoach bench grading measured 0.928 of 389 clear hinge reps with a gyroscope graded right; on
        // one session per plan (76 clear reps) two standard errors of that proportion are 0.059, so 0.87. (Measured
        // 2026-12-06 with the arc departure: 0.987, and 0.966 of all 88 reps against 0.841 without the calibration.)
        List<GradingCorpus.Item> hinge = hingeFresh.join();
        GradingBench.Score s = GradingBench.score(GradingBench.grade(hinge, DepartureModel.FITTED));
        GradingBench.Score u = GradingBench.score(GradingBench.gradeUncalibrated(hinge));
        String text = "calibrated " + s.gyro() + ", uncalibrated " + u.gyro();
        assertTrue(s.gyro().clearReps() > 40, text);
        assertTrue(s.gyro().clearAccuracy() >= 0.87, text);
        assertTrue(s.gyro().accuracy() > u.gyro().accuracy() + 0.05, text);
        assertTrue(s.accelOnlyMaxConfidence() <= 0.6, text);
        assertEquals(0, s.noBaseline(), "every scored rep has its session's calibration set: " + text);
    }

    @Test
    void aModelFittedOnTheHingeFamilyGradesFreshRowerSessionsAsTheBenchMeasured() {
        // The bench's worst direction, held out twice: fitted on the hinge family's grid (seeds 1–6: the departure model
        // and the early movement's levers), scored on fresh rower sessions (seed 7, one per plan; the bench scores seeds
        // 1–6). rowcoach bench grading measured accuracy 0.872, 0.917 of clear reps and a swing MAE of 3.06° with a
        // gyroscope in this direction. One session per plan is 88 reps (76 clear) of ten lifters, whose reps err
        // together, so the binomial standard error understates the spread: three of them, 0.107 and 0.095, give 0.77
        // and 0.82; the MAE within 1° of the bench's, 4.1°. (Measured 2026-12-06 with the arc departure: 0.807, 0.842,
        // 3.59°; the sets then called squeeze sets, which stopped at the hang, 11 of 16 strict: that session's lifter pulled
        // 4–6 cm further at 80 kg than in the 60 kg calibration set, which both departure readings take for swing. The
        // squeeze sets hold the bar at the top since, and are asserted as before.)
        List<GradingCorpus.Item> hinge = hingeGrid.join();
        SwingModel early = GradingBench.fitEarly(hinge);
        DepartureModel model = GradingBench.fit(GradingBench.grade(hinge, DepartureModel.FITTED, early), early);
        List<GradingCorpus.Item> rower = rowerFresh.join();
        GradingBench.Score s = GradingBench.score(GradingBench.grade(rower, model, early));
        String text = model + ": " + s.gyro() + ", squeeze sets strict " + s.squeezeStrict();
        assertTrue(s.gyro().reps() > 70 && s.gyro().clearReps() > 50, text);
        assertTrue(s.gyro().accuracy() >= 0.77, text);
        assertTrue(s.gyro().clearAccuracy() >= 0.82, text);
        assertTrue(s.gyro().swingMaeDeg() <= 4.1, text);
        assertTrue(s.squeezeStrict() >= 0.65, text);
        assertTrue(s.accelOnlyMaxConfidence() <= 0.6, text);
        assertEquals(0, s.noBaseline(), "every scored rep has its session's calibration set: " + text);
    }

    @Test
    void theFreeBarsEarlyMovementSpreadIsItsErrorOverBothFamilies() {
        // Without a calibration nothing of the lifter's own is read, so the early movement's spread is its error over
        // bodies of both families, on the bench's grid (seeds 1–6).
        ConfidenceTally[] early = GradingBench.earlyMovement(List.of(
                GradingBench.score(GradingBench.gradeUncalibrated(rowerGrid.join())),
                GradingBench.score(GradingBench.gradeUncalibrated(hingeGrid.join()))));
        String s = "commit as the free bar's spreads: " + early[0].render() + "; " + early[1].render();
        assertTrue(early[0].reps() > 300 && early[1].reps() > 80, s);
        assertEquals(GradingBench.spread(early[0]), SwingModel.FREE_BAR.spreadGyroDeg(), 1e-9, s);
        assertEquals(GradingBench.spread(early[1]), SwingModel.FREE_BAR.spreadAccelOnlyDeg(), 1e-9, s);
    }

    @Test
    void theCommittedModelIsTheOneFittedOnTheRowerFamily() {
        List<GradingCorpus.Item> rower = rowerGrid.join();
        DepartureModel fitted = GradingBench.fit(GradingBench.grade(rower, DepartureModel.FITTED));
        String s = "refit with rowcoach bench grading and commit: " + fitted;
        DepartureModel c = DepartureModel.FITTED;
        assertEquals(c.arcDegPerM(), fitted.arcDegPerM(), 1e-9, s);
        assertEquals(c.offsetDeg(), fitted.offsetDeg(), 1e-9, s);
        assertEquals(c.verticalDegPerM(), fitted.verticalDegPerM(), 1e-9, s);
        assertEquals(c.verticalOffsetDeg(), fitted.verticalOffsetDeg(), 1e-9, s);
        assertEquals(c.spreadGyroDeg(), fitted.spreadGyroDeg(), 1e-9, s);
        assertEquals(c.spreadAccelOnlyDeg(), fitted.spreadAccelOnlyDeg(), 1e-9, s);
    }
}
