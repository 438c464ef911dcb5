package dev.rowcoach.protocol.rowcoach;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rowcoach.protocol.rowcoach.VectorBuilder.Vector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed vectors are exactly what {@link VectorGenerator} writes. With
 * {@code -Drowcoach.regenerateVectors=true} it rewrites them first (then review the diff and commit).
 */
class VectorsUpToDateTest {

    @Test
    void committedVectorsMatchTheGenerator() throws IOException {
        List<Vector> vectors = VectorGenerator.all();
        if (Boolean.getBoolean("rowcoach.regenerateVectors")) {
            VectorGenerator.main(new String[] {VectorFiles.vectorsDir().toString()});
        }
        assertEquals(vectors.stream().map(Vector::name).sorted().toList(), VectorFiles.names(),
                "vector files on disk differ from the generator's list");
        for (Vector v : vectors) {
            Path dir = VectorFiles.vectorsDir();
            assertArrayEquals(v.bin(), Files.readAllBytes(dir.resolve(v.name() + ".bin")), v.name() + ".bin");
            assertEquals(v.json(), Files.readString(dir.resolve(v.name() + ".json"), StandardCharsets.UTF_8),
                    v.name() + ".json");
        }
        assertTrue(vectors.size() >= 20, "expected the full set of vectors, got " + vectors.size());
    }
}
