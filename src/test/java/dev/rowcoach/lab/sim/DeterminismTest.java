package dev.rowcoach.lab.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class DeterminismTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameBytesInEveryFormat() throws Exception {
        for (OutputFormat f : OutputFormat.values()) {
            Path a = dir.resolve("a-" + f.id());
            Path b = dir.resolve("b-" + f.id());
            SimulatedFileWriter.write(Simulator.run("barbell-row 2x2 rest=5 swing=cheat-last=1", 77, f, 150, true), a);
            SimulatedFileWriter.write(Simulator.run("barbell-row 2x2 rest=5 swing=cheat-last=1", 77, f, 150, true), b);
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), f.id());
            assertArrayEquals(Files.readAllBytes(Path.of(a + ".truth.json")), Files.readAllBytes(Path.of(b + ".truth.json")), f.id());
        }
    }

    @Test
    void anotherSeedGivesAnotherSession() {
        SimulatedSession one = Simulator.run("barbell-row 1x3", 1, OutputFormat.ROWCOACH, 100, true);
        SimulatedSession two = Simulator.run("barbell-row 1x3", 2, OutputFormat.ROWCOACH, 100, true);
        assertFalse(Arrays.equals(SimulatedFileWriter.encode(one), SimulatedFileWriter.encode(two)));
        assertNotEquals(one.truth().lifter(), two.truth().lifter());
        assertNotEquals(one.truth().sets().get(0).reps().get(0).romM(), two.truth().sets().get(0).reps().get(0).romM());
        assertEquals(one.truth().sets().get(0).reps().size(), two.truth().sets().get(0).reps().size());
    }

    @Test
    void theFormatDoesNotChangeTheLifterOrTheMotion() {
        SimulatedSession ascii = Simulator.run("barbell-row 1x3", 5, OutputFormat.ASCII, 100, true);
        SimulatedSession binary = Simulator.run("barbell-row 1x3", 5, OutputFormat.ROWCOACH, 100, true);
        assertEquals(ascii.truth().lifter(), binary.truth().lifter());
        assertEquals(ascii.truth().sets().get(0).reps().get(2).romM(), binary.truth().sets().get(0).reps().get(2).romM());
    }
}
