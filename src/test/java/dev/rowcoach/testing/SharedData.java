package dev.rowcoach.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real recordings in {@code ../shared/datasets} (beside the repository; not redistributable, so never
 * copied into it). Tests that use them are skipped where that folder is absent.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The datasets folder, found from the working directory upwards. */
    public static Path datasets() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("datasets");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Every CSV of the barbell IMU dataset (rows and deadlifts); skips the test when absent. */
    public static List<Path> barbellFiles() {
        Path d = datasets();
        Assumptions.assumeTrue(d != null && Files.isDirectory(d.resolve("barbell-rows-imu")),
                "../shared/datasets/barbell-rows-imu is not present");
        try (Stream<Path> s = Files.walk(d.resolve("barbell-rows-imu"))) {
            return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The barbell dataset's file {@code name}; skips the test when the dataset is absent. */
    public static Path barbell(String name) {
        return barbellFiles().stream().filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
    }
}
