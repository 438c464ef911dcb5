package dev.rowcoach.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rowcoach.lab.sim.OutputFormat;
import dev.rowcoach.lab.sim.Simulator;
import dev.rowcoach.lab.truth.Truth;
import dev.rowcoach.lab.truth.TruthFiles;
import dev.rowcoach.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code rowcoach simulate} through the command line ({@link Cli#run}). */
@Execution(ExecutionMode.CONCURRENT)
class SimulateIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void writesTheFileAndItsTruthWhichInspectReadsBack() throws Exception {
        Path file = dir.resolve("session.csv");
        Cli.Result r = Cli.run("simulate", "--plan", "barbell-row 2x3 @80kg swing=cheat-last=1 rest=10", "--format", "ascii",
                "--rate", "100", "--seed", "42", "-o", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        int expected = Simulator.run("barbell-row 2x3 @80kg swing=cheat-last=1 rest=10", 42, OutputFormat.ASCII, 100, true)
                .samples().size();
        assertTrue(r.out().startsWith("wrote " + file + ": ascii, 100 Hz, " + expected + " samples, 2 sets, 6 reps"), r.out());

        Truth truth = TruthFiles.read(TruthFiles.beside(file));
        assertEquals(42, truth.seed());
        assertEquals("ascii", truth.format());
        assertEquals(2, truth.sets().size());
        assertEquals("cheat", truth.sets().get(1).reps().get(2).grade());

        JsonNode j = JSON.readTree(Cli.run("inspect", "--format", "json", file.toString()).out());
        assertEquals("ascii", j.get("format").asText());
        assertEquals(expected, j.get("samples").asInt());
        assertEquals(0, j.get("malformed").asInt());
        assertTrue(j.get("hasGyro").asBoolean());

        Path again = dir.resolve("again.csv");
        assertEquals(0, Cli.run("simulate", "--plan", "barbell-row 2x3 @80kg swing=cheat-last=1 rest=10", "--format", "ascii",
                "--rate", "100", "--seed", "42", "-o", again.toString()).exitCode());
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again), "same seed, same bytes");
    }

    @Test
    void witmotionAndAccelOnlyRecordingsReadBack() throws Exception {
        Path wit = dir.resolve("wt.bin");
        assertEquals(0, Cli.run("simulate", "--plan", "quick", "--format", "witmotion", "--rate", "100", "-o", wit.toString())
                .exitCode());
        JsonNode w = JSON.readTree(Cli.run("inspect", "--format", "json", "--rate", "100", wit.toString()).out());
        assertEquals("witmotion", w.get("format").asText());
        assertEquals(100.0, w.get("sampleRateHz").asDouble(), 0.5);

        Path rec = dir.resolve("s.rcrec");
        Cli.Result r = Cli.run("simulate", "--plan", "pendlay", "--format", "recording", "--no-gyro", "--rate", "50",
                "--seed", "3", "-o", rec.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = JSON.readTree(Cli.run("inspect", "--format", "json", rec.toString()).out());
        assertEquals("recording", j.get("format").asText());
        assertFalse(j.get("hasGyro").asBoolean());
        assertEquals("pendlay-row", j.get("recording").get("exercise").asText());
        assertEquals("simulated", j.get("recording").get("athlete").asText());
    }

    @Test
    void badPlansAndExistingFilesAreOneLineAndExitTwo() throws Exception {
        Path out = dir.resolve("x.bin");
        Cli.Result bad = Cli.run("simulate", "--plan", "barbell-row 3x8 swing=wild", "-o", out.toString());
        assertEquals(2, bad.exitCode());
        assertEquals(1, bad.err().lines().count(), bad.err());
        assertTrue(bad.err().startsWith("rowcoach: plan item 1 (\"barbell-row 3x8 swing=wild\"): swing must be"), bad.err());
        assertFalse(Files.exists(out));

        Cli.Result rate = Cli.run("simulate", "--plan", "quick", "--rate", "5000", "-o", out.toString());
        assertEquals(2, rate.exitCode());
        assertEquals("rowcoach: rate must be 25–1000 Hz, got 5000.0\n", rate.err());

        Files.writeString(out, "precious");
        Cli.Result exists = Cli.run("simulate", "--plan", "quick", "-o", out.toString());
        assertEquals(2, exists.exitCode());
        assertEquals("rowcoach: " + out + ": exists (use --force to replace it)\n", exists.err());
        assertEquals("precious", Files.readString(out));
        assertEquals(0, Cli.run("simulate", "--plan", "quick", "--force", "-o", out.toString()).exitCode());
        assertTrue(Files.size(out) > 1000);

        Cli.Result gap = Cli.run("simulate", "--plan", "barbell-row 1x3 gap=2", "--format", "witmotion", "-o",
                dir.resolve("w.bin").toString());
        assertEquals(2, gap.exitCode());
        assertEquals(1, gap.err().lines().count(), gap.err());
    }
}
