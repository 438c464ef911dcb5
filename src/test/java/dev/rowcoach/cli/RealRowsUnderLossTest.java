package dev.rowcoach.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rowcoach.lab.bench.BenchInputs;
import dev.rowcoach.lab.bench.Degradation;
import dev.rowcoach.lab.bench.Degrader;
import dev.rowcoach.lab.bench.RobustnessBench;
import dev.rowcoach.report.ReportJson;
import dev.rowcoach.report.ReportText;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.session.Withheld;
import dev.rowcoach.session.Loads;
import dev.rowcoach.session.RepReport;
import dev.rowcoach.session.Replay;
import dev.rowcoach.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real row sets under BLE-like burst loss, as {@code bench robustness} degrades them, with the seeds the motion
 * core's hole handling was worked on (1–3; docs/ACCURACY.md gives the held-out seeds' figures): what it counts now
 * is a floor that a change to the motion core must not go below.
 */
class RealRowsUnderLossTest {

    @Test
    void theRealSetsKeepTheirCountsUnderBurstLoss() throws Exception {
        List<Path> rows = SharedData.barbellFiles().stream().filter(p -> p.getFileName().toString().startsWith("row_")).toList();
        List<BenchInputs.Input> inputs = rows.stream().map(BenchInputs::classify).toList();
        List<Degradation> grid = List.of(Degradation.parse("clean"), Degradation.parse("loss=12%,burst=0.2-0.45"),
                Degradation.parse("loss=25%,burst=0.2-0.45"));
        List<RobustnessBench.Cell> cells = RobustnessBench.run(inputs, grid, List.of(1L, 2L, 3L),
                (file, filter) -> Replay.of(Inputs.open(file, new InputOptions(), InputStream.nullInputStream()), Replay.Grading.DEFAULTS, Loads.UNKNOWN,
                        filter), 2);
        RobustnessBench.Cell clean = cells.get(0), loss12 = cells.get(1), loss25 = cells.get(2);
        assertEquals(8, clean.counted().size());
        assertEquals(8, clean.exact(), "clean");
        assertEquals(24, loss12.counted().size());
        assertTrue(loss12.exact() >= 22 && loss12.withinOne() == 24, "12 %: " + loss12.exact() + " exact, "
                + loss12.withinOne() + " within one of 24");
        assertTrue(loss25.exact() >= 22 && loss25.withinOne() >= 23, "25 %: " + loss25.exact() + " exact, "
                + loss25.withinOne() + " within one of 24");
        assertEquals(0, loss25.split(), "a hole splits no set");
    }

    @Test
    void theRealSetsKeepTheirCountsReadByAnotherSensor() throws Exception {
        // Turned on the bar, its gain 5 % off, its gyroscope biased, noisier: the readings of a sensor other than the one
        // these sets were recorded with (docs/ACCURACY.md, "Another sensor"), alone and under burst loss.
        List<Path> rows = SharedData.barbellFiles().stream().filter(p -> p.getFileName().toString().startsWith("row_")).toList();
        List<BenchInputs.Input> inputs = rows.stream().map(BenchInputs::classify).toList();
        String sensor = "mount=35,gain=5%,gbias=0.03,noise=0.1";
        List<RobustnessBench.Cell> cells = RobustnessBench.run(inputs, List.of(Degradation.parse(sensor),
                        Degradation.parse("loss=12%,burst=0.2-0.45," + sensor)), List.of(1L, 2L, 3L),
                (file, filter) -> Replay.of(Inputs.open(file, new InputOptions(), InputStream.nullInputStream()), Replay.Grading.DEFAULTS, Loads.UNKNOWN,
                        filter), 2);
        assertEquals(24, cells.get(0).exact(), "another sensor");
        RobustnessBench.Cell loss12 = cells.get(1);
        assertTrue(loss12.exact() >= 22 && loss12.withinOne() == 24, "12 %, another sensor: " + loss12.exact()
                + " exact, " + loss12.withinOne() + " within one of 24");
    }

