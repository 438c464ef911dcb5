package dev.rowcoach.protocol.rowcoach;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the committed vectors and the C codec live, found from the Maven project directory. */
final class VectorFiles {

    private VectorFiles() {
    }

    /** The repository root: Maven's basedir (surefire runs tests there). */
    static Path repoRoot() {
        Path root = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        if (!Files.isDirectory(root.resolve("firmware-protocol"))) {
            throw new IllegalStateException("no firmware-protocol/ under " + root + ": run from the project directory");
        }
        return root;
    }

    static Path vectorsDir() {
        return repoRoot().resolve("firmware-protocol/vectors");
    }

    static Path cDir() {
        return repoRoot().resolve("firmware-protocol/c");
    }

    /** Names of the committed vectors (files NAME.bin with NAME.json), sorted. */
    static List<String> names() {
        try (Stream<Path> files = Files.list(vectorsDir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bin"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bin(String name) {
        try {
            return Files.readAllBytes(vectorsDir().resolve(name + ".bin"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String name) {
        try {
            return VectorJson.MAPPER.readTree(vectorsDir().resolve(name + ".json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
