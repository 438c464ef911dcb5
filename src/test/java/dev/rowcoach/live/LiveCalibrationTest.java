package dev.rowcoach.live;

import dev.rowcoach.grading.Calibration;
import dev.rowcoach.grading.Sway;
import dev.rowcoach.lab.sim.OutputFormat;
import dev.rowcoach.lab.sim.SimulatedFileWriter;
import dev.rowcoach.lab.sim.Simulator;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.session.RepReport;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.source.LinkQueue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A live session grades as replay does: against the lifter's calibration kept in the history, or the one its own
 * first set makes with {@code --calibrate}, else by the early movement alone (docs/GRADING.md). The sensor's bytes
 * go through the same queue a serial or BLE link fills.
 */
class LiveCalibrationTest {

    private static final byte[] BYTES = SimulatedFileWriter.encode(
            Simulator.run("barbell-row 2x6 @60kg rest=30", 3, OutputFormat.ROWCOACH, 200, true));

    private static List<RepReport> reps(Calibration stored, boolean calibrate) throws Exception {
        LinkQueue queue = new LinkQueue(BYTES.length + 1, 64);
        assertTrue(queue.offerData(BYTES, 0, BYTES.length, System.nanoTime()));
        LiveSettings settings = new LiveSettings("test", null, DecoderSettings.DEFAULTS, null, "barbell-row", 60.0, null,
                0.3, 0, stored, calibrate);
        SessionReport report = new LiveSession(settings, queue, new LiveTee(List.of())).run();
        assertEquals(2, report.sets().size());
        return report.sets().stream().flatMap(s -> s.reps().stream()).toList();
    }

    private static long basis(List<RepReport> reps, Sway.Basis basis) {
        return reps.stream().filter(r -> r.sway() != null && r.sway().basis() == basis).count();
    }

    @Test
    void withoutACalibrationEachSetsFirstTwoRepsAreReadByTheEarlyMovementAndTheBaselineOfTheOthers() throws Exception {
        List<RepReport> reps = reps(null, false);
        // Two strict sets of six: each set's first two reps, then four read against them.
        assertEquals(12, reps.size(), reps.toString());
        for (RepReport r : reps) {
            assertEquals(r.index() <= 2 ? Sway.Basis.EARLY_MOVEMENT : Sway.Basis.FIRST_REPS, r.sway().basis(), r.toString());
        }
    }

    @Test
    void theCalibrationKeptInTheHistoryGradesEveryRep() throws Exception {
        List<RepReport> reps = reps(new Calibration(0.45, 8), false);
        assertEquals(reps.size(), basis(reps, Sway.Basis.CALIBRATED), reps.toString());
    }

    @Test
    void aCalibrationSetMakesTheBaselineTheLaterSetIsReadAgainst() throws Exception {
        List<RepReport> reps = reps(null, true);
        assertEquals(reps.size(), basis(reps, Sway.Basis.CALIBRATED), reps.toString());
        assertTrue(reps.stream().anyMatch(r -> r.sway().baseline()), "the first set's reps join the baseline");
    }
}
