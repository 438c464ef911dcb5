package dev.rowcoach.lab.sim;

import dev.rowcoach.lab.truth.Truth;
import dev.rowcoach.lab.truth.TruthEvent;
import dev.rowcoach.lab.truth.TruthRep;
import dev.rowcoach.lab.truth.TruthSet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The truth labels against the simulated trajectory they are measured on. */
class TruthLabelTest {

    private static SimulatedSession ideal(String plan, long seed) {
        return Simulator.run(SimulationRequest.of(plan, seed, OutputFormat.ROWCOACH, 100, true).idealSensor());
    }

    @Test
    void concentricEndsAreZeroCrossingsAndMcvIsRomOverDuration() {
        int reps = 0;
        for (long seed = 1; seed <= 6; seed++) {
            for (String plan : List.of("barbell-row 1x5 swing=cheat-last=2", "pendlay-row 1x3", "t-bar-row 1x3 dip=yes",
                    "seal-row 1x3")) {
                SimulatedSession s = ideal(plan, seed);
                TruthLabeller labeller = new TruthLabeller(s.internals().choreography().motion());
                double offset = s.internals().offsetS();
                for (TruthSet set : s.truth().sets()) {
                    for (TruthRep r : set.reps()) {
                        double cs = r.concentricStartS() + offset;
                        double ce = r.concentricEndS() + offset;
                        double end = r.endS() + offset;
                        double d = 1e-3;
                        String where = plan + " seed " + seed + " rep " + r.index();
                        assertTrue(labeller.verticalVelocity(cs - d) <= 0, where + ": rising before the start");
                        assertTrue(labeller.verticalVelocity(cs + d) > 0, where + ": not rising after the start");
                        assertTrue(labeller.verticalVelocity(ce - d) > 0, where + ": not rising before the end");
                        assertTrue(labeller.verticalVelocity(ce + d) <= 0, where + ": still rising after the end");
                        assertTrue(labeller.verticalVelocity(end - d) < 0, where + ": not lowering before the rep's end");
                        assertTrue(labeller.verticalVelocity(end + d) >= 0, where + ": still lowering after the rep's end");
                        for (double t = cs + d; t < ce - d; t += 1e-3) {
                            assertTrue(labeller.verticalVelocity(t) > 0, where + ": velocity not positive throughout, at " + t);
                        }
                        assertEquals(r.romM() / (r.concentricEndS() - r.concentricStartS()), r.meanConcentricVelocityMps(), 1e-12);
                        assertTrue(r.peakConcentricVelocityMps() > r.meanConcentricVelocityMps(), where);
                        assertTrue(r.romM() > 0.2 && r.romM() < 0.75, where + ": ROM " + r.romM());
                        double duration = r.concentricEndS() - r.concentricStartS();
                        assertTrue(duration > 0.35 && duration < 2.6, where + ": concentric " + duration + " s");
                        reps++;
                    }
                    assertEquals(set.reps().get(0).concentricStartS(), set.startS(), 0.0);
                    assertEquals(set.reps().get(set.reps().size() - 1).endS(), set.endS(), 0.0);
                }
            }
        }
        assertEquals(6 * (5 + 3 + 3 + 3), reps);
    }

    @Test
    void everyExerciseRisesOncePerRep() {
        for (String plan : List.of("pendlay-row 1x4", "kroc-row 1x6", "t-bar-row 1x4 swing=cheat dip=yes", "yates-row 1x4",
                "chest-supported-row 1x4", "dumbbell-row 1x4 squeeze=0.3")) {
            SimulatedSession s = ideal(plan, 31);
            TruthLabeller labeller = new TruthLabeller(s.internals().choreography().motion());
            TruthSet set = s.truth().sets().get(0);
            double offset = s.internals().offsetS();
            // Runs that lift the bar by more than 1 cm: a Pendlay landing's ringing rises by a few mm at most.
            int runs = 0;
            double rise = 0;
            for (double t = set.startS() + offset - 0.05; t < set.endS() + offset + 0.3; t += 1e-3) {
                double v = labeller.verticalVelocity(t);
                if (v > 0) {
                    rise += v * 1e-3;
                } else {
                    runs += rise > 0.01 ? 1 : 0;
                    rise = 0;
                }
            }
            assertEquals(set.reps().size(), runs, plan);
        }
    }

    @Test
    void eachRepIsExactlyOneRunOfRisingBarWithinItsSet() {
        for (long seed = 20; seed < 26; seed++) {
            SimulatedSession s = ideal("barbell-row 1x8 swing=cheat-last=3", seed);
            TruthLabeller labeller = new TruthLabeller(s.internals().choreography().motion());
            TruthSet set = s.truth().sets().get(0);
            double offset = s.internals().offsetS();
            int runs = 0;
            boolean rising = false;
            for (double t = set.startS() + offset - 0.05; t < set.endS() + offset; t += 1e-3) {
                boolean up = labeller.verticalVelocity(t) > 1e-9;
                if (up && !rising) {
                    runs++;
                }
                rising = up;
            }
            assertEquals(8, runs, "seed " + seed);
        }
    }

