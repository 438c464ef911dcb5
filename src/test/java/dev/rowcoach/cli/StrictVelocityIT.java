package dev.rowcoach.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rowcoach.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Velocity loss, the best MCV and the load–velocity line come from a set's strict reps (docs/COACHING.md, "Strict reps
 * carry the velocity"), in the report, the history and its weeks, on a simulated ramp whose last three reps of every
 * set swing: each figure is recomputed here from the reps the report lists, independently of the program's rule.
 */
class StrictVelocityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The example of docs/COACHING.md. */
    static final String PLAN = "barbell-row 1x10 @70kg swing=cheat-last=3 loss=0.3; rest 90; "
            + "barbell-row 1x10 @80kg swing=cheat-last=3 loss=0.3; rest 90; barbell-row 1x10 @90kg swing=cheat-last=3 loss=0.3";

    private static JsonNode json(Cli.Result r) throws Exception {
        assertEquals(0, r.exitCode(), r.err());
        return JSON.readTree(r.out());
    }

    /** {best m/s, loss %} of the reps of {@code set} graded strict (or all of them), rounded as the report rounds. */
    private static double[] figures(JsonNode set, boolean strictOnly) {
        double best = Double.NaN;
        double last = Double.NaN;
        for (JsonNode rep : set.get("reps")) {
            if (strictOnly && !"strict".equals(rep.get("grade").asText(null))) {
                continue;
            }
            JsonNode v = rep.get("meanConcentricVelocityMps");
            last = v.isNull() ? Double.NaN : v.asDouble();
            if (!v.isNull()) {
                best = Double.isNaN(best) ? last : Math.max(best, last);
            }
        }
        return new double[] {best, Math.round((best - last) / best * 1000) / 10.0};
    }

    private static long strictReps(JsonNode set) {
        long n = 0;
        for (JsonNode rep : set.get("reps")) {
            n += "strict".equals(rep.get("grade").asText(null)) ? 1 : 0;
        }
        return n;
    }

    @Test
    void lateCheatRepsAreLeftOutOfTheSetsVelocityTheHistoryAndTheLine(@TempDir Path dir) throws Exception {
        Path rec = dir.resolve("ramp.rcrec");
        Cli.Result sim = Cli.run("simulate", "--format", "recording", "--seed", "5", "-o", rec.toString(), "--plan", PLAN);
        assertEquals(0, sim.exitCode(), sim.err());
        String db = dir.resolve("h.db").toString();
        JsonNode r = json(Cli.run("replay", "--db", db, "--load", "70,80,90", "--format", "json", rec.toString()));
        assertEquals(3, r.get("sets").size());

        int differing = 0;
        int hardStrict = 0;
        int hardAll = 0;
        List<Double> strictBests = new ArrayList<>();
        for (JsonNode set : r.get("sets")) {
            JsonNode sum = set.get("summary");
            JsonNode by = sum.get("velocityByBasis");
            double[] strict = figures(set, true);
            double[] all = figures(set, false);
            assertTrue(strictReps(set) >= 2, "the first seven reps of each set are strict: " + set);
            assertEquals("strict", sum.get("velocityBasis").asText());
            assertEquals(strict[0], by.get("strict").get("bestVelocityMps").asDouble(), 1e-9);
            // The MCVs listed are rounded to 1 mm/s: the loss recomputed from them is within 0.2 points.
            assertEquals(strict[1], by.get("strict").get("velocityLossPct").asDouble(), 0.2);
            assertEquals(all[0], by.get("all").get("bestVelocityMps").asDouble(), 1e-9);
            assertEquals(all[1], by.get("all").get("velocityLossPct").asDouble(), 0.2);
            assertEquals(by.get("strict").get("velocityLossPct"), sum.get("velocityLossPct"), "the strict loss is the one used");
            assertEquals(by.get("strict").get("bestVelocityMps"), sum.get("bestVelocityMps"));
            double strictLoss = by.get("strict").get("velocityLossPct").asDouble();
            double allLoss = by.get("all").get("velocityLossPct").asDouble();
            boolean differ = Math.abs(strictLoss - allLoss) >= 5 || Math.abs(strict[0] - all[0]) >= 0.03 - 1e-9;
            assertEquals(differ, by.get("differ").asBoolean(), set.toString());
            assertEquals(differ, by.get("note").isTextual());
            differing += differ ? 1 : 0;
            hardStrict += strictLoss >= 15 ? 1 : 0;
            hardAll += allLoss >= 15 ? 1 : 0;
            strictBests.add(strict[0]);
        }
        assertTrue(differing >= 1, "late cheat reps change at least one set's figures: " + r.get("sets"));

        // The week's hard sets (history) count by the strict losses; on this ramp the two bases disagree.
        assertEquals(hardStrict, r.get("week").get("hardSets").asInt());
        assertNotEquals(hardStrict, hardAll, "the example must tell the bases apart");

        // The load–velocity line, read back from the history, goes through each set's best strict rep.
        JsonNode points = r.get("loadVelocity").get("points");
        assertEquals(3, points.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(strictBests.get(i), points.get(i).get("bestVelocityMps").asDouble(), 1e-9);
            assertEquals("strict", points.get(i).get("basis").asText());
        }

        // The history lists the same figures, recomputed from the stored reps.
        JsonNode stored = json(Cli.run("history", "--db", db, "--format", "json")).get("sessions").get(0);
        for (int i = 0; i < 3; i++) {
            JsonNode set = stored.get("sets").get(i);
            JsonNode reported = r.get("sets").get(i).get("summary");
            assertEquals("strict", set.get("velocityBasis").asText());
            assertEquals(reported.get("velocityLossPct").asDouble(), set.get("velocityLossPct").asDouble(), 1e-9);
            assertEquals(reported.get("bestVelocityMps").asDouble(), set.get("bestVelocityMps").asDouble(), 1e-9);
        }

        // The text report shows both sets of figures where they differ, with the reason and its sources.
        Cli.Result text = Cli.run("replay", "--no-history", "--load", "70,80,90", rec.toString());
        assertEquals(0, text.exitCode(), text.err());
        long notes = text.out().lines().filter(l -> l.startsWith("  strict reps only (")
                && l.contains("Sánchez-Medina & González-Badillo 2011")).count();
        assertEquals(differing, notes, text.out());
        assertTrue(text.out().contains("(from the 7 strict reps)"), text.out());
    }
}
