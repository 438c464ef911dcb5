package dev.rowcoach.motion;

import dev.rowcoach.protocol.text.AsciiEncoder;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;
import dev.rowcoach.lab.sim.OutputFormat;
import dev.rowcoach.lab.sim.PlanPresets;
import dev.rowcoach.lab.sim.SimulatedFileWriter;
import dev.rowcoach.lab.sim.SimulatedSession;
import dev.rowcoach.lab.sim.Simulator;
import dev.rowcoach.lab.truth.TruthRep;
import dev.rowcoach.lab.truth.TruthSet;
import dev.rowcoach.testing.SyntheticRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Holes in the data inside reps, squeezes at the top, dead stops, and a resting wrist: each as bytes of a
 * sensor file read back through its decoder (docs/MOTION.md, "Holes in the data" and "Pauses").
 */
class GapsAndPausesTest {

    @TempDir
    Path dir;

    /** The samples as the rowcoach ASCII format writes them, read back through the decoder. */
    private MotionRuns replayAscii(List<Sample> samples, boolean gyro) throws Exception {
        StringBuilder b = new StringBuilder(AsciiEncoder.header(new SensorInfo("test", "1", "t", 16.0, gyro ? 2000.0 : null,
                null), gyro));
        for (Sample s : samples) {
            AsciiEncoder.appendSample(b, s, gyro);
        }
        Path f = dir.resolve("stream.txt");
        Files.writeString(f, b.toString(), StandardCharsets.US_ASCII);
        return MotionRuns.of(f);
    }

    /** The samples without those stamped in [fromS, toS) (stream seconds from the first sample). */
    private static List<Sample> cut(List<Sample> samples, double fromS, double toS) {
        long t0 = samples.get(0).timeUs();
        List<Sample> out = new ArrayList<>();
        for (Sample s : samples) {
            double t = (s.timeUs() - t0) / 1e6;
            if (t < fromS || t >= toS) {
                out.add(s);
            }
        }
        return out;
    }

    /** The samples without those stamped in any of {@code holes}, each [from, to) in stream seconds. */
    private static List<Sample> cut(List<Sample> samples, double[][] holes) {
        for (double[] h : holes) {
            samples = cut(samples, h[0], h[1]);
        }
        return samples;
    }

    @Test
    void holesInTheMiddleOfRepsKeepTheRepsAndTheSetAndAreMarked() throws Exception {
        double period = 2.2, rom = 0.45;
        List<Sample> samples = SyntheticRows.generate(50, 8, rom, period, 10, 3, true);
        // Reps start at 3 + k·period: 0.4 s holes in the middle of the 3rd and 5th pulls and the 6th lowering.
        samples = cut(samples, 3 + 2 * period + 0.35, 3 + 2 * period + 0.75);
        samples = cut(samples, 3 + 4 * period + 0.4, 3 + 4 * period + 0.8);
        samples = cut(samples, 3 + 5 * period + 1.4, 3 + 5 * period + 1.8);
        MotionRuns run = replayAscii(samples, true);
        assertEquals(1, run.sets.size(), run.sets.toString());
        List<Rep> reps = run.sets.get(0).reps();
        assertEquals(8, reps.size(), reps.toString());
        for (int k = 0; k < 8; k++) {
            Rep r = reps.get(k);
            boolean holed = k == 2 || k == 4 || k == 5;
            assertEquals(holed, r.gapS() > 0, "rep " + (k + 1) + ": " + r);
            if (holed) {
                assertEquals(0.4, r.gapS(), 0.1, r.toString());
                assertTrue(r.confidence() < reps.get(1).confidence(), r.toString());
            }
            // The bridge is an estimate: the ROM stays close, not exact.
            assertEquals(rom, r.romM(), holed ? 0.08 : 0.02, "rep " + (k + 1) + ": " + r);
        }
    }

