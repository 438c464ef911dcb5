package dev.rowcoach.lab.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BenchInputsTest {

    @TempDir
    Path dir;

    private Path touch(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "x");
    }

    @Test
    void aDirectoryGivesItsFilesByNameEachWithHowItIsScored() throws Exception {
        Path sim = touch("b-sim.rcrec");
        Path truth = touch("b-sim.rcrec.truth.json");
        Path real = touch("a_row_set1_reps10_1.csv");
        Path both = touch("c_reps5.bin");
        touch("c_reps5.bin.truth.json");
        Path notes = touch("notes.md");
        touch(".hidden");
        touch("d.txt.partial");
        Files.createDirectory(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub").resolve("row_reps3.csv"), "x");

        List<BenchInputs.Input> in = BenchInputs.discover(List.of(dir));
        assertEquals(List.of(
                new BenchInputs.WithCount(real, 10),
                new BenchInputs.WithTruth(sim, truth),
                new BenchInputs.WithTruth(both, dir.resolve("c_reps5.bin.truth.json")),
                new BenchInputs.Unscorable(notes)), in, "a truth file wins over a count in the name");
    }

    @Test
    void filesMayBeGivenDirectlyAndOrderIsKept() throws Exception {
        Path b = touch("b_reps4.csv");
        Path a = touch("a.csv");
        assertEquals(List.of(new BenchInputs.WithCount(b, 4), new BenchInputs.Unscorable(a)),
                BenchInputs.discover(List.of(b, a)));
        assertEquals(List.of(), BenchInputs.discover(List.of(Files.createDirectory(dir.resolve("empty")))));
    }

    @Test
    void aMissingPathIsAnError() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> BenchInputs.discover(List.of(dir.resolve("gone"))));
        assertEquals(dir.resolve("gone").toString(), e.getFile());
    }
}
