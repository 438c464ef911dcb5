package dev.rowcoach.protocol.rowcoach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds the C codec to the same vectors as the Java one: compiles firmware-protocol/c with the system C
 * compiler (cc or gcc on PATH; required, as on CI) into a temporary directory, runs its test program over
 * every vector and compares what it printed with the vector JSON.
 */
class CVectorTest {

    private static final List<String> CFLAGS = List.of("-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", "-O2");

    @TempDir
    Path tmp;

    @Test
    void cCodecDecodesEveryVectorLikeTheJson() throws Exception {
        Path exe = tmp.resolve("test_vectors");
        List<String> compile = new ArrayList<>();
        compile.add(compiler());
        compile.addAll(CFLAGS);
        compile.addAll(List.of("-o", exe.toString(), VectorFiles.cDir().resolve("rowcoach_protocol.c").toString(),
                VectorFiles.cDir().resolve("test_vectors.c").toString()));
        Result built = run(compile);
        assertEquals(0, built.exit, "C compilation failed:\n" + built.stderr);

        List<String> names = VectorFiles.names();
        List<String> command = new ArrayList<>(List.of(exe.toString()));
        names.forEach(n -> command.add(VectorFiles.vectorsDir().resolve(n + ".bin").toString()));
        Result ran = run(command);
        assertEquals(0, ran.exit, "C test program failed:\n" + ran.stderr);

        Map<String, JsonNode> printed = new HashMap<>();
        for (String line : ran.stdout) {
            JsonNode n = VectorJson.MAPPER.readTree(line);
            printed.put(n.get("vector").asText(), n);
        }
        assertEquals(names.size(), ran.stdout.size(), "one line per vector");
        for (String name : names) {
            JsonNode expected = VectorFiles.json(name);
            JsonNode c = printed.get(name);
            assertNotNull(c, "no output for " + name);
            assertEquals(expected.get("frames"), c.get("frames"), name + ": frames");
            assertEquals(expected.get("malformedCount"), c.get("malformedCount"), name + ": malformed count");
            String reencode = expected.get("validStream").booleanValue() ? "ok" : "skipped";
            assertEquals(reencode, c.get("reencode").asText(), name + ": re-encoding");
        }
        assertTrue(names.size() >= 20);
    }

    /** The system C compiler (cc or gcc on PATH; required, as on CI). */
    static String compiler() {
        for (String name : List.of("cc", "gcc")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        throw new AssertionError("no C compiler (cc or gcc) on PATH: the C codec cannot be checked");
    }

    private record Result(int exit, List<String> stdout, String stderr) {
    }

    private Result run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = new ProcessBuilder(command).directory(tmp.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(p.exitValue(), Files.readAllLines(out), Files.readString(err));
    }
}
