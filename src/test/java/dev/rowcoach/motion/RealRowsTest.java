package dev.rowcoach.motion;

import dev.rowcoach.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real barbell rows in ../shared/datasets/barbell-rows-imu/rows (a BLE IMU taped to the bar; the rep
 * count is in each file name): exact count on at least 7 of the 8 sets, within one on all.
 */
class RealRowsTest {

    private static final Pattern REPS = Pattern.compile("_reps?(\\d+)_");

    @Test
    void countsTheRealRowSets() throws Exception {
        List<Path> rows = SharedData.barbellFiles().stream().filter(f -> f.getParent().getFileName().toString().equals("rows")).toList();
        assertEquals(8, rows.size());
        int exact = 0;
        StringBuilder table = new StringBuilder();
        for (Path f : rows) {
            Matcher m = REPS.matcher(f.getFileName().toString());
            assertTrue(m.find(), f.toString());
            int expected = Integer.parseInt(m.group(1));
            List<Rep> reps = MotionRuns.of(f).reps;
            table.append(f.getFileName()).append(": ").append(reps.size()).append(" of ").append(expected).append('\n');
            assertTrue(Math.abs(reps.size() - expected) <= 1, table.toString());
            exact += reps.size() == expected ? 1 : 0;
            for (Rep r : reps) {
                // Plausible rows: 0.2–0.8 m of travel at 0.2–1.5 m/s.
                assertTrue(r.romM() > 0.2 && r.romM() < 0.8, r.toString());
                assertTrue(r.meanConcentricVelocityMps() > 0.2 && r.meanConcentricVelocityMps() < 1.5, r.toString());
            }
        }
        assertTrue(exact >= 7, "exact on " + exact + " of 8:\n" + table);
    }
}
