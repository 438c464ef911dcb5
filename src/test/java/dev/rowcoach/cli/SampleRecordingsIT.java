package dev.rowcoach.cli;

import dev.rowcoach.lab.truth.TruthFiles;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.source.SensorFile;
import dev.rowcoach.testing.Cli;
import dev.rowcoach.testing.EventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled sample recordings are exactly what sample-recordings/regenerate.sh produces: the same samples
 * and the same truth (the script is the documented way to rebuild them).
 */
@Execution(ExecutionMode.CONCURRENT)
class SampleRecordingsIT {

    private static final Path BUNDLED = Path.of("sample-recordings");

    private static List<Sample> samples(Path p) throws Exception {
        EventLog log = new EventLog();
        SensorFile.open(p, null, DecoderSettings.DEFAULTS).decode(log);
        return log.samples();
    }

    @Test
    void theBundledFilesAreWhatTheScriptMakes(@TempDir Path dir) throws Exception {
        Cli.Result r = Cli.exec(List.of("bash", BUNDLED.resolve("regenerate.sh").toString(), dir.toString()));
        assertEquals(0, r.exitCode(), r.err());
        List<Path> truths;
        try (Stream<Path> s = Files.list(BUNDLED)) {
            truths = s.filter(p -> p.toString().endsWith(".truth.json")).sorted().toList();
        }
        assertEquals(9, truths.size());
        for (Path truth : truths) {
            String name = truth.getFileName().toString().replace(".truth.json", "");
            Path bundled = BUNDLED.resolve(name), fresh = dir.resolve(name);
            assertTrue(Files.exists(fresh), name + " is not made by regenerate.sh");
            assertEquals(TruthFiles.read(truth), TruthFiles.read(dir.resolve(truth.getFileName())), name);
            List<Sample> expected = samples(fresh);
            assertTrue(expected.size() > 100, name + ": a real session, not an empty comparison");
            assertEquals(expected, samples(bundled), name);
        }
    }

    @Test
    void theBundledFilesMeetTheAccuracyTargets() throws Exception {
        Cli.Result r = Cli.run("bench", "accuracy", "--check", BUNDLED.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
    }
}