    @Test
    void aRepCountedAcrossAHoleIsReportedWithoutFiguresAndSaysWhy() throws Exception {
        // Under these holes the last rep's lowering is bridged from the cycle before: its measurement fails.
        SessionReport report = underLoss("row_kamyar_set1_reps10_1.csv", 1);
        assertEquals(10, report.repCount());
        JsonNode reps = ReportJson.tree(report).get("sets").get(0).get("reps");
        int unmeasured = 0;
        for (JsonNode rep : reps) {
            if (rep.get("romM").isNull()) {
                unmeasured++;
                assertTrue(rep.get("meanConcentricVelocityMps").isNull() && rep.get("concentricDurationS").isNull(), rep.toString());
                assertTrue(rep.get("gapS").asDouble() >= 0.1, rep.toString());
                assertTrue(rep.get("grade").isNull(), "a rep without a measured path is not graded: " + rep);
                assertEquals(Withheld.UNMEASURED, rep.get("withheld").get(0).get("reason").asText(), rep.toString());
            }
        }
        assertEquals(1, unmeasured, reps.toString());
        String text = ReportText.render(report, false);
        assertTrue(text.contains("counted across a hole in the data"), text);
        assertFalse(text.contains("NaN"), text);
    }

    @Test
    void aSetsFirstRepWhoseMeasurementFailedAcrossHolesIsCountedOnceTheSetHasABeat() throws Exception {
        // At 25 Hz with a quarter lost (seed 10, found by searching seeds 1-30 for the case once the first set this
        // test was written on, mike's with seed 21, had its first rep measured across the holes): holes in the first
        // rep fail its measurement, and no rep before it gives a cadence to judge it by until the set's second rep
        // does.
        SessionReport report = underLoss("row_kamyar_set2_reps10_1.csv", 10,
                Degradation.parse("rate=25,loss=25%,burst=0.2-0.45"));
        assertEquals(1, report.sets().size());
        assertEquals(10, report.repCount());
        JsonNode reps = ReportJson.tree(report).get("sets").get(0).get("reps");
        assertTrue(reps.get(0).get("romM").isNull(), reps.get(0).toString());
        assertEquals(1, reps.get(0).get("index").asInt());
        assertEquals(2, reps.get(1).get("index").asInt());
        assertTrue(reps.get(0).get("concentricStartS").asDouble() < reps.get(1).get("concentricStartS").asDouble());
    }

    @Test
    void repsHiddenByHolesBetweenTwoRepsAreCountedFromTheSetsBeat() throws Exception {
        // A tuning seed: at 30 Hz with a quarter lost, the holes around 13–15 s leave the detection no sign of the
        // 7th pull; the reps either side are 2 beats apart, and the data between them moves. (The set of mike's this
        // test was written on, with the same seed, no longer needs it: its 6th rep is now measured across the holes.)
        String name = "row_jake_set2_reps12_1.csv";
        Degradation cell = Degradation.parse("rate=30,loss=25%,burst=0.2-0.45");
        SessionReport clean = Replay.of(Inputs.open(SharedData.barbell(name), new InputOptions(),
                InputStream.nullInputStream()), Replay.Grading.DEFAULTS, Loads.UNKNOWN, next -> next);
        SessionReport report = underLoss(name, 13, cell);
        assertEquals(1, report.sets().size());
        assertEquals(12, report.repCount());
        var rep = report.sets().get(0).reps().get(6);
        assertTrue(Double.isNaN(rep.romM()), "counted, not measured: " + rep);
        assertEquals(clean.sets().get(0).reps().get(6).concentricEndS(), rep.concentricEndS(), 0.2, rep.toString());
    }

    @Test
    void repsHiddenBeforeTheSetHasABeatAreCountedOnceItHasOne() throws Exception {
        // Held-out seed 42 at 25 Hz with a quarter lost: holes hide adam's 3rd and 4th pulls, when the set has kept its
        // beat once only (the 1st to the 2nd rep). The 7.6 s from the 2nd rep to the next is three beats, but it had
        // been taken for one, and the beat it made (5.3 s with the first) left no room for reps between. Since the
        // slow-lowering changes of 2026-12-08 the 3rd is measured across its holes (its pull's top no longer read on
        // into the lowering): its ROM as the clean file's, its velocities withheld.
        String name = "row_adam_set2_reps10_1.csv";
        assertCountedWithoutFigures(name, 42, "rate=25,loss=25%,burst=0.2-0.45", 3);
        SessionReport clean = Replay.of(Inputs.open(SharedData.barbell(name), new InputOptions(),
                InputStream.nullInputStream()), Replay.Grading.DEFAULTS, Loads.UNKNOWN, next -> next);
        RepReport third = underLoss(name, 42, Degradation.parse("rate=25,loss=25%,burst=0.2-0.45")).sets().get(0).reps().get(2);
        RepReport cleanThird = clean.sets().get(0).reps().get(2);
        assertEquals(cleanThird.romM(), third.romM(), 0.05, third.toString());
        assertEquals(cleanThird.concentricEndS(), third.concentricEndS(), 0.3, third.toString());
        assertTrue(Double.isNaN(third.meanConcentricVelocityMps()), third.toString());
    }

