package dev.rowcoach.lab.bench;

import dev.rowcoach.lab.sim.OutputFormat;
import dev.rowcoach.lab.sim.SimulatedFileWriter;
import dev.rowcoach.lab.sim.SimulatedSession;
import dev.rowcoach.lab.sim.Simulator;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.session.Loads;
import dev.rowcoach.session.Replay;
import dev.rowcoach.source.SensorFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The motion core against the simulator's truth on a fixed corpus (corpus C of docs/ACCURACY.md: 24
 * sessions, every preset, seeds 21 and 22, 75–500 Hz, every sixth without a gyroscope), written to files
 * and read back through the production readers. Asserts the accuracy targets this corpus meets (rep finding and
 * measurement, and the sway grades), so a regression fails the build; ACCURACY.md lists the ones not met yet.
 */
class SimulatedCorpusTest {

    private static final List<String> PLANS = List.of("strict-heavy", "cheat-fatigue", "body-english", "pendlay",
            "yates", "kroc", "dumbbell", "t-bar", "supported", "mixed", "demo", "quick");

    @Test
    void meetsTheTargetsOnTheFixedCorpus(@TempDir Path dir) throws Exception {
        RepTally withGyro = RepTally.EMPTY, accelOnly = RepTally.EMPTY;
        int i = 0;
        for (String plan : PLANS) {
            for (long seed : new long[] {21, 22}) {
                i++;
                double rate = new double[] {100, 250, 500, 75}[i % 4];
                boolean gyro = i % 6 != 0;
                SimulatedSession s = Simulator.run(plan, seed, OutputFormat.RECORDING, rate, gyro);
                Path file = dir.resolve(plan + "-" + seed + ".rcrec");
                SimulatedFileWriter.write(s, file);
                RepTally t = TruthScorer.score(Replay.of(SensorFile.open(file, null, DecoderSettings.DEFAULTS), Replay.Grading.DEFAULTS, Loads.UNKNOWN),
                        s.truth());
                if (gyro) {
                    withGyro = withGyro.plus(t);
                } else {
                    accelOnly = accelOnly.plus(t);
                }
            }
        }
        RepTally all = withGyro.plus(accelOnly);
        String summary = String.format(java.util.Locale.ROOT, "F1 %.3f, MCV MAE %.4f (gyro) %.4f (accel-only), ROM MAE %.4f,"
                + " ghosts %d (%d from pick-ups/put-downs), sets %d/%d, %.1f %% reported within 300 ms", all.f1(),
                withGyro.mcvMaeMps(), accelOnly.mcvMaeMps(), all.romMaeM(), all.ghostReps(), all.pickupPutdownGhostReps(),
                all.setsFound(), all.trueSets(), 100 * all.latencyWithinTargetShare());
        assertEquals(24, all.files());
        assertTrue(all.trueReps() > 500, summary);
        assertTrue(all.f1() >= 0.99, summary);
        assertEquals(all.trueSets(), all.setsFound(), summary);
        assertTrue(withGyro.mcvMaeMps() <= 0.03, summary);
        assertTrue(accelOnly.mcvMaeMps() <= 0.05, summary);
        assertTrue(all.romMaeM() <= 0.02, summary);
        assertEquals(0, all.pickupPutdownGhostReps(), summary);
        // Not yet every rep (reps held long at the hang wait for the next pull), but a regression shows here.
        assertTrue(all.latencyWithinTargetShare() >= 0.9, summary);
        GradeTally g = withGyro.grades(), a = accelOnly.grades();
        String grades = String.format(java.util.Locale.ROOT, "grades with gyro: %d reps, accuracy %.3f, clear %.3f (%d), "
                + "swing MAE %.2f; accel-only: %d reps, accuracy %.3f, clear %.3f, swing MAE %.2f", g.reps(), g.accuracy(),
                g.clearAccuracy(), g.clearReps(), g.swingMaeDeg(), a.reps(), a.accuracy(), a.clearAccuracy(), a.swingMaeDeg());
        GradeTally pooled = all.grades();
        grades += String.format(java.util.Locale.ROOT, "; all: accuracy %.3f, clear %.3f, swing MAE %.2f",
                pooled.accuracy(), pooled.clearAccuracy(), pooled.swingMaeDeg());
        System.out.println(grades);
        // The grading issue's targets, over every rep and with a gyroscope alone.
        assertTrue(g.reps() > 400 && a.reps() > 50, grades);
        for (GradeTally t : List.of(pooled, g)) {
            assertTrue(t.accuracy() >= 0.85, grades);
            assertTrue(t.clearAccuracy() >= 0.95, grades);
            assertTrue(t.swingMaeDeg() <= 3.0, grades);
        }
        // Without a gyroscope (read from the vertical path alone): rougher elsewhere, but on this corpus within
        // the overall targets too (docs/ACCURACY.md).
        assertTrue(a.accuracy() >= 0.85 && a.swingMaeDeg() <= 3.0, grades);
    }
}