    /**
     * A set's first rep ended in a hole: with no cycle before it to copy, the hole is interpolated, and the line is as
     * quiet as a rest. Read as one, it anchored the velocity at zero mid-lowering and the rep was taken for standing up
     * (the Pendlay set of corpus D's mixed-s31 session under the holes `bench robustness` drew for it with seed 2 at
     * 20 % loss, copied here). Its other four reps are still lost: their fits, anchored on the short rests between
     * them right after holes, read ROMs of 0 to 5.6 m (docs/MOTION.md, "Known limits").
     */
    @Test
    void aHoleBridgedAtTheEndOfARepIsNoRest() {
        SimulatedSession s = Simulator.run(PlanPresets.get("mixed"), 31, OutputFormat.ASCII, 90, true);
        double[][] holes = {{205.59, 205.94}, {207.95, 208.39}, {209.39, 209.68}, {209.93, 210.29}, {210.50, 210.84},
            {211.55, 211.81}, {213.25, 213.65}, {214.52, 214.89}, {216.43, 216.78}, {217.00, 217.35}, {219.44, 219.72},
            {221.66, 221.98}, {222.69, 222.98}, {224.28, 224.53}, {225.78, 226.19}};
        MotionRuns run = MotionRuns.of(cut(s.samples(), holes));
        TruthRep first = s.truth().sets().get(2).reps().get(0);
        Rep found = startingAt(run, first.concentricStartS());
        assertTrue(found != null, "the rep at " + first.concentricStartS() + " s; found " + run.reps);
        assertEquals(first.romM(), found.romM(), 0.05, found.toString());
    }

    /**
     * Holes failed the measurements of a set's first two rows, and the pick-up before them, slow and long, was counted
     * first: its interval to the first measured row is no beat, so the two rows waited for the next interval, and
     * each counts on it (the first set of corpus D's cheat-fatigue-s31 session under the holes `bench robustness` drew
     * for it with seed 1 at 20 % loss, copied here; with one movement waiting at a time and the pick-up's interval
     * taken for the beat, both were lost). The second row's lowering ran on past the next lobe's start: it is measured
     * again once the next row's start is known, and its figures stand.
     */
    @Test
    void rowsWaitingForTheSetsBeatAreEachJudgedOnIt() {
        SimulatedSession s = Simulator.run(PlanPresets.get("cheat-fatigue"), 31, OutputFormat.ASCII, 90, true);
        double[][] holes = {{1.40, 1.78}, {3.92, 4.27}, {5.03, 5.30}, {5.88, 6.24}, {7.91, 8.31}, {8.69, 9.09},
            {9.29, 9.62}, {10.66, 10.89}, {11.78, 12.04}, {14.18, 14.40}, {14.79, 15.13}, {15.42, 15.73},
            {16.08, 16.46}, {17.04, 17.47}, {18.48, 18.71}, {19.21, 19.64}};
        MotionRuns run = MotionRuns.of(cut(s.samples(), holes));
        List<TruthRep> truth = s.truth().sets().get(0).reps();
        List<Rep> found = run.sets.get(0).reps();
        assertEquals(truth.size(), found.size(), found.toString());
        Rep first = found.get(0), second = found.get(1);
        assertTrue(Double.isNaN(first.romM()) && first.concentricStartS() < truth.get(0).concentricEndS()
                && first.concentricEndS() > truth.get(0).concentricStartS(), "counted over " + truth.get(0) + ": " + first);
        assertEquals(truth.get(1).concentricStartS(), second.concentricStartS(), 0.1, second.toString());
        assertEquals(truth.get(1).romM(), second.romM(), 0.02, second.toString());
    }

    /**
     * Corpus D's t-bar-s32 session (120 Hz) and its analysis under the holes `bench robustness` draws for it with seed 1 at
     * 20 % loss.
     */
    private record TBarUnderLoss(SimulatedSession session, MotionRuns run) {
    }

    private TBarUnderLoss tBarUnderLoss() throws Exception {
        SimulatedSession s = Simulator.run(PlanPresets.get("t-bar"), 32, OutputFormat.RECORDING, 120, true);
        Path f = dir.resolve("t-bar-s32-120hz.rcrec");
        SimulatedFileWriter.write(s, f);
        return new TBarUnderLoss(s, MotionRuns.of(f, "loss=20%,burst=0.2-0.45", 1));
    }

