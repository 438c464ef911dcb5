package dev.rowcoach.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rowcoach.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The coaching on training over time (heavy low-rep sets, weekly volume, load–velocity), {@code rowcoach report}
 * and the text report's colour, through the command line with real history databases.
 */
@Execution(ExecutionMode.CONCURRENT)
class ReportIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHEAT = "sample-recordings/cheat-at-the-end-200hz.rcrec";

    /** The rules on training over time each sample fires as the first session of a fresh history. */
    private static final Map<String, List<String>> HISTORY_RULES = Map.of(
            "accel-only-100hz.csv", List.of("heavy-low-reps", "volume"),
            "cheat-at-the-end-200hz.rcrec", List.of("heavy-low-reps", "volume"),
            "data-gap-200hz.rcrec", List.of("heavy-low-reps", "volume"),
            "excessive-swing-200hz.rcrec", List.of("heavy-low-reps", "volume"),
            "high-rate-1000hz.bin", List.of("volume"),
            "kroc-dumbbell-rows-200hz.rcrec", List.of("heavy-low-reps", "volume"),
            "low-rate-25hz.csv", List.of("heavy-low-reps", "volume"),
            "pendlay-rows-200hz.rcrec", List.of("volume"),
            "strict-heavy-sets-200hz.rcrec", List.of("volume"));

    private static JsonNode json(Cli.Result r) throws Exception {
        assertEquals(0, r.exitCode(), r.err());
        return JSON.readTree(r.out());
    }

    private static List<String> ruleIds(JsonNode guidance) {
        List<String> ids = new ArrayList<>();
        guidance.forEach(g -> ids.add(g.get("ruleId").asText()));
        return ids;
    }

    @Test
    void eachSampleGetsTheHistoryRulesItsSetsWarrantAndItsWeek(@TempDir Path dir) throws Exception {
        for (Map.Entry<String, List<String>> e : HISTORY_RULES.entrySet()) {
            String file = "sample-recordings/" + e.getKey();
            JsonNode r = json(Cli.run("replay", "--db", dir.resolve(e.getKey() + ".db").toString(), "--format", "json", file));
            List<String> ids = ruleIds(r.get("guidance"));
            List<String> history = ids.stream().filter(List.of("heavy-low-reps", "volume")::contains).toList();
            assertEquals(e.getValue(), history, file + ": " + ids);
            int hard = 0;
            for (JsonNode set : r.get("sets")) {
                JsonNode loss = set.get("summary").get("velocityLossPct");
                hard += set.get("reps").size() >= 3 && !loss.isNull() && loss.asDouble() >= 15 ? 1 : 0;
            }
            JsonNode week = r.get("week");
            assertEquals(hard, week.get("hardSets").asInt(), file);
            assertEquals(r.get("sets").size(), week.get("sets").asInt(), file);
            assertEquals("below", week.get("standing").asText(), file);
            assertTrue(week.get("week").asText().matches("\\d{4}-W\\d{2}"), file);

            JsonNode alone = json(Cli.run("replay", "--no-history", "--format", "json", file));
            assertTrue(alone.get("week").isNull(), file);
            assertFalse(ruleIds(alone.get("guidance")).contains("volume"), file);

            // The same report as text: every set's header, and every piece of advice with its rule id.
            Cli.Result text = Cli.run("replay", "--db", dir.resolve(e.getKey() + ".db").toString(), file);
            assertEquals(0, text.exitCode(), text.err());
            for (JsonNode set : r.get("sets")) {
                assertTrue(text.out().contains("\nset " + set.get("index").asInt() + "  "), file);
            }
            for (String id : ids) {
                assertTrue(text.out().contains("[" + id + "; "), file + ": " + id);
            }
            assertTrue(text.out().contains("  week " + week.get("week").asText() + ": "), file);
        }
    }

    @Test
    void theWeekCountsEverySessionOfItOnce(@TempDir Path dir) throws Exception {
        String db = dir.resolve("h.db").toString();
        String strict = "sample-recordings/strict-heavy-sets-200hz.rcrec";
        String pendlay = "sample-recordings/pendlay-rows-200hz.rcrec";
        int first = json(Cli.run("replay", "--db", db, "--format", "json", strict)).get("week").get("hardSets").asInt();
        JsonNode second = json(Cli.run("replay", "--db", db, "--format", "json", pendlay)).get("week");
        JsonNode again = json(Cli.run("replay", "--db", db, "--format", "json", pendlay)).get("week");
        assertEquals(json(Cli.run("replay", "--no-history", "--format", "json", pendlay)).get("sets").size() + 2,
                second.get("sets").asInt(), "both sessions are in 2026-W02");
        assertTrue(second.get("hardSets").asInt() > first, second.toString());
        assertEquals(second, again, "replaying a session again does not count it twice");
    }

    @Test
    void reportAnalysesAStoredSessionAgainWithTheSettingsItWasStoredWith(@TempDir Path dir) throws Exception {
        String db = dir.resolve("h.db").toString();
        Path rec = dir.resolve("session.rcrec");
        Files.copy(Path.of(CHEAT), rec);
        JsonNode replayed = json(Cli.run("replay", "--db", db, "--format", "json", "--load", "80,90",
                "--strict-max-deg", "8", rec.toString()));
        long id = json(Cli.run("history", "--db", db, "--format", "json")).get("sessions").get(0).get("id").asLong();
        JsonNode report = json(Cli.run("report", "--db", db, "--format", "json", Long.toString(id)));
        assertEquals(replayed.get("sets"), report.get("sets"));
        assertEquals(8.0, report.get("grading").get("strictMaxDeg").asDouble());
        assertEquals(List.of(80.0, 90.0), List.of(report.get("sets").get(0).get("loadKg").asDouble(),
                report.get("sets").get(1).get("loadKg").asDouble()));
        assertEquals(replayed.get("week"), report.get("week"));
        assertEquals(replayed.get("guidance"), report.get("guidance"));
        Cli.Result text = Cli.run("report", "--db", db, Long.toString(id));
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("set 2") && text.out().contains("load 90.0 kg"), text.out());
        Path page = dir.resolve("session.html");
        assertEquals(0, Cli.run("report", "--db", db, "--format", "html", "-o", page.toString(), Long.toString(id))
                .exitCode());
        String html = Files.readString(page);
        assertTrue(html.contains("<svg id='week-chart'") && html.contains(">volume; "), "the page has the week and its advice");

        Cli.Result missing = Cli.run("report", "--db", db, "999");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("has no session 999") && !missing.err().contains("Exception"), missing.err());

        byte[] bytes = Files.readAllBytes(rec);
        bytes[bytes.length - 1] ^= 1;
        Files.write(rec, bytes);
        Cli.Result changed = Cli.run("report", "--db", db, Long.toString(id));
        assertEquals(2, changed.exitCode());
        assertTrue(changed.err().contains("has changed since session " + id), changed.err());
        Files.delete(rec);
        Cli.Result gone = Cli.run("report", "--db", db, Long.toString(id));
        assertEquals(2, gone.exitCode());
        assertTrue(gone.err().contains("is not there any more"), gone.err());
    }

    @Test
    void aRampOfLoadsGivesALoadVelocityLineAndAnEstimatedMaximum(@TempDir Path dir) throws Exception {
        Path ramp = dir.resolve("ramp.rcrec");
        Cli.Result sim = Cli.run("simulate", "--format", "recording", "--seed", "5", "-o", ramp.toString(), "--plan",
                "barbell-row 1x3 @70kg; rest 120; barbell-row 1x3 @80kg; rest 120; barbell-row 1x3 @90kg; rest 120; "
                        + "barbell-row 1x3 @100kg");
        assertEquals(0, sim.exitCode(), sim.err());
        JsonNode r = json(Cli.run("replay", "--no-history", "--format", "json", "--load", "70,80,90,100", ramp.toString()));
        JsonNode lv = r.get("loadVelocity");
        assertEquals("estimate", lv.get("outcome").asText(), lv.toString());
        assertEquals(4, lv.get("points").size());
        assertEquals(4, lv.get("distinctLoads").asInt());
        assertTrue(lv.get("slopeMpsPerKg").asDouble() < 0, lv.toString());
        double e1rm = lv.get("e1rmKg").asDouble();
        assertTrue(e1rm > 100 && e1rm < 160, lv.toString());
        assertTrue(lv.get("e1rmLowKg").asDouble() < e1rm && e1rm < lv.get("e1rmHighKg").asDouble(), lv.toString());
        assertTrue(ruleIds(r.get("guidance")).contains("load-velocity"), r.get("guidance").toString());
        JsonNode slower = json(Cli.run("replay", "--no-history", "--format", "json", "--load", "70,80,90,100",
                "--mvt", "0.45", ramp.toString())).get("loadVelocity");
        assertTrue(slower.get("e1rmKg").asDouble() > e1rm, "a lower threshold is reached at a heavier load");

        JsonNode oneLoad = json(Cli.run("replay", "--no-history", "--format", "json", "--load", "80", ramp.toString()))
                .get("loadVelocity");
        assertEquals("too-few", oneLoad.get("outcome").asText());
        assertNull(oneLoad.get("e1rmKg").numberValue());

        Cli.Result badMvt = Cli.run("replay", "--no-history", "--mvt", "5", ramp.toString());
        assertEquals(2, badMvt.exitCode());
        assertTrue(badMvt.err().contains("--mvt must be a velocity"), badMvt.err());
        Cli.Result badLoad = Cli.run("replay", "--no-history", "--load", "80,x", ramp.toString());
        assertEquals(2, badLoad.exitCode());
        assertTrue(badLoad.err().contains("kg per set separated by commas"), badLoad.err());
    }

    @Test
    void theTextReportIsColouredOnlyWhenAskedOrOnATerminal(@TempDir Path dir) throws Exception {
        String esc = "\u001b[";
        Cli.Result piped = Cli.run("replay", "--no-history", CHEAT);
        assertFalse(piped.out().contains(esc), "standard output is a pipe here");
        Cli.Result always = Cli.run("replay", "--no-history", "--color", "always", CHEAT);
        assertTrue(always.out().contains("\u001b[32mstrict   \u001b[0m") && always.out().contains("\u001b[33mcheat"),
                always.out());
        assertEquals(piped.out(), always.out().replaceAll("\u001b\\[[0-9;]*m", ""), "colour changes nothing else");
        assertFalse(Cli.run("replay", "--no-history", "--color", "always", "--no-color", CHEAT).out().contains(esc));
        Path out = dir.resolve("report.txt");
        assertEquals(0, Cli.run("replay", "--no-history", "--color", "always", "-o", out.toString(), CHEAT).exitCode());
        assertFalse(Files.readString(out).contains(esc), "a file gets no escapes");
    }
}