    @Test
    void anIntervalIsToldFromABeatByTheIntervalAfterIt() throws Exception {
        // A tuning seed at 25 Hz with a quarter lost: adam's first interval (3.1 s) is slower than his beat (2.5 s), and
        // the 5.0 s from the 2nd rep to the next, which hides the 3rd, is less than two of it; the 2.6 s after tells.
        assertCountedWithoutFigures("row_adam_set2_reps10_1.csv", 1, "rate=25,loss=25%,burst=0.2-0.45", 2);
    }

    @Test
    void aRepOffTheBeatIsCountedWhenTheRepAfterItComesTwoBeatsAfterTheOneBefore() throws Exception {
        // A tuning seed with a quarter lost: holes fail the measurement of jake's 3rd rep, whose detection's top (early on
        // his slow reps) comes 0.84 of the set's first interval after the 2nd rep's, off the beat; the 4th rep comes two
        // beats after the 2nd, and the 3rd splits them.
        assertCountedWithoutFigures("row_jake_set1_reps12_1.csv", 32, "loss=25%,burst=0.2-0.45", 2);
    }

    @Test
    void movementsOffTheBeatOfASetsSlowFirstIntervalCountOnTheBeatTheSetKeepsLater() throws Exception {
        // A tuning seed at 30 Hz with a quarter lost: jake's first interval (2.9 s) is slower than his beat (2.2-2.5 s).
        // Holes failed the measurement of his 3rd, 4th and 6th reps, whose tops came off the beat the set had then, and
        // no rep came two of its beats after them. Once three intervals between measured reps give the set's own beat,
        // the 3rd and 4th split the 7.2 s from the 2nd rep's top to the 5th's into three of it, the 6th the 4.9 s from the
        // 5th to the 7th into two (9 of 12 before).
        assertCountedWithoutFigures("row_jake_set1_reps12_1.csv", 32, "rate=30,loss=25%,burst=0.2-0.45", 2, 3, 5);
    }

    @Test
    void aRepWhoseTopHolesMovedStandsInTheBeatWhereItsDetectionPutsIt() throws Exception {
        // A tuning seed at 30 Hz with 12 % lost: holes in jake's 9th pull moved its fitted top 0.67 s after its detection's
        // (his reps without holes in their pulls have theirs 0.1 s after it), towards the 10th rep; the 10th and 11th,
        // whose measurements holes failed, then came off the beat and were lost (10 of 12). The beat now keeps the 9th
        // where its detection's top and the set's lead put it.
        assertCountedWithoutFigures("row_jake_set1_reps12_1.csv", 33, "rate=30,loss=12%,burst=0.2-0.45", 9, 10);
    }

    @Test
    void aRepAfterHolesAtTheTurnStartsAfterThePreviousRepsBottom() throws Exception {
        // A tuning seed: at 25 Hz with a quarter lost, holes bridged just before the last rep's pull left a velocity
        // that peaked, and read as rising, before the previous rep had come down; the last rep was lost.
        SessionReport report = underLoss("row_jake_set2_reps12_1.csv", 1,
                Degradation.parse("rate=25,loss=25%,burst=0.2-0.45"));
        List<RepReport> reps = oneSetOf(report, 12);
        RepReport last = reps.get(11), before = reps.get(10);
        assertTrue(last.concentricStartS() >= before.endS() - 0.15, last + " after " + before);
    }

    @Test
    void aSmallMovementBeforeTheFirstRowDoesNotSetTheSetsBeat() throws Exception {
        // A tuning seed: at 25 Hz with a quarter lost, a 9 cm movement bridged over holes before adam's first row was
        // counted, and its interval to that row (half the set's) taken for the beat; the 2nd rep, whose measurement the
        // holes failed, was then off that beat and lost. The movement itself is discarded when the set ends.
        SessionReport report = underLoss("row_adam_set1_reps10_1.csv", 1,
                Degradation.parse("rate=25,loss=25%,burst=0.2-0.45"));
        assertEquals(1, report.sets().size());
        assertEquals(10, report.repCount(), report.sets().get(0).reps().toString());
    }