    /**
     * The bar lay on the floor for a minute before the second set, and holes fell in its last two seconds there: the
     * stillness test settles again after each, but the bar was lying throughout, so the pick-up still begins from rest.
     * Half of it in a hole, its estimates (0.18 m, slow and long for the set's rows) are what tells it from a row (the
     * second set of corpus D's t-bar-s32 session under the holes `bench robustness` draws for it with seed 1 at 20 % loss;
     * it had been counted as the set's first rep).
     */
    @Test
    void aPickUpAfterHolesInTheRestBeforeItBeginsFromRest() throws Exception {
        TBarUnderLoss t = tBarUnderLoss();
        SimulatedSession s = t.session();
        MotionRuns run = t.run();
        TruthRep firstRow = s.truth().sets().get(1).reps().get(0);
        Rep first = run.sets.get(1).reps().get(0);
        assertEquals(firstRow.concentricStartS(), first.concentricStartS(), 0.1, "the set begins with its first row: " + first);
        assertTrue(run.discarded.stream().anyMatch(d -> d.startsWith("Set 2: a movement at 100.4 s, partly in gaps in the "
                + "data, looked like picking the bar up")), run.discarded.toString());
    }

    /**
     * Holes over the grip adjustment before the third set and over its first four pulls: their lobes merged with the
     * handling before them and with each other, their measurements failed, and the movements waiting for the set's beat
     * had their detections' tops off it. Each spans the place a beat before the rep after it, with holes and the bar
     * moving there: a rep is counted there, without figures (the third set of corpus D's t-bar-s32 session under the holes
     * `bench robustness` draws for it with seed 1 at 20 % loss; three of its ten reps had been lost).
     */
    @Test
    void aSetsFirstRepsThatHolesHidAreCountedWhereTheBeatPutsThem() throws Exception {
        TBarUnderLoss t = tBarUnderLoss();
        SimulatedSession s = t.session();
        MotionRuns run = t.run();
        List<TruthRep> truth = s.truth().sets().get(2).reps();
        List<Rep> found = run.sets.get(2).reps();
        assertEquals(truth.size(), found.size(), found.toString());
        for (int i = 0; i < truth.size(); i++) {
            Rep rep = found.get(i);
            assertTrue(rep.concentricStartS() < truth.get(i).concentricEndS()
                    && rep.concentricEndS() > truth.get(i).concentricStartS(), truth.get(i) + ": " + rep);
        }
    }

    /**
     * A movement whose measurement failed across holes counts only if what was measured of it shows the bar moving as
     * in a row: after the last rep of the second set of corpus D's yates-s31 session (under the holes `bench
     * robustness` drew for it with seed 1 at 20 % loss, copied here), the lifter stands up to put the bar down, a hole
     * hides half of that lobe, and what is left of the movement accelerates the bar by 0.5 m/s² at most; it had been
     * counted as a ninth rep.
     */
    @Test
    void aMovementWhoseMeasuredPullBarelyMovesIsNoRep() {
        SimulatedSession s = Simulator.run(PlanPresets.get("yates"), 31, OutputFormat.ASCII, 300, true);
        double[][] holes = {{118.73, 118.99}, {119.33, 119.65}, {120.94, 121.28}, {123.17, 123.60}, {124.43, 124.70},
            {126.98, 127.35}, {128.78, 129.23}, {129.69, 130.01}, {134.42, 134.70}, {135.99, 136.30}, {137.91, 138.14},
            {139.10, 139.34}, {139.61, 139.86}, {141.33, 141.78}, {145.04, 145.44}, {146.66, 147.11}, {148.11, 148.39},
            {148.79, 149.05}, {149.37, 149.64}, {151.64, 151.99}};
        MotionRuns run = MotionRuns.of(cut(s.samples(), holes));
        TruthSet truth = s.truth().sets().get(1);
        List<Rep> found = run.sets.get(1).reps();
        assertEquals(truth.reps().size(), found.size(), found.toString());
        Rep last = found.get(found.size() - 1);
        assertTrue(last.concentricStartS() < truth.endS(), "the set's last rep started before the put-down: " + last);
    }

