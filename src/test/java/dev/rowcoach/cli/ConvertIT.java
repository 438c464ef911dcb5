package dev.rowcoach.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rowcoach.testing.Cli;
import dev.rowcoach.testing.Fixtures;
import dev.rowcoach.testing.SyntheticRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code rowcoach convert} through the command line ({@link Cli#run}). */
@Execution(ExecutionMode.CONCURRENT)
class ConvertIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void witmotionCaptureToRecordingToAsciiKeepsEverySample() throws Exception {
        var samples = SyntheticRows.generate(200, 4, 0.4, 2.0, true);
        Path capture = Fixtures.write(dir.resolve("wt901.bin"), Fixtures.witmotion(samples));
        Path rec = dir.resolve("session.rcrec");
        Cli.Result r = Cli.run("convert", capture.toString(), rec.toString(), "--exercise", "pendlay-row",
                "--load", "100", "--athlete", "sam", "--started-at", "2026-11-21T18:30:00+01:00");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("wrote " + rec + ": recording of witmotion input, " + samples.size() + " samples\n", r.out());

        JsonNode j = JSON.readTree(Cli.run("inspect", "--format", "json", rec.toString()).out());
        assertEquals("recording", j.get("format").asText());
        assertEquals(samples.size(), j.get("samples").asInt());
        assertEquals("witmotion", j.get("recording").get("protocol").asText());
        assertEquals("pendlay-row", j.get("recording").get("exercise").asText());
        assertEquals(100.0, j.get("recording").get("loadKg").asDouble());
        assertEquals("2026-11-21T18:30:00+01:00", j.get("recording").get("startedAt").asText());

        Path csv = dir.resolve("session.csv");
        assertEquals(0, Cli.run("convert", rec.toString(), csv.toString()).exitCode());
        JsonNode a = JSON.readTree(Cli.run("inspect", "--format", "json", csv.toString()).out());
        assertEquals("ascii", a.get("format").asText());
        assertEquals(samples.size(), a.get("samples").asInt());
        assertEquals(j.get("durationS").asDouble(), a.get("durationS").asDouble(), 1e-9);
    }

    @Test
    void refusesToOverwriteUnlessForcedAndRejectsBadArguments() throws Exception {
        Path in = Fixtures.write(dir.resolve("in.txt"), Fixtures.ascii(SyntheticRows.generate(100, 1, 0.4, 2.0, true), 100));
        Path out = Files.writeString(dir.resolve("out.csv"), "precious");
        Cli.Result exists = Cli.run("convert", in.toString(), out.toString());
        assertEquals(2, exists.exitCode());
        assertEquals("rowcoach: " + out + ": exists (use --force to replace it)\n", exists.err());
        assertEquals("precious", Files.readString(out));

        assertEquals(0, Cli.run("convert", "--force", in.toString(), out.toString()).exitCode());
        assertTrue(Files.readString(out).startsWith("# rowcoach-ascii 1\n"));

        Cli.Result self = Cli.run("convert", "--force", in.toString(), in.toString());
        assertEquals(2, self.exitCode());
        assertTrue(self.err().contains("is the input file"), self.err());

        Cli.Result badLoad = Cli.run("convert", in.toString(), dir.resolve("x.rcrec").toString(), "--load", "-5");
        assertEquals(2, badLoad.exitCode());
        assertEquals(1, badLoad.err().lines().count(), badLoad.err());

        Path rec = dir.resolve("r.rcrec");
        assertEquals(0, Cli.run("convert", in.toString(), rec.toString()).exitCode());
        Cli.Result again = Cli.run("convert", "--to", "recording", rec.toString(), dir.resolve("r2.rcrec").toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("already a rowcoach recording"), again.err());
    }

    @Test
    void aCutOffRecordingStillInspectsWithAWarningCount() throws Exception {
        Path in = Fixtures.write(dir.resolve("in.txt"), Fixtures.ascii(SyntheticRows.generate(200, 3, 0.4, 2.0, true), 200));
        Path rec = dir.resolve("r.rcrec");
        assertEquals(0, Cli.run("convert", in.toString(), rec.toString()).exitCode());
        byte[] whole = Files.readAllBytes(rec);
        Path cut = Files.write(dir.resolve("cut.rcrec"), java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        Cli.Result r = Cli.run("inspect", "--format", "json", cut.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = JSON.readTree(r.out());
        // The cut record is one malformed entry; the last complete record ends mid-line, which is another.
        assertEquals(2, j.get("malformed").asInt(), j.toString());
        var reasons = new java.util.ArrayList<String>();
        j.get("malformedReasons").fieldNames().forEachRemaining(reasons::add);
        assertTrue(reasons.stream().anyMatch(x -> x.startsWith("truncated")), reasons.toString());
        assertTrue(j.get("samples").asInt() > 0);
    }
}