    @Test
    void aHitchBeforeTheFirstRowThatAHoleBarelyTouchedIsNoRep() throws Exception {
        // Held-out seed 21 with a quarter lost: a 10 cm hitch 1.25 s before adam's first row, which the clean file does
        // not count, had 0.06 s of its 0.55 s pull bridged; with the whole allowance for a bridged pull's speed and no
        // bound on its ROM it was counted as an 11th rep.
        assertPickUpDiscarded(underLoss("row_adam_set1_reps10_1.csv", 21, Degradation.parse("loss=25%,burst=0.2-0.45")));
    }

    @Test
    void aSmallMovementJustBeforeTheFirstRowIsDiscardedWhenTheSetEnds() throws Exception {
        // A tuning seed with a tenth lost in 0.1-0.6 s bursts: a 9 cm movement with 0.19 s of holes in it, its top 0.7
        // of the set's beat before adam's first row's, was counted as an 11th rep.
        assertPickUpDiscarded(underLoss("row_adam_set1_reps10_1.csv", 3, Degradation.parse("loss=10%,burst=0.1-0.6")));
    }

    @Test
    void aRepWhoseLoweringTheNextLobeCutShortIsMeasuredAgainUpToTheNextRep() throws Exception {
        // Seed 31 with 12 % lost: after holes the detection's lobes of jake's slow 3rd row began 0.66 s before its pull
        // and the next one before its lowering had ended, so its cycle fit, right about the pull, read too little of the
        // way back down; off the beat of the set's slower first interval (0.83 of it), it was not counted without figures
        // either. Measured again over the cycle up to the 4th row's start, it is a whole rep.
        SessionReport report = underLoss("row_jake_set1_reps12_1.csv", 31);
        List<RepReport> reps = report.sets().get(0).reps();
        assertEquals(12, reps.size(), reps.toString());
        assertFalse(Double.isNaN(reps.get(2).romM()), reps.get(2).toString());
        assertEquals(5.98, reps.get(2).concentricStartS(), 0.15, reps.get(2).toString());
    }

    @Test
    void aRepMeasuredAgainUpToTheNextRepCountsWhenItsRomIsTheSets() throws Exception {
        // A tuning seed at 30 Hz with 12 % lost: adam's 2nd row, measured again up to the 3rd row's start, had its bottom
        // before that start and a ROM like the 1st row's (0.70 m against 0.63 m), but its lowering read short of 0.8 of
        // it (0.39 m), so it was judged for counting without figures instead, and not counted; the 1st row, left alone
        // before the set's beat, was then taken for the pick-up (8 of 10). The next rep starting after its bottom shows
        // the lowering was the fit's shortfall, not the bar's.
        SessionReport report = underLoss("row_adam_set2_reps10_1.csv", 3, Degradation.parse("rate=30,loss=12%,burst=0.2-0.45"));
        List<RepReport> reps = oneSetOf(report, 10);
        assertFalse(Double.isNaN(reps.get(1).romM()), reps.get(1).toString());
        assertEquals(5.07, reps.get(1).concentricStartS(), 0.15, reps.get(1).toString());
    }

    @Test
    void aLastRepWhoseLobeHolesInflatedStillReturnsAtTheEndOfTheRecording() throws Exception {
        // Held-out seed 23 with a quarter lost: holes in the last rep's pull made its detection lobe read 0.81 m for a
        // 0.44 m pull, the recording ends before the bar rests, and the bar's 0.39 m return fell just short of half that
        // lobe: the rep was lost. The return is now judged against at most the set's median ROM.
        SessionReport report = underLoss("row_mike_set2_reps10_1.csv", 23, Degradation.parse("loss=25%,burst=0.2-0.45"));
        assertEquals(1, report.sets().size());
        assertEquals(10, report.repCount(), report.sets().get(0).reps().toString());
    }

    @Test
    void aLastRepWhoseTopAndLoweringFellInHolesIsJudgedByItsFitWhenNoLobeFollows() throws Exception {
        // A tuning seed at 25 Hz with 12 % lost: holes over kamyar's last top and most of its lowering left the detection
        // velocity short of the bar's return, no lobe came after it, and the movement was given up at the end of the
        // recording (9 of 10). On the set's beat, with a lobe and a fitted ROM like the set's, its fit now judges it.
        SessionReport report = underLoss("row_kamyar_set1_reps10_1.csv", 42, Degradation.parse("rate=25,loss=12%,burst=0.2-0.45"));
        List<RepReport> reps = oneSetOf(report, 10);
        assertTrue(reps.get(9).gapS() > 0, reps.get(9).toString());
    }