    @Test
    void aGapTooLongToBridgeSaysHowManyRepsMayBeMissing() throws Exception {
        List<Sample> samples = cut(SyntheticRows.generate(100, 8, 0.45, 2.2, 10, 3, true), 3 + 4 * 2.2, 3 + 4 * 2.2 + 2.0);
        MotionRuns run = new MotionRuns();
        List<String> warnings = new ArrayList<>();
        MotionPipeline p = new MotionPipeline(MotionSettings.DEFAULTS, new MotionListener() {
            @Override
            public void rep(Rep rep) {
                run.rep(rep);
            }

            @Override
            public void setEnded(SetResult set) {
                run.setEnded(set);
            }

            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        });
        samples.forEach(p::sample);
        p.end();
        assertTrue(warnings.stream().anyMatch(w -> w.contains("stopped 1 time during a set") && w.contains("up to 1 rep")),
                warnings.toString());
        assertTrue(run.reps.size() >= 6 && run.reps.size() <= 7, run.reps.toString());
    }

    @Test
    void squeezesAtTheTopAreRepsWithTheirHold() throws Exception {
        SimulatedSession s = Simulator.run("barbell-row 1x6 @60kg squeeze=1.5-2.5", 5, OutputFormat.ASCII, 100, true);
        Path f = dir.resolve("squeeze.txt");
        SimulatedFileWriter.write(s, f);
        MotionRuns run = MotionRuns.of(f);
        assertEquals(1, run.sets.size(), run.sets.toString());
        List<Rep> reps = run.sets.get(0).reps();
        assertEquals(6, reps.size(), reps.toString());
        for (Rep r : reps.subList(0, 5)) {
            // The last rep's lowering runs into the put-down; the others are held 1.5–2.5 s at the top.
            assertTrue(r.topHoldS() > 1.2 && r.topHoldS() < 2.8, r.toString());
        }
    }

    @Test
    void deadStopsOfSecondsDoNotEndTheSet() throws Exception {
        SimulatedSession s = Simulator.run("barbell-row 1x6 @60kg pause=2-5", 6, OutputFormat.ASCII, 100, true);
        Path f = dir.resolve("stops.txt");
        SimulatedFileWriter.write(s, f);
        MotionRuns run = MotionRuns.of(f);
        assertEquals(1, run.sets.size(), run.sets.toString());
        assertEquals(6, run.sets.get(0).reps().size(), run.sets.toString());
    }

    /**
     * Dead stops of 3–5 s with the bar held at the hang, where the hands' tremor keeps the sensor from reading still:
     * a rep is confirmed on the hold itself, not when the next pull or the pending timeout comes, and a set is not
     * ended while a rep is waiting to be confirmed. A floor over six sessions (seeds chosen before the change, none
     * skipped): the code before it found 43 of the 48 reps in 8 sets for 6.
     */
    @Test
    void repsHeldAtTheHangForSecondsAreCountedInOneSet() throws Exception {
        int[] found = repsAndSets("seal-row 1x8 @40kg pause=3-5");
        assertTrue(found[0] >= 44 && found[1] <= 7, found[0] + " reps in " + found[1] + " sets");
    }

    /** Reps and sets found over the six sessions of {@code plan} with seeds 101–106, 100 Hz with a gyroscope. */
    private int[] repsAndSets(String plan) throws Exception {
        int reps = 0, sets = 0;
        for (int seed = 101; seed <= 106; seed++) {
            SimulatedSession s = Simulator.run(plan, seed, OutputFormat.ASCII, 100, true);
            Path f = dir.resolve("plan-" + seed + ".txt");
            SimulatedFileWriter.write(s, f);
            MotionRuns run = MotionRuns.of(f);
            sets += run.sets.size();
            reps += run.sets.stream().mapToInt(set -> set.reps().size()).sum();
        }
        return new int[]{reps, sets};
    }

    /**
     * Dumbbell rows squeezed 1–3 s at the top, then lowered to a hang held without a still rest: no set is split. A cycle
     * whose measurement failed on the offset of an older rest is measured again on its own (six sessions, seeds chosen
     * before the change, none skipped: the code before it split one of them in two and found 43 of the 48 reps).
     */
    @Test
    void squeezedDumbbellSetsAreNotSplit() throws Exception {
        int[] found = repsAndSets("dumbbell-row 1x8 @30kg squeeze=1-3");
        assertEquals(6, found[1], found[0] + " reps in " + found[1] + " sets");
        assertTrue(found[0] >= 43, found[0] + " reps");
    }

