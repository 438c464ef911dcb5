package dev.rowcoach.lab.sim;

import dev.rowcoach.lab.truth.TruthLifter;
import dev.rowcoach.lab.truth.TruthRep;
import org.junit.jupiter.api.Test;

import java.util.DoubleSummaryStatistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hinge family: its own bodies and angles, every plan still laid out, the rower family left alone. */
class HingeFamilyTest {

    private static SimulatedSession run(String plan, long seed, Family family) {
        return Simulator.run(SimulationRequest.of(plan, seed, OutputFormat.ROWCOACH, 100, true).withFamily(family));
    }

    @Test
    void bodiesComeFromStaturePercentilesAndTorsoAnglesSpan15To60() {
        DoubleSummaryStatistics torso = new DoubleSummaryStatistics();
        DoubleSummaryStatistics torsoLength = new DoubleSummaryStatistics();
        DoubleSummaryStatistics arm = new DoubleSummaryStatistics();
        for (long seed = 1; seed <= 40; seed++) {
            TruthLifter l = run("barbell-row 1x2", seed, Family.HINGE).truth().lifter();
            torso.accept(l.torsoAngleDeg());
            torsoLength.accept(l.torsoLengthM());
            arm.accept(l.armLengthM());
        }
        // 0.288 × 1.52–1.87 m of stature (5th woman to 95th man) ± 3 % per segment.
        assertTrue(torsoLength.getMin() > 0.288 * 1.52 * 0.92 && torsoLength.getMax() < 0.288 * 1.87 * 1.08, "torso " + torsoLength);
        assertTrue(arm.getMin() > 0.375 * 1.52 * 0.92 && arm.getMax() < 0.375 * 1.87 * 1.08, "arm " + arm);
        assertTrue(torso.getMin() >= 15 && torso.getMax() <= 60, "torso angle " + torso);
        assertTrue(torso.getMax() - torso.getMin() > 30, "torso angles spread: " + torso);
    }

    @Test
    void swingsAreLabelledAndMoveTheBarAsTheTorsoDoes() {
        int swung = 0;
        for (long seed = 1; seed <= 12; seed++) {
            SimulatedSession s = run("barbell-row 1x6 @80kg swing=0,0,4,14,20,30 dip=no", seed, Family.HINGE);
            var reps = s.truth().sets().get(0).reps();
            assertEquals(6, reps.size());
            TruthRep strict = reps.get(0);
            TruthRep big = reps.get(5);
            assertTrue(strict.torsoSwingDeg() < 1, "strict rep swing " + strict.torsoSwingDeg());
            assertTrue(big.torsoSwingDeg() > 25, "seed " + seed + ": swing " + big.torsoSwingDeg());
            // The shoulders carry the bar up and back: a large swing lengthens the pull and its horizontal path.
            assertTrue(big.romM() > strict.romM() + 0.05, "seed " + seed + " rom " + big.romM() + " vs " + strict.romM());
            assertTrue(big.horizontalM() > strict.horizontalM() + 0.03, "seed " + seed);
            swung++;
        }
        assertEquals(12, swung);
    }

    @Test
    void everyPresetCanBeLaidOutByHingeLifters() {
        for (String preset : PlanPresets.all().keySet()) {
            for (long seed = 1; seed <= 3; seed++) {
                assertFalse(run(preset, seed, Family.HINGE).truth().sets().isEmpty(), preset);
            }
        }
    }

    @Test
    void theRowerFamilyIsTheDefaultAndTheFamiliesDiffer() {
        SimulationRequest plain = SimulationRequest.of("demo", 3, OutputFormat.ROWCOACH, 100, true);
        assertEquals(Family.ROWER, plain.family());
        assertArrayEquals(SimulatedFileWriter.encode(Simulator.run(plain)),
                SimulatedFileWriter.encode(Simulator.run(plain.withFamily(Family.ROWER))));
        assertFalse(java.util.Arrays.equals(SimulatedFileWriter.encode(Simulator.run(plain)),
                SimulatedFileWriter.encode(Simulator.run(plain.withFamily(Family.HINGE)))));
        assertEquals(Family.HINGE, Family.of("hinge"));
        assertThrows(IllegalArgumentException.class, () -> Family.of("robot"));
    }
}
