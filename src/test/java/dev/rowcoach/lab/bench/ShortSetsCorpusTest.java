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
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The motion core on heavy short sets (corpus E of docs/ACCURACY.md): a ramp of four barbell-row triples at
 * 70–100 kg with long rests (seeds 4–7) and three barbell-row triples then two Pendlay-row triples (seeds 1–6), at
 * 200 Hz, written to files and read back through the production readers. In a set of three the last rep runs into
 * the put-down and a pick-up or stand-up weighs as much as a rep in the set's medians: before the fixes of
 * docs/MOTION.md these sessions had F1 0.948 and 0.989, four put-down ghosts and a set split in two.
 */
class ShortSetsCorpusTest {

    static final String RAMP = "barbell-row 1x3 @70kg; rest 120; barbell-row 1x3 @80kg; rest 120; "
            + "barbell-row 1x3 @90kg; rest 120; barbell-row 1x3 @100kg";
    static final String TRIPLES = "barbell-row 3x3 @100kg; rest 60; pendlay-row 2x3 @100kg";

    @Test
    void countsEveryRepAndSetAndNoHandlingOfTheBar(@TempDir Path dir) throws Exception {
        RepTally all = RepTally.EMPTY;
        for (long seed = 4; seed <= 7; seed++) {
            all = all.plus(score(dir, RAMP, seed, "ramp"));
        }
        for (long seed = 1; seed <= 6; seed++) {
            all = all.plus(score(dir, TRIPLES, seed, "triples"));
        }
        String summary = String.format(Locale.ROOT, "F1 %.3f (%d true, %d detected, %d matched), MCV MAE %.4f, ROM MAE %.4f,"
                + " ghosts %d (%d from pick-ups/put-downs), sets true %d, detected %d, found %d", all.f1(), all.trueReps(),
                all.detectedReps(), all.matchedReps(), all.mcvMaeMps(), all.romMaeM(), all.ghostReps(),
                all.pickupPutdownGhostReps(), all.trueSets(), all.detectedSets(), all.setsFound());
        System.out.println(summary);
        assertEquals(10, all.files());
        assertEquals(4 * 12 + 6 * 15, all.trueReps(), summary);
        assertEquals(4 * 4 + 6 * 5, all.trueSets(), summary);
        assertTrue(all.f1() >= 0.99, summary);
        assertEquals(0, all.pickupPutdownGhostReps(), summary);
        // Every set found, and none split in two or made of a put-down alone.
        assertEquals(all.trueSets(), all.setsFound(), summary);
        assertEquals(all.trueSets(), all.detectedSets(), summary);
        assertTrue(all.mcvMaeMps() <= 0.03, summary);
        assertTrue(all.romMaeM() <= 0.02, summary);
    }

    private static RepTally score(Path dir, String plan, long seed, String name) throws Exception {
        SimulatedSession s = Simulator.run(plan, seed, OutputFormat.RECORDING, 200, true);
        Path file = dir.resolve(name + "-" + seed + ".rcrec");
        SimulatedFileWriter.write(s, file);
        return TruthScorer.score(Replay.of(SensorFile.open(file, null, DecoderSettings.DEFAULTS), Replay.Grading.DEFAULTS,
                Loads.UNKNOWN), s.truth());
    }
}
