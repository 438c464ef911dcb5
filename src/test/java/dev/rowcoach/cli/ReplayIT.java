package dev.rowcoach.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rowcoach.lab.bench.SyntheticRowsTruth;
import dev.rowcoach.lab.truth.Truth;
import dev.rowcoach.lab.truth.TruthRep;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.testing.Cli;
import dev.rowcoach.testing.Fixtures;
import dev.rowcoach.testing.SharedData;
import dev.rowcoach.testing.SyntheticRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code rowcoach replay} through the command line ({@link Cli#run}). */
@Execution(ExecutionMode.CONCURRENT)
class ReplayIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double RATE_HZ = 200;
    private static final int REPS = 5;
    private static final double ROM_M = 0.4;
    private static final double PERIOD_S = 2.5;

    @TempDir
    Path dir;

    private List<Sample> samples() {
        return SyntheticRows.generate(RATE_HZ, REPS, ROM_M, PERIOD_S, true);
    }

    private Path asciiSet() throws Exception {
        return Fixtures.write(dir.resolve("set.txt"), Fixtures.ascii(samples(), RATE_HZ));
    }

    @Test
    void jsonReportOfAGeneratedFileHasTheContractStructure() throws Exception {
        Path f = asciiSet();
        Cli.Result r = Cli.run("replay", "--format", "json", f.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        JsonNode j = JSON.readTree(r.out());
        assertEquals("rowcoach.report/1", j.get("schema").asText());
        JsonNode src = j.get("source");
        assertEquals(f.toString(), src.get("path").asText());
        assertEquals("ascii", src.get("format").asText());
        assertEquals(samples().size(), src.get("samples").asLong());
        assertEquals(RATE_HZ, src.get("sampleRateHz").asDouble(), 1e-9);
        assertEquals(Math.round((samples().size() - 1) / RATE_HZ * 1000) / 1000.0, src.get("durationS").asDouble(), 1e-9);
        assertTrue(src.get("hasGyro").asBoolean());
        assertTrue(src.get("gaps").isArray());
        assertEquals(0, src.get("gaps").size());
        assertEquals("barbell-row", j.get("exercise").asText());
        assertTrue(j.get("loadKg").isNull());
        assertTrue(j.get("sets").isArray());
        assertTrue(j.get("warnings").isArray());
        for (JsonNode set : j.get("sets")) {
            assertEquals(set.get("reps").size(), set.get("summary").get("reps").asInt());
            for (JsonNode rep : set.get("reps")) {
                JsonNode sway = rep.get("sway");
                assertTrue(sway.get("torsoSwingDeg").isNumber() && sway.get("horizontalM").isNumber()
                        && sway.get("dipM").isNumber(), rep.toString());
                assertTrue(List.of("strict", "cheat", "excessive").contains(rep.get("grade").asText()), rep.toString());
                double c = rep.get("gradeConfidence").asDouble();
                assertTrue(c > 0 && c <= 1, rep.toString());
            }
        }
        assertEquals(10.0, j.get("grading").get("strictMaxDeg").asDouble(), 0);
    }

    @Test
    void exercisesAreCheckedAgainstTheProfilesAndThresholdsCanBeOverridden() throws Exception {
        Path f = asciiSet();
        Cli.Result unknown = Cli.run("replay", "--exercise", "lat-pulldown", f.toString());
        assertEquals(2, unknown.exitCode());
        assertEquals("", unknown.out());
        assertEquals(1, unknown.err().lines().count(), unknown.err());
        assertTrue(unknown.err().startsWith("rowcoach: unknown exercise 'lat-pulldown'; valid: barbell-row, pendlay-row, "),
                unknown.err());
        assertTrue(unknown.err().contains("cable-row"), unknown.err());

        Cli.Result convert = Cli.run("convert", f.toString(), dir.resolve("x.rcrec").toString(), "--exercise", "rows");
        assertEquals(2, convert.exitCode());
        assertTrue(convert.err().contains("unknown exercise 'rows'; valid: barbell-row"), convert.err());

        JsonNode j = JSON.readTree(Cli.run("replay", "--format", "json", "--exercise", "seal-row", "--strict-max-deg", "0",
                "--cheat-max-deg", "40", f.toString()).out());
        assertEquals("strict", j.get("grading").get("expected").asText());
        assertEquals(0.0, j.get("grading").get("strictMaxDeg").asDouble(), 0);
        assertEquals(40.0, j.get("grading").get("cheatMaxDeg").asDouble(), 0);
        for (JsonNode set : j.get("sets")) {
            for (JsonNode rep : set.get("reps")) {
                assertEquals("cheat", rep.get("grade").asText(), "nothing is below 0°: " + rep);
            }
        }

        Cli.Result crossed = Cli.run("replay", "--strict-max-deg", "30", f.toString());
        assertEquals(2, crossed.exitCode());
        assertEquals("rowcoach: grade thresholds must satisfy 0 ≤ strict < cheat ≤ 90 degrees, got strict 30.0 and cheat 25.0\n",
                crossed.err());
    }

    @Test
    void exerciseAndLoadComeFromTheRecordingUnlessGiven() throws Exception {
        Path rec = dir.resolve("s.rcrec");
        Cli.Result conv = Cli.run("convert", asciiSet().toString(), rec.toString(), "--exercise", "pendlay-row", "--load", "82.5");
        assertEquals(0, conv.exitCode(), conv.err());

        JsonNode fromHeader = JSON.readTree(Cli.run("replay", "--format", "json", rec.toString()).out());
        assertEquals("recording", fromHeader.get("source").get("format").asText());
        assertEquals(samples().size(), fromHeader.get("source").get("samples").asLong());
        assertEquals("pendlay-row", fromHeader.get("exercise").asText());
        assertEquals(82.5, fromHeader.get("loadKg").asDouble(), 0);

        JsonNode given = JSON.readTree(Cli.run("replay", "--format", "json", "--exercise", "kroc-row", "--load", "40",
                rec.toString()).out());
        assertEquals("kroc-row", given.get("exercise").asText());
        assertEquals(40.0, given.get("loadKg").asDouble(), 0);
    }

    @Test
    void textReportNamesTheSourceAndSaysWhatItFound() throws Exception {
        Path f = Fixtures.write(dir.resolve("accel.bin"), Fixtures.rowcoach(SyntheticRows.generate(RATE_HZ, 2, ROM_M, PERIOD_S, false), RATE_HZ));
        Cli.Result r = Cli.run("replay", "--load", "50", f.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("file      " + f, lines.get(0));
        assertTrue(lines.get(1).startsWith("source    rowcoach, " + SyntheticRows.generate(RATE_HZ, 2, ROM_M, PERIOD_S, false).size()
                + " samples, 200.0 Hz"), lines.get(1));
        assertTrue(lines.get(1).contains("no gyroscope"), lines.get(1));
        assertTrue(lines.contains("load      50.0 kg"), r.out());
        assertTrue(lines.get(2).startsWith("exercise  barbell-row"), lines.get(2));
        assertTrue(r.out().contains("\nwarnings\n  - There is no gyroscope"), r.out());
        assertTrue(r.out().contains("  - Without a gyroscope the sway grades are of low confidence"), r.out());
    }

    @Test
    void outputFileGetsExactlyWhatStdoutWouldAndNothingIsLeftBehind() throws Exception {
        Path f = asciiSet();
        Path out = dir.resolve("report.json");
        Files.writeString(out, "old report");
        Cli.Result toFile = Cli.run("replay", "--format", "json", "-o", out.toString(), f.toString());
        assertEquals(0, toFile.exitCode(), toFile.err());
        assertEquals("", toFile.out());
        Cli.Result toStdout = Cli.run("replay", "--format", "json", f.toString());
        assertEquals(toStdout.out(), Files.readString(out));
        assertFalse(Files.exists(dir.resolve("report.json.partial")));

        Cli.Result text = Cli.run("replay", "--output", dir.resolve("report.txt").toString(), f.toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(Files.readString(dir.resolve("report.txt")).startsWith("file      " + f + "\n"));
    }

    @Test
    void badInputIsOneLineAndExitCode2() throws Exception {
        Path prose = Files.writeString(dir.resolve("notes.txt"), "Went to the gym.\nRowed a lot, felt good.\n".repeat(50));
        Cli.Result r = Cli.run("replay", prose.toString());
        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("rowcoach: " + prose + ": "), r.err());

        Cli.Result missing = Cli.run("replay", dir.resolve("nope.csv").toString());
        assertEquals(2, missing.exitCode());
        assertEquals("rowcoach: " + dir.resolve("nope.csv") + ": no such file\n", missing.err());

        Path f = asciiSet();
        Cli.Result load = Cli.run("replay", "--load", "-3", f.toString());
        assertEquals(2, load.exitCode());
        assertEquals("rowcoach: --load must be a weight in kg, not -3.0\n", load.err());

        byte[] before = Files.readAllBytes(f);
        Cli.Result self = Cli.run("replay", "-o", f.toString(), f.toString());
        assertEquals(2, self.exitCode());
        assertEquals("rowcoach: " + f + ": is the input file\n", self.err());
        assertEquals(before.length, Files.readAllBytes(f).length, "the recording is untouched");

        Cli.Result noDir = Cli.run("replay", "-o", dir.resolve("no/such/dir/r.txt").toString(), f.toString());
        assertEquals(3, noDir.exitCode());
        assertEquals(1, noDir.err().lines().count(), noDir.err());
        assertTrue(noDir.err().contains("cannot write: no such directory"), noDir.err());
    }

    @Test
    void realRowRecordingsReplayWithEverySampleCounted() throws Exception {
        for (Path f : SharedData.barbellFiles()) {
            if (!f.getParent().getFileName().toString().equals("rows")) {
                continue;
            }
            long lines = Files.readAllLines(f).stream().filter(l -> !l.isBlank()).count();
            Cli.Result r = Cli.run("replay", "--format", "json", f.toString());
            assertEquals(0, r.exitCode(), r.err());
            JsonNode j = JSON.readTree(r.out());
            assertEquals(lines, j.get("source").get("samples").asLong(), f.toString());
            assertEquals("csv", j.get("source").get("format").asText());
        }
    }

    /** Every generated stroke is found, in one set, each measured within the accuracy targets. */
    @Test
    void motionCoreFindsTheGeneratedStrokes() throws Exception {
        Truth truth = SyntheticRowsTruth.of("ascii", RATE_HZ, REPS, ROM_M, PERIOD_S, true, List.of());
        List<TruthRep> strokes = truth.sets().get(0).reps();
        JsonNode j = JSON.readTree(Cli.run("replay", "--format", "json", asciiSet().toString()).out());
        int reps = 0;
        for (JsonNode set : j.get("sets")) {
            for (JsonNode rep : set.get("reps")) {
                TruthRep t = strokes.get(rep.get("index").asInt() - 1);
                assertEquals(t.concentricStartS(), rep.get("concentricStartS").asDouble(), 0.05);
                assertEquals(t.concentricEndS(), rep.get("concentricEndS").asDouble(), 0.05);
                assertEquals(t.romM(), rep.get("romM").asDouble(), 0.02);
                assertEquals(t.meanConcentricVelocityMps(), rep.get("meanConcentricVelocityMps").asDouble(), 0.03);
                reps++;
            }
        }
        assertEquals(REPS, reps, j.toString());
        assertEquals(1, j.get("sets").size());
    }
}