    /**
     * A squeezed set's last rep, lowered to a brief hang before the put-down: its horizontal path is anchored on its
     * squeeze, not on that hang seconds after the pull (docs/MOTION.md, "Path features"). Seeds 101–108, none skipped,
     * chosen before the change: the code before it read one of these eight 0.135 m off (0.195 m for 0.060 m).
     */
    @Test
    void aSqueezedSetsLastRepKeepsItsHorizontalPath() {
        for (int seed = 101; seed <= 108; seed++) {
            SimulatedSession s = Simulator.run("barbell-row 1x5 @60kg swing=strict; rest 60; "
                    + "barbell-row 1x8 @80kg swing=strict squeeze=1-3", seed, OutputFormat.ASCII, 200, true);
            MotionRuns run = MotionRuns.of(s.samples());
            List<TruthRep> truth = s.truth().sets().get(1).reps();
            TruthRep last = truth.get(truth.size() - 1);
            Rep found = run.sets.stream().flatMap(set -> set.reps().stream())
                    .filter(r -> Math.abs(r.concentricStartS() - last.concentricStartS()) < 0.3).findFirst().orElseThrow();
            assertEquals(last.horizontalM(), found.shape().horizontalM(), 0.06, "seed " + seed + ": " + found);
        }
    }

    /**
     * Squeezed reps end where the squeeze begins: over a 3 s hold at the top the fit's velocity drifts by up to 0.2 m/s,
     * and the concentric read on into the squeeze with the drift in its ROM (docs/MOTION.md, "Pauses"). Seeds 201–206,
     * none skipped, chosen before the change: the code before it measured 41 of these 48 reps right (the concentric
     * ending within 0.15 s of the true one, the ROM within 4 cm). Every rep is found: measured over a cycle, a squeezed
     * rep's descent keeps some of the hold's drift, and two read under the 0.8 of their ROM once required after a hold.
     */
    @Test
    void squeezedRepsEndWhereTheSqueezeBegins() {
        List<String> wrong = new ArrayList<>();
        int reps = 0, found = 0;
        for (int seed = 201; seed <= 206; seed++) {
            SimulatedSession s = Simulator.run("barbell-row 1x5 @60kg swing=strict; rest 60; "
                    + "barbell-row 1x8 @80kg swing=strict squeeze=3", seed, OutputFormat.ASCII, 200, true);
            MotionRuns run = MotionRuns.of(s.samples());
            for (TruthRep truth : s.truth().sets().get(1).reps()) {
                reps++;
                Rep rep = startingAt(run, truth.concentricStartS());
                found += rep != null ? 1 : 0;
                if (rep == null || Math.abs(rep.concentricEndS() - truth.concentricEndS()) >= 0.15
                        || !(Math.abs(rep.romM() - truth.romM()) < 0.04)) {
                    wrong.add("seed " + seed + " at " + truth.concentricStartS() + " s: " + rep);
                }
            }
        }
        assertEquals(48, reps);
        assertEquals(48, found, "wrong: " + wrong);
        assertTrue(wrong.size() <= 4, (reps - wrong.size()) + " of 48 right; wrong: " + wrong);
    }

    /**
     * A rep from a dead stop starts at the pull's push, not where a velocity error left over the stop crosses zero
     * seconds before it: seal rows with stops of 0.5–5 s at the bottom. Seeds 201–206, none skipped, chosen before the
     * change: the code before it read the mean concentric velocity of 33 of the 48 reps within 0.05 m/s, and
     * 0.13 m/s off on average.
     */
    @Test
    void repsFromADeadStopStartAtThePush() {
        int within = 0, found = 0;
        double error = 0;
        for (int seed = 201; seed <= 206; seed++) {
            SimulatedSession s = Simulator.run("seal-row 1x5 @40kg; rest 60; seal-row 1x8 @50kg pause=0.5-5", seed,
                    OutputFormat.ASCII, 200, true);
            MotionRuns run = MotionRuns.of(s.samples());
            for (TruthRep truth : s.truth().sets().get(1).reps()) {
                Rep r = run.sets.stream().flatMap(set -> set.reps().stream())
                        .filter(x -> Math.min(x.concentricEndS(), truth.concentricEndS())
                                > Math.max(x.concentricStartS(), truth.concentricStartS())).findFirst().orElse(null);
                if (r != null && Double.isFinite(r.meanConcentricVelocityMps())) {
                    found++;
                    double e = Math.abs(r.meanConcentricVelocityMps() - truth.meanConcentricVelocityMps());
                    error += e;
                    within += e < 0.05 ? 1 : 0;
                }
            }
        }
        assertTrue(found >= 46, found + " of 48 reps found");
        assertTrue(within >= 38 && error / found < 0.06, within + " of " + found + " within 0.05 m/s, mean error "
                + error / found);
    }

