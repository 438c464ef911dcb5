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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code replay}, {@code history} and {@code week} with a real history database, through the command line (a
 * database locked by another process: {@code dev.rowcoach.history.LockedHistoryIT}).
 */
@Execution(ExecutionMode.CONCURRENT)
class HistoryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHEAT = "sample-recordings/cheat-at-the-end-200hz.rcrec";
    private static final String STRICT = "sample-recordings/strict-heavy-sets-200hz.rcrec";

    private static JsonNode sessions(Path db) throws Exception {
        Cli.Result r = Cli.run("history", "--db", db.toString(), "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        return JSON.readTree(r.out()).get("sessions");
    }

    @Test
    void replayStoresEachRecordingOnceAndHistoryListsIt(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("h.db");
        for (int i = 0; i < 2; i++) {
            Cli.Result r = Cli.run("replay", "--db", db.toString(), "--athlete", "ann", "--notes", "felt good", CHEAT);
            assertEquals(0, r.exitCode(), r.err());
            assertEquals("", r.err());
        }
        assertEquals(0, Cli.run("replay", "--db", db.toString(), STRICT).exitCode());
        JsonNode s = sessions(db);
        assertEquals(2, s.size(), "re-running a replay does not duplicate it");
        JsonNode cheat = s.get(0).get("recordingPath").asText().equals(CHEAT) ? s.get(0) : s.get(1);
        assertEquals("ann", cheat.get("athlete").asText());
        assertEquals("felt good", cheat.get("notes").asText());
        assertEquals(80.0, cheat.get("loadKg").asDouble());
        assertEquals(64, cheat.get("contentSha256").asText().length());
        JsonNode report = JSON.readTree(Cli.run("replay", "--no-history", "--format", "json", CHEAT).out());
        int reps = 0;
        for (JsonNode set : report.get("sets")) {
            reps += set.get("reps").size();
        }
        assertEquals(reps, cheat.get("reps").asInt());
        assertEquals(1, JSON.readTree(Cli.run("history", "--db", db.toString(), "--format", "json", "--athlete", "ann")
                .out()).get("sessions").size());
        Cli.Result text = Cli.run("history", "--db", db.toString());
        assertTrue(text.out().contains(CHEAT) && text.out().contains("felt good"), text.out());
        assertEquals(0, JSON.readTree(Cli.run("history", "--db", db.toString(), "--format", "json", "--since", "2099-01-01")
                .out()).get("sessions").size());
        Cli.Result badDate = Cli.run("history", "--db", db.toString(), "--since", "last tuesday");
        assertEquals(ExitCode.USAGE_OR_INPUT, badDate.exitCode());
        assertEquals("rowcoach: --since: not a date (YYYY-MM-DD): last tuesday\n", badDate.err());
    }

    @Test
    void theDefaultDatabaseIsUnderXdgDataHomeAndNoHistorySkipsIt(@TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("XDG_DATA_HOME", dir.toString());
        assertEquals(0, Cli.runWithEnv(env, "replay", "--no-history", STRICT).exitCode());
        assertFalse(Files.exists(dir.resolve("rowcoach/history.db")));
        assertEquals(0, Cli.runWithEnv(env, "replay", STRICT).exitCode());
        assertTrue(Files.exists(dir.resolve("rowcoach/history.db")));
        assertEquals(1, JSON.readTree(Cli.runWithEnv(env, "history", "--format", "json").out()).get("sessions").size());
    }

    @Test
    void aCorruptDatabaseNeverCostsTheReport(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("h.db");
        byte[] junk = "this is not a database, it is a shopping list\n".repeat(200).getBytes();
        Files.write(db, junk);
        Cli.Result replay = Cli.run("replay", "--db", db.toString(), "--format", "json", STRICT);
        assertEquals(0, replay.exitCode(), replay.err());
        assertEquals("rowcoach.report/1", JSON.readTree(replay.out()).get("schema").asText());
        assertEquals(1, replay.err().lines().count(), replay.err());
        assertTrue(replay.err().startsWith("rowcoach: warning: session not saved to the history: " + db), replay.err());
        Cli.Result history = Cli.run("history", "--db", db.toString());
        assertEquals(ExitCode.IO, history.exitCode());
        assertEquals(1, history.err().lines().count(), history.err());
        assertTrue(history.err().contains("not a readable rowcoach history"), history.err());
        Cli.Result week = Cli.run("week", "--db", db.toString());
        assertEquals(ExitCode.IO, week.exitCode());
        assertArrayEquals(junk, Files.readAllBytes(db), "the damaged file is left for the user to inspect");
    }

    @Test
    void weekCountsHardSetsAgainstTheGuidanceAndRebuildReimports(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("h.db");
        Cli.Result rebuild = Cli.run("history", "--db", db.toString(), "--rebuild", "sample-recordings");
        assertEquals(0, rebuild.exitCode(), rebuild.err());
        assertTrue(rebuild.out().contains("9 added, 0 replaced"), rebuild.out());
        assertTrue(rebuild.out().matches("(?s).*data-gap-200hz\\.rcrec \\(1 set, \\d+ reps\\)\n.*"), rebuild.out());
        assertTrue(rebuild.out().contains("skipped   sample-recordings/regenerate.sh: not a recognised sensor recording"),
                rebuild.out());
        Cli.Result mixed = Cli.run("history", "--db", db.toString(), "--rebuild", "sample-recordings", "--format", "json");
        assertEquals(ExitCode.USAGE_OR_INPUT, mixed.exitCode());
        Cli.Result again = Cli.run("history", "--db", db.toString(), "--rebuild", "sample-recordings");
        assertTrue(again.out().contains("0 added, 9 replaced"), again.out());
        assertEquals(9, sessions(db).size());
        JsonNode week = JSON.readTree(Cli.run("week", "--db", db.toString(), "--until", "2026-01-05", "--weeks", "2",
                "--format", "json").out());
        assertEquals(15, week.get("guidance").get("minHardSets").asInt());
        JsonNode w = week.get("weeks").get(1);
        assertEquals("2026-W02", w.get("week").asText());
        assertEquals(6, w.get("sessions").asInt(), "the six bundled recordings dated 2026-01-05");
        int sets = w.get("sets").asInt();
        JsonNode ranges = w.get("repRanges");
        assertEquals(sets, ranges.get("upTo6").asInt() + ranges.get("7to12").asInt() + ranges.get("over12").asInt());
        assertTrue(w.get("hardSets").asInt() > 0 && w.get("hardSets").asInt() < sets, w.toString());
        assertEquals("below", w.get("standing").asText());
        Cli.Result text = Cli.run("week", "--db", db.toString(), "--until", "2026-01-05");
        assertTrue(text.out().contains("3 Reasons Your Upper Back Is Not Growing"), text.out());
        for (String command : new String[] {"history", "week"}) {
            Cli.Result help = Cli.run(command, "--help");
            assertEquals(0, help.exitCode());
            assertEquals("", help.err(), "help text formats cleanly");
        }
        Cli.Result bad = Cli.run("week", "--db", db.toString(), "--weeks", "0");
        assertEquals(ExitCode.USAGE_OR_INPUT, bad.exitCode());
    }
}
