package dev.rowcoach.lab.bench;

import dev.rowcoach.lab.truth.TruthFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

/** Finds the benchmark's input files and how each can be scored. */
public final class BenchInputs {

    /** A file to benchmark and what it is scored against. */
    public sealed interface Input {
        Path file();
    }

    /** A (simulated) recording with {@code FILE.truth.json} beside it. */
    public record WithTruth(Path file, Path truthFile) implements Input {
    }

    /** A real recording whose name states its rep count. */
    public record WithCount(Path file, int expectedReps) implements Input {
    }

    /** Nothing to score it against. */
    public record Unscorable(Path file) implements Input {
    }

    private BenchInputs() {
    }

    /**
     * The files in {@code paths}, in order: a directory contributes its regular files (not its
     * sub-directories, hidden files, truth files or {@code .partial} files), sorted by name; a file
     * contributes itself.
     *
     * @throws NoSuchFileException when a path does not exist
     * @throws IOException         when a directory cannot be listed
     */
    public static List<Input> discover(List<Path> paths) throws IOException {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).filter(BenchInputs::isCandidate)
                            .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                            .forEach(f -> out.add(classify(f)));
                }
            } else if (Files.exists(p)) {
                out.add(classify(p));
            } else {
                throw new NoSuchFileException(p.toString());
            }
        }
        return out;
    }

    /** How {@code file} is scored: its truth file if present, else the rep count in its name, else not at all. */
    public static Input classify(Path file) {
        Path truth = TruthFiles.beside(file);
        if (Files.isRegularFile(truth)) {
            return new WithTruth(file, truth);
        }
        OptionalInt count = RepCountName.expectedReps(file.getFileName().toString());
        return count.isPresent() ? new WithCount(file, count.getAsInt()) : new Unscorable(file);
    }

    private static boolean isCandidate(Path f) {
        String name = f.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".truth.json") && !name.endsWith(".partial");
    }
}
