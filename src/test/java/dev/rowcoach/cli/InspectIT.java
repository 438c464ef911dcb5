package dev.rowcoach.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rowcoach.testing.Cli;
import dev.rowcoach.testing.Fixtures;
import dev.rowcoach.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code rowcoach inspect} as a user runs it: in this JVM ({@link Cli#run}), its logging and the launcher in a
 * process of their own.
 */
@Execution(ExecutionMode.CONCURRENT)
class InspectIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void countsEverySampleOfEveryRealBarbellRecordingExactly() throws Exception {
        List<Path> files = SharedData.barbellFiles();
        assertEquals(19, files.size(), "8 row sets and 11 deadlift sets");
        for (Path f : files) {
            long lines = Files.readAllLines(f).stream().filter(l -> !l.isBlank()).count();
            Cli.Result r = Cli.run("inspect", "--format", "json", f.toString());
            assertEquals(0, r.exitCode(), r.err());
            JsonNode j = JSON.readTree(r.out());
            assertEquals("csv", j.get("format").asText());
            assertEquals(lines, j.get("samples").asLong(), f.getFileName().toString());
            assertEquals(0, j.get("malformed").asLong(), f.getFileName().toString());
            assertTrue(j.get("hasGyro").asBoolean());
            assertTrue(j.get("sampleRateHz").asDouble() > 0);
            assertTrue(j.get("durationS").asDouble() > 10);
            assertTrue(j.get("gaps").isArray());
        }
    }

    @Test
    void jsonCarriesTheContractFields() throws Exception {
        Path f = SharedData.barbellFiles().get(0);
        JsonNode j = JSON.readTree(Cli.run("inspect", "--format", "json", f.toString()).out());
        for (String field : List.of("format", "samples", "sampleRateHz", "durationS", "hasGyro", "gaps", "malformed")) {
            assertTrue(j.has(field), field);
        }
    }

    @Test
    void aFileNothingRecognisesGetsOneLineAndExitCode2(@TempDir Path dir) throws Exception {
        Path prose = Files.writeString(dir.resolve("notes.txt"), "Went to the gym.\nRowed a lot, felt good.\n".repeat(50));
        Path empty = Files.createFile(dir.resolve("empty.bin"));
        Path noise = dir.resolve("noise.bin");
        byte[] b = new byte[10_000];
        new SplittableRandom(5).nextBytes(b);
        Files.write(noise, b);
        for (Path p : List.of(prose, empty, noise)) {
            Cli.Result r = Cli.run("inspect", p.toString());
            assertEquals(2, r.exitCode(), p.toString());
            assertEquals("", r.out());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("rowcoach: " + p + ": "), r.err());
            assertTrue(r.err().contains("(tried: recording, rowcoach, ascii, witmotion, phyphox-live, sensor-logger-live, sensor-logger, phyphox, metabase, csv)"), r.err());
        }
    }

    @Test
    void aShortRowAmongRowsWhoseUnitsAreGuessedIsNoInternalError(@TempDir Path dir) throws Exception {
        // issue 15, item 1: exit 1 with ArrayIndexOutOfBoundsException before
        Path smallest = Files.writeString(dir.resolve("x.csv"), "t_ms,ax,ay,az\n0,0,0,9.8\n10,0,0,9.8\n20,0\n");
        Cli.Result r = Cli.run("inspect", smallest.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("internal error"), r.err());

        Path longer = Files.writeString(dir.resolve("y.csv"), "t_ms,ax,ay,az\n0,0,0,9.8\n10,0,0,9.8\n20,0\n30,0,0,9.8\n40,0,0,9.8\n");
        JsonNode j = JSON.readTree(Cli.run("inspect", "--format", "json", longer.toString()).out());
        assertEquals(4, j.get("samples").asLong());
        assertEquals(1, j.get("malformed").asLong());
    }

    @Test
    void missingFilesAndBadOptionsAreUsageErrorsWithoutStackTraces(@TempDir Path dir) throws Exception {
        Cli.Result missing = Cli.run("inspect", dir.resolve("nope.csv").toString());
        assertEquals(2, missing.exitCode());
        assertEquals("rowcoach: " + dir.resolve("nope.csv") + ": no such file\n", missing.err());

        Cli.Result bad = Cli.run("inspect", "--format", "xml", "x");
        assertEquals(2, bad.exitCode());
        assertFalse(bad.err().contains("\tat "), bad.err());

        Cli.Result dirArg = Cli.run("inspect", dir.toString());
        assertEquals(2, dirArg.exitCode());
        assertFalse(dirArg.err().contains("Exception"), dirArg.err());
    }

    @Test
    void quietByDefaultVerboseAndDebugSayMoreOnStderr(@TempDir Path dir) throws Exception {
        Path f = Fixtures.write(dir.resolve("a.txt"), Fixtures.ascii(dev.rowcoach.testing.SyntheticRows.generate(100, 1, 0.4, 2, true), 100));
        // Logging is the JVM's: its level is set by the process's arguments, so each runs in a JVM of its own.
        Cli.Result quiet = Cli.runInJvm("inspect", f.toString());
        assertEquals("", quiet.err());
        Cli.Result verbose = Cli.runInJvm("inspect", "--verbose", f.toString());
        assertTrue(verbose.err().contains("rowcoach: INFO: " + f + ": detected ascii"), verbose.err());
        assertFalse(verbose.err().contains("DEBUG"), verbose.err());
        Cli.Result debug = Cli.runInJvm("--debug", "inspect", f.toString());
        assertTrue(debug.err().contains("DEBUG: format probe ascii: 100 of 100"), debug.err());
        assertEquals(quiet.out(), debug.out(), "logging never changes stdout");
    }

    @Test
    void versionAndHelpWork() throws Exception {
        Cli.Result v = Cli.run("--version");
        assertEquals(0, v.exitCode());
        assertTrue(v.out().startsWith("rowcoach "), v.out());
        Cli.Result h = Cli.run("--help");
        assertEquals(0, h.exitCode());
        assertTrue(h.out().contains("inspect"));
    }

    @Test
    void theLauncherRunsTheJar() throws Exception {
        Path launcher = Path.of("rowcoach").toAbsolutePath();
        Cli.Result r = Cli.exec(List.of(launcher.toString(), "--version"));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("rowcoach "));
    }

    @Test
    void countsGeneratedAsciiWitmotionAndRowcoachFilesExactly(@TempDir Path dir) throws Exception {
        var samples = dev.rowcoach.testing.SyntheticRows.generate(400, 3, 0.4, 2.0, true);
        var files = java.util.Map.of(
                "ascii", Fixtures.write(dir.resolve("a.txt"), Fixtures.ascii(samples, 400)),
                "witmotion", Fixtures.write(dir.resolve("w.bin"), Fixtures.witmotion(samples)),
                "rowcoach", Fixtures.write(dir.resolve("r.bin"), Fixtures.rowcoach(samples, 400)));
        for (var e : files.entrySet()) {
            String[] args = e.getKey().equals("witmotion")
                    ? new String[] {"inspect", "--format", "json", "--rate", "400", e.getValue().toString()}
                    : new String[] {"inspect", "--format", "json", e.getValue().toString()};
            Cli.Result r = Cli.run(args);
            assertEquals(0, r.exitCode(), r.err());
            JsonNode j = JSON.readTree(r.out());
            assertEquals(e.getKey(), j.get("format").asText());
            assertEquals(samples.size(), j.get("samples").asInt(), e.getKey());
            assertEquals(400.0, j.get("sampleRateHz").asDouble(), 1e-6, e.getKey());
            assertEquals((samples.size() - 1) / 400.0, j.get("durationS").asDouble(), 1e-6, e.getKey());
            assertTrue(j.get("hasGyro").asBoolean());
            assertEquals(0, j.get("malformed").asInt());
            assertEquals(0, j.get("gaps").size());
        }
    }

    @Test
    void inspectReadsAnAsciiFileItWasGiven(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("set.txt");
        StringBuilder b = new StringBuilder("# rowcoach-ascii 1\n# rate_hz=200 accel_unit=g gyro_unit=dps\nt_us,ax,ay,az,gx,gy,gz\n");
        for (int i = 0; i < 1000; i++) {
            b.append(i * 5000).append(",0.01,-0.02,1.0,0.5,-0.5,0.1\n");
        }
        b.append("garbage line\n");
        Files.writeString(f, b, StandardCharsets.US_ASCII);
        JsonNode j = JSON.readTree(Cli.run("inspect", "--format", "json", f.toString()).out());
        assertEquals("ascii", j.get("format").asText());
        assertEquals(1000, j.get("samples").asLong());
        assertEquals(200.0, j.get("sampleRateHz").asDouble(), 1e-9);
        assertEquals(4.995, j.get("durationS").asDouble(), 1e-9);
        assertEquals(1, j.get("malformed").asLong());
    }
}