    /**
     * Lowerings of 2.5–4 s, a controlled eccentric: the bar moves slowly enough mid-way for the sensor to read still, and
     * the high-pass detection crosses zero seconds before the pull. Every rep is a rep, with its velocity. Seeds 101–106,
     * chosen before the changes and looked at while they were made: the code before them found 35 of the 48 reps in 8
     * sets for 6, and read their mean concentric velocity about 0.06 m/s off on average (`bench accuracy`); with them 41
     * in 6 sets, 0.030 m/s off (42 in 7 sets before the last of them, a still run's mean acceleration, which keeps the
     * split set whole).
     */
    @Test
    void slowLoweringsAreRepsWithTheirVelocity() {
        int found = 0, sets = 0;
        double error = 0;
        for (int seed = 101; seed <= 106; seed++) {
            SimulatedSession s = Simulator.run("barbell-row 1x8 @60kg lower=2.5-4", seed, OutputFormat.ASCII, 100, true);
            MotionRuns run = MotionRuns.of(s.samples());
            sets += run.sets.size();
            for (TruthRep truth : s.truth().sets().get(0).reps()) {
                Rep r = startingAt(run, truth.concentricStartS());
                if (r != null && Double.isFinite(r.meanConcentricVelocityMps())) {
                    found++;
                    error += Math.abs(r.meanConcentricVelocityMps() - truth.meanConcentricVelocityMps());
                }
            }
        }
        assertTrue(found >= 41 && sets <= 6, found + " of 48 reps found in " + sets + " sets");
        assertTrue(error / found < 0.035, "mean velocity error " + error / found);
    }

    private static Rep startingAt(MotionRuns run, double startS) {
        return run.sets.stream().flatMap(set -> set.reps().stream())
                .filter(r -> Math.abs(r.concentricStartS() - startS) < 0.3).findFirst().orElse(null);
    }

    @Test
    void aRestingWristWithFidgetsHasNoReps() throws Exception {
        // A sensor on a resting wrist at 50 Hz for 90 s: tilted, noisy, and every few seconds a fidget (a twitch
        // of the hand, a shift of the arm: 0.2–0.6 s, a few centimetres, a few degrees).
        SplittableRandom rnd = new SplittableRandom(12);
        List<Sample> samples = new ArrayList<>();
        double g = 9.81, tilt = 0.6;
        double nextFidget = 2, fidgetEnd = -1, amp = 0, dur = 1;
        for (int i = 0; i < 90 * 50; i++) {
            double t = i / 50.0;
            if (t >= nextFidget) {
                dur = 0.2 + 0.4 * rnd.nextDouble();
                amp = (rnd.nextBoolean() ? 1 : -1) * (1 + 3 * rnd.nextDouble()); // m/s² peak
                fidgetEnd = t + dur;
                nextFidget = t + 2 + 6 * rnd.nextDouble();
            }
            double a = 0, w = 0;
            if (t < fidgetEnd) {
                double ph = (t - (fidgetEnd - dur)) / dur;
                a = amp * Math.sin(2 * Math.PI * ph);
                w = 0.3 * amp / 4 * Math.sin(Math.PI * ph);
            }
            double n = 0.05;
            samples.add(new Sample(Math.round(t * 1e6), g * Math.sin(tilt) + n * rnd.nextGaussian(),
                    a * 0.5 + n * rnd.nextGaussian(), g * Math.cos(tilt) + a + n * rnd.nextGaussian(),
                    w + 0.01 * rnd.nextGaussian(), 0.01 * rnd.nextGaussian(), 0.5 * w + 0.01 * rnd.nextGaussian()));
        }
        MotionRuns run = replayAscii(samples, true);
        assertEquals(List.of(), run.reps, "a resting wrist has no reps");
    }
}
