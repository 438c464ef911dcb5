package dev.rowcoach.lab.sim;

import dev.rowcoach.lab.truth.TruthLifter;
import dev.rowcoach.lab.truth.TruthRep;
import dev.rowcoach.sensor.Sample;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Different seeds give different bodies, styles and mounts, spread over their ranges. */
class VarietyTest {

    @Test
    void bodiesMountsAndTemposSpreadOverTheirRanges() {
        DoubleSummaryStatistics torso = new DoubleSummaryStatistics();
        DoubleSummaryStatistics torsoLength = new DoubleSummaryStatistics();
        DoubleSummaryStatistics arm = new DoubleSummaryStatistics();
        DoubleSummaryStatistics offset = new DoubleSummaryStatistics();
        DoubleSummaryStatistics rom = new DoubleSummaryStatistics();
        DoubleSummaryStatistics concentric = new DoubleSummaryStatistics();
        DoubleSummaryStatistics repPeriod = new DoubleSummaryStatistics();
        boolean[] upAxis = new boolean[6];
        List<Double> gyroBiases = new ArrayList<>();
        for (long seed = 100; seed < 140; seed++) {
            SimulatedSession s = Simulator.run("barbell-row 1x3", seed, OutputFormat.ROWCOACH, 50, true);
            TruthLifter l = s.truth().lifter();
            torso.accept(l.torsoAngleDeg());
            torsoLength.accept(l.torsoLengthM());
            arm.accept(l.armLengthM());
            offset.accept(l.mountOffsetM());
            List<TruthRep> reps = s.truth().sets().get(0).reps();
            for (TruthRep r : reps) {
                rom.accept(r.romM());
                concentric.accept(r.concentricEndS() - r.concentricStartS());
            }
            repPeriod.accept(reps.get(1).concentricStartS() - reps.get(0).concentricStartS());
            // The first samples lie on the floor: which sensor axis points up?
            Sample rest = s.samples().get(5);
            double[] f = {rest.ax(), rest.ay(), rest.az()};
            int axis = 0;
            for (int i = 1; i < 3; i++) {
                axis = Math.abs(f[i]) > Math.abs(f[axis]) ? i : axis;
            }
            upAxis[2 * axis + (f[axis] > 0 ? 0 : 1)] = true;
            gyroBiases.add(rest.gx());
        }
        assertSpread(torso, 15, 45, 0.6, "torso angle");
        assertSpread(torsoLength, 0.45, 0.60, 0.5, "torso length");
        assertSpread(arm, 0.55, 0.75, 0.5, "arm length");
        assertSpread(offset, 0.01, 0.04, 0.6, "mount offset");
        assertSpread(rom, 0.28, 0.60, 0.4, "ROM");
        assertSpread(concentric, 0.5, 1.3, 0.4, "concentric duration");
        assertTrue(repPeriod.getMax() - repPeriod.getMin() > 0.8, "rep periods " + repPeriod);
        int directions = 0;
        for (boolean b : upAxis) {
            directions += b ? 1 : 0;
        }
        assertTrue(directions >= 5, "the sensor axis pointing up should vary over ±x, ±y, ±z; saw " + directions + " of 6");
        DoubleSummaryStatistics bias = gyroBiases.stream().mapToDouble(Double::doubleValue).summaryStatistics();
        assertTrue(bias.getMin() < -0.03 && bias.getMax() > 0.03, "gyro biases " + bias);
        assertEquals(40, torso.getCount());
    }

    @Test
    void aPinnedTorsoAngleAndAFlatMountArePinned() {
        for (long seed = 1; seed <= 5; seed++) {
            SimulatedSession s = Simulator.run(SimulationRequest.of("barbell-row 1x2", seed, OutputFormat.ROWCOACH, 50, true)
                    .withTorsoAngleDeg(30.0).withMount(MountMode.FLAT).idealSensor());
            assertEquals(30.0, s.truth().lifter().torsoAngleDeg(), 1e-9);
            assertEquals(0.0, s.truth().lifter().mountRollDeg(), 1e-9);
            Sample rest = s.samples().get(5);
            assertEquals(Sample.STANDARD_GRAVITY, rest.az(), 1e-9, "flat: z up");
        }
    }

    private static void assertSpread(DoubleSummaryStatistics stats, double lo, double hi, double share, String what) {
        assertTrue(stats.getMin() >= lo - 1e-9 && stats.getMax() <= hi + 1e-9, what + " outside " + lo + "–" + hi + ": " + stats);
        assertTrue(stats.getMax() - stats.getMin() >= share * (hi - lo), what + " should cover " + share + " of " + lo + "–" + hi + ": " + stats);
    }
}