    @Test
    void aRepWhoseMeasurementFoundTheNextPullIsCountedFromItsLobe() throws Exception {
        // A tuning seed at 30 Hz with 12 % lost: holes in adam's 5th lowering and his 6th pull left no lobe between the
        // two; the 5th's lobe waited until the 7th's began, and its measurement over that window found the 6th's pull,
        // a beat after the lobe's top (9 of 10). The lobe now counts, without figures, as long as the 6th stands.
        assertCountedWithoutFigures("row_adam_set2_reps10_1.csv", 23, "rate=30,loss=12%,burst=0.2-0.45", 4);
    }

    @Test
    void aRepHiddenBetweenTwoRepsIsCountedWhenAnyHoleLiesAroundIt() throws Exception {
        // A tuning seed with a quarter lost: holes before kamyar's 6th pull left its lobe under the gate, and the 7th came
        // two beats after the 5th; under a fifth of the window around the 6th was in holes, and a fifth was asked for (9 of 10).
        assertCountedWithoutFigures("row_kamyar_set2_reps10_1.csv", 32, "loss=25%,burst=0.2-0.45", 5);
    }

    @Test
    void aSetsFirstPullDoesNotReachBackAcrossHolesBeforeItsLobe() throws Exception {
        // A tuning seed: at 25 Hz with 12 % lost, holes 0.1–0.4 s before jake's first row let its fitted run of velocity
        // reach back to 0.38 s, almost a second before the pull (1.34 s): 0.60 m over 1.7 s, taken for the pick-up.
        SessionReport report = underLoss("row_jake_set2_reps12_1.csv", 3, Degradation.parse("rate=25,loss=12%,burst=0.2-0.45"));
        List<RepReport> reps = oneSetOf(report, 12);
        assertEquals(1.34, reps.get(0).concentricStartS(), 0.15, reps.get(0).toString());
    }

    /** The reps of {@code report}, which must be one set of {@code count} reps. */
    private static List<RepReport> oneSetOf(SessionReport report, int count) {
        assertEquals(1, report.sets().size());
        List<RepReport> reps = report.sets().get(0).reps();
        assertEquals(count, reps.size(), reps.toString());
        return reps;
    }

    /** adam's set 1 counts its 10 rows, a movement before them discarded as the pick-up. */
    private static void assertPickUpDiscarded(SessionReport report) {
        assertEquals(10, report.repCount(), report.sets().get(0).reps().toString());
        assertTrue(report.sets().get(0).discarded().stream().anyMatch(d -> d.reason().contains("picking the bar up")),
                report.sets().get(0).discarded().toString());
    }

    /**
     * Degraded as {@code cell} says with {@code seed}, the real set {@code name} is one set of the clean file's count,
     * the reps at {@code hidden} (0-based) counted without figures within 0.3 s of where the clean file has them.
     */
    private static void assertCountedWithoutFigures(String name, long seed, String cell, int... hidden) throws Exception {
        SessionReport clean = Replay.of(Inputs.open(SharedData.barbell(name), new InputOptions(),
                InputStream.nullInputStream()), Replay.Grading.DEFAULTS, Loads.UNKNOWN, next -> next);
        SessionReport report = underLoss(name, seed, Degradation.parse(cell));
        List<RepReport> reps = oneSetOf(report, clean.repCount());
        for (int i : hidden) {
            assertTrue(Double.isNaN(reps.get(i).romM()), "counted, not measured: " + reps.get(i));
            assertEquals(clean.sets().get(0).reps().get(i).concentricEndS(), reps.get(i).concentricEndS(), 0.3,
                    reps.get(i).toString());
        }
    }

    /** The real set {@code name} replayed under 12 % loss in 0.2–0.45 s bursts, as {@code bench robustness} does it. */
    private static SessionReport underLoss(String name, long seed) throws Exception {
        return underLoss(name, seed, Degradation.parse("loss=12%,burst=0.2-0.45"));
    }

    /** The real set {@code name} replayed degraded as {@code loss} says, as {@code bench robustness} does it. */
    private static SessionReport underLoss(String name, long seed, Degradation loss) throws Exception {
        Path file = SharedData.barbell(name);
        return Replay.of(Inputs.open(file, new InputOptions(), InputStream.nullInputStream()), Replay.Grading.DEFAULTS,
                Loads.UNKNOWN, next -> new Degrader(loss, RobustnessBench.caseSeed(file, seed), next));
    }
}
