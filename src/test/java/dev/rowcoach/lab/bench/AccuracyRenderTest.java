package dev.rowcoach.lab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccuracyRenderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static AccuracyReport report() {
        RepTally gyro = new RepTally(1, 20, 21, 19, 19, 19, 19 * 0.02, 19 * 0.01, 2, 1, Map.of("pickup", 1, "bump", 1), 2, 2, 2, 0, 0, 0, 0, GradeTally.EMPTY);
        RepTally accel = new RepTally(1, 10, 10, 10, 10, 10, 10 * 0.04, 10 * 0.015, 0, 0, Map.of(), 1, 1, 1, 0, 0, 0, 0, GradeTally.EMPTY);
        return AccuracyReport.of(List.of(
                new FileResult.Scored("sim/a.rcrec", true, gyro),
                new FileResult.Scored("sim/b.rcrec", false, accel),
                new FileResult.Counted("rows/row_adam_set1_reps10_1.csv", 10, 10),
                new FileResult.Counted("rows/row_jake_set1_reps12_1.csv", 12, 11),
                new FileResult.Skipped("rows/README.md", "no truth file beside it and no rep count in its name", false),
                new FileResult.Skipped("sim/c.rcrec", "c.rcrec.truth.json is not a readable truth file: bad", true)),
                AccuracyTargets.DEFAULTS);
    }

    @Test
    void jsonCarriesEveryFileTheOverallBlockAndTheTargets() throws Exception {
        JsonNode j = JSON.readTree(AccuracyJson.toJson(report()));
        assertEquals("rowcoach.accuracy/1", j.get("schema").asText());
        JsonNode files = j.get("files");
        assertEquals(6, files.size());
        JsonNode a = files.get(0);
        assertEquals("sim/a.rcrec", a.get("path").asText());
        assertEquals("truth", a.get("kind").asText());
        assertTrue(a.get("hasGyro").asBoolean());
        assertEquals(20, a.get("trueReps").asInt());
        assertEquals(21, a.get("detectedReps").asInt());
        assertEquals(19, a.get("matchedReps").asInt());
        assertEquals(Math.round(19 / 21.0 * 1e4) / 1e4, a.get("precision").asDouble(), 0);
        assertEquals(0.95, a.get("recall").asDouble(), 0);
        assertEquals(Math.round(38 / 41.0 * 1e4) / 1e4, a.get("f1").asDouble(), 0);
        assertEquals(0.02, a.get("mcvMaeMps").asDouble(), 1e-12);
        assertEquals(0.01, a.get("romMaeM").asDouble(), 1e-12);
        assertEquals(2, a.get("ghostReps").asInt());
        assertEquals(1, a.get("pickupPutdownGhostReps").asInt());
        assertEquals(1, a.get("ghostRepsByEvent").get("pickup").asInt());
        assertEquals(0, a.get("ghostRepsByEvent").get("putdown").asInt());
        assertEquals(1, a.get("ghostRepsByEvent").get("bump").asInt());
        assertEquals(0, a.get("ghostRepsByEvent").get("grip-adjust").asInt());
        assertEquals(2, a.get("trueSets").asInt());
        assertEquals(2, a.get("setsFound").asInt());
        assertFalse(a.has("files"), "per-file rows do not carry a pooled file count");

        JsonNode count = files.get(3);
        assertEquals("count", count.get("kind").asText());
        assertEquals(12, count.get("expectedReps").asInt());
        assertEquals(11, count.get("detectedReps").asInt());
        assertFalse(count.get("exact").asBoolean());
        assertTrue(count.get("withinOne").asBoolean());
        assertEquals("skipped", files.get(4).get("kind").asText());
        assertFalse(files.get(4).get("error").asBoolean());
        assertTrue(files.get(5).get("error").asBoolean());

        JsonNode overall = j.get("overall");
        assertEquals(30, overall.get("all").get("trueReps").asInt());
        assertEquals(2, overall.get("all").get("files").asInt());
        assertEquals(1, overall.get("gyro").get("files").asInt());
        assertEquals(10, overall.get("accelOnly").get("matchedReps").asInt());
        assertEquals(0.04, overall.get("accelOnly").get("mcvMaeMps").asDouble(), 1e-12);
        assertEquals(2, overall.get("counted").get("files").asInt());
        assertEquals(1, overall.get("counted").get("exact").asInt());
        assertEquals(2, overall.get("counted").get("withinOne").asInt());
        assertEquals(1, overall.get("errors").asInt());

        assertEquals(11, j.get("targets").size());
        for (JsonNode t : j.get("targets")) {
            assertTrue(List.of("PASS", "FAIL", "NOT_MEASURED").contains(t.get("status").asText()), t.toString());
            assertTrue(t.get("measured").isNumber() || t.get("status").asText().equals("NOT_MEASURED"), t.toString());
        }
        assertFalse(j.get("passed").asBoolean());
        assertEquals(report().verdict(), j.get("verdict").asText());
    }

    @Test
    void textHasTheTablesThePooledRowsTheSkippedFilesAndAVerdictPerTarget() {
        AccuracyReport r = report();
        String text = AccuracyText.render(r);
        List<String> lines = text.lines().toList();
        assertEquals("scored against truth: 2 files", lines.get(0));
        assertTrue(lines.get(1).startsWith("file") && lines.get(1).contains("F1"), lines.get(1));
        assertEquals(List.of("a.rcrec", "yes", "20", "21", "19", "0.905", "0.950", "0.927", "2/2/2", "0.0200", "0.0100", "2", "1"),
                List.of(lines.get(2).trim().split("\\s+")));
        assertTrue(lines.get(3).startsWith("b.rcrec "), lines.get(3));
        assertTrue(lines.get(4).startsWith("all "), lines.get(4));
        assertTrue(lines.get(5).startsWith("with gyroscope "), lines.get(5));
        assertTrue(lines.get(6).startsWith("accelerometer only "), lines.get(6));
        assertTrue(text.contains("\nscored by the rep count in the file name: 2 files\n"), text);
        assertTrue(text.matches("(?s).*row_jake_set1_reps12_1\\.csv +12 +11 +within one\n.*"), text);
        assertTrue(text.contains("exact 1/2, within one 2/2"), text);
        assertTrue(text.contains("\nskipped\n  README.md: no truth file"), text);
        assertTrue(text.contains("  ERROR c.rcrec: c.rcrec.truth.json is not a readable truth file: bad\n"), text);
        for (TargetResult t : r.targets()) {
            String label = t.status() == TargetResult.Status.NOT_MEASURED ? "n/a" : t.status().name();
            assertTrue(text.matches("(?s).*\n  " + label + " +" + java.util.regex.Pattern.quote(t.description()) + " .*"),
                    t.id() + "\n" + text);
        }
        assertTrue(text.endsWith("\nresult: " + r.verdict() + "\n"), text);
    }
}