    @Test
    void swingLabelsAreTheGeneratedTorsoRiseAndGradesFollowTheThresholds() {
        SimulatedSession s = ideal("barbell-row 1x6 swing=5,9.5,10.5,24.5,26,35 dip=no", 4);
        Motion motion = s.internals().choreography().motion();
        double offset = s.internals().offsetS();
        double[] asked = {5, 9.5, 10.5, 24.5, 26, 35};
        String[] grades = {"strict", "strict", "cheat", "cheat", "excessive", "excessive"};
        List<TruthRep> reps = s.truth().sets().get(0).reps();
        for (int i = 0; i < 6; i++) {
            TruthRep r = reps.get(i);
            double cs = r.concentricStartS() + offset;
            double max = Double.NEGATIVE_INFINITY;
            for (double t = cs; t <= r.concentricEndS() + offset; t += 1e-4) {
                max = Math.max(max, motion.torsoRad(t));
            }
            assertEquals(Math.toDegrees(max - motion.torsoRad(cs)), r.torsoSwingDeg(), 0.01, "rep " + r.index());
            assertEquals(asked[i], r.torsoSwingDeg(), 0.01, "rep " + r.index());
            assertEquals(grades[i], r.grade(), "rep " + r.index());
            assertEquals(0.0, r.dipM(), 1e-9);
        }
        assertTrue(reps.get(5).horizontalM() > reps.get(0).horizontalM(), "a big swing moves the bar further back");
        assertTrue(reps.get(5).romM() > reps.get(0).romM() + 0.03, "a big swing lengthens the bar path");
        assertEquals("strict", TruthLabeller.grade(9.999));
        assertEquals("cheat", TruthLabeller.grade(10));
        assertEquals("cheat", TruthLabeller.grade(25));
        assertEquals("excessive", TruthLabeller.grade(25.001));
    }

    @Test
    void aFixedDipIsLabelledAsTheBarsDropBelowTheHang() {
        SimulatedSession s = ideal("barbell-row 1x4 swing=cheat dip=0.04", 8);
        double offset = s.internals().offsetS();
        Motion motion = s.internals().choreography().motion();
        DesignedSet designed = s.internals().choreography().sets().get(0);
        for (TruthRep r : s.truth().sets().get(0).reps()) {
            assertEquals(0.04, r.dipM(), 1e-6, "rep " + r.index());
            double[] xz = new double[2];
            motion.barPosition(r.concentricStartS() + offset, false, xz);
            assertEquals(designed.nominalHangZ() - 0.04, xz[1], 1e-6);
        }
        for (TruthRep r : ideal("barbell-row 1x4 swing=cheat dip=no", 8).truth().sets().get(0).reps()) {
            assertEquals(0.0, r.dipM(), 1e-9);
        }
    }

    @Test
    void eventsFrameTheSetsOnTheFilesTimeline() {
        SimulatedSession s = ideal("barbell-row 2x3 grip=yes bump=yes rest=20", 2);
        Truth t = s.truth();
        List<TruthEvent> events = t.events();
        TruthEvent pickup = first(events, "pickup");
        TruthEvent rest = first(events, "rest");
        TruthSet one = t.sets().get(0);
        TruthSet two = t.sets().get(1);
        assertTrue(pickup.endS() < one.startS());
        assertTrue(first(events, "putdown").startS() > one.endS());
        assertTrue(rest.startS() > one.endS() && rest.endS() < two.startS());
        assertEquals(20.0, rest.endS() - rest.startS(), 1e-9);
        TruthEvent bump = first(events, "bump");
        assertTrue(bump.startS() > rest.startS() && bump.endS() < rest.endS(), "the knock lands while the bar rests");
        assertEquals(2, events.stream().filter(e -> e.type().equals("grip-adjust")).count());
        assertEquals(2, events.stream().filter(e -> e.type().equals("pickup")).count());
        assertEquals(2, events.stream().filter(e -> e.type().equals("putdown")).count());
        double duration = s.internals().choreography().motion().durationS() - s.internals().offsetS();
        for (TruthEvent e : events) {
            assertTrue(e.startS() >= 0 && e.endS() <= duration && e.startS() < e.endS(), e.toString());
        }
        assertEquals(0.0, s.internals().offsetS(), 0.0, "an ideal rowcoach file starts with the session");
    }

    @Test
    void touchAndGoAndPausedBottomsBothOccur() {
        int touch = 0;
        int paused = 0;
        for (long seed = 1; seed <= 12; seed++) {
            List<TruthRep> reps = ideal("barbell-row 1x3", seed).truth().sets().get(0).reps();
            // Both ends are bisected to well under a microsecond.
            if (Math.abs(reps.get(0).endS() - reps.get(1).concentricStartS()) < 1e-6) {
                touch++;
            } else {
                assertTrue(reps.get(1).concentricStartS() - reps.get(0).endS() > 0.1);
                paused++;
            }
        }
        assertTrue(touch >= 6 && paused >= 1, touch + " touch-and-go, " + paused + " paused");
    }

    private static TruthEvent first(List<TruthEvent> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow(() -> new AssertionError("no " + type));
    }
}
