package dev.rowcoach.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code rowcoach live} running in its own JVM from the packaged jar, started as the launcher starts it. With
 * {@code --events jsonl} (the constructor) its events are parsed as they are printed, so a test can wait for one
 * (e.g. {@code connected}) before it acts; in text mode ({@link #text}) its lines are kept as they are and its keyboard is a pipe
 * the test can {@link #type} into.
 */
public final class LiveProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path stderr;
    private final List<JsonNode> events = new ArrayList<>();
    private final List<String> unparsed = new ArrayList<>();
    private final Thread reader;

    /** {@code live --events jsonl ARGS}, without a keyboard. */
    public LiveProcess(String... args) throws IOException {
        this(true, Map.of(), args);
    }

    /** {@code live --events jsonl ARGS} with {@code env} added to its environment, without a keyboard. */
    public static LiveProcess withEnv(Map<String, String> env, String... args) throws IOException {
        return new LiveProcess(true, env, args);
    }

    /** {@code live ARGS} in text mode, with a keyboard. */
    public static LiveProcess text(String... args) throws IOException {
        return new LiveProcess(false, Map.of(), args);
    }

    private LiveProcess(boolean jsonl, Map<String, String> env, String... args) throws IOException {
        List<String> cmd = Cli.shortJobCommand();
        cmd.add("live");
        if (jsonl) {
            cmd.addAll(List.of("--events", "jsonl"));
        }
        cmd.addAll(List.of(args));
        stderr = Files.createTempFile("rowcoach-live-err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(stderr.toFile())
                .redirectInput(jsonl ? ProcessBuilder.Redirect.from(new java.io.File("/dev/null")) : ProcessBuilder.Redirect.PIPE);
        pb.environment().put("XDG_DATA_HOME", Cli.dataHome().toString()); // never the real user's history
        pb.environment().putAll(env);
        process = pb.start();
        reader = new Thread(this::read, "live-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (events) {
                    try {
                        events.add(JSON.readTree(line));
                    } catch (IOException e) {
                        unparsed.add(line);
                    }
                    events.notifyAll();
                }
            }
        } catch (IOException e) {
            // The process ended.
        }
    }

    /** Waits up to {@code timeoutS} for an event matching {@code test} and returns it. */
    public JsonNode await(Predicate<JsonNode> test, double timeoutS) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (timeoutS * 1e9);
        synchronized (events) {
            while (true) {
                for (JsonNode e : events) {
                    if (test.test(e)) {
                        return e;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no such event within " + timeoutS + " s; events so far: " + events
                            + "; stderr: " + stderrText());
                }
                events.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** Waits up to {@code timeoutS} for a line that is not JSON (text mode) matching {@code test}. */
    public String awaitLine(Predicate<String> test, double timeoutS) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (timeoutS * 1e9);
        synchronized (events) {
            while (true) {
                for (String l : unparsed) {
                    if (test.test(l)) {
                        return l;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no such line within " + timeoutS + " s; lines so far: " + unparsed
                            + "; stderr: " + stderrText());
                }
                events.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** Types {@code keys} on the process's keyboard (text mode). */
    public void type(String keys) throws IOException {
        process.getOutputStream().write(keys.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
    }

    /** Waits for the {@code type} event number {@code n} (1-based). */
    public JsonNode awaitType(String type, int n, double timeoutS) throws InterruptedException {
        int[] seen = {0};
        return await(e -> e.path("type").asText().equals(type) && ++seen[0] == n, timeoutS);
    }

    /** Waits for the process to end and returns its exit code. */
    public int waitFor(double timeoutS) throws InterruptedException {
        if (!process.waitFor((long) (timeoutS * 1000), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("live did not end within " + timeoutS + " s; stderr: " + stderrText());
        }
        reader.join(5000);
        return process.exitValue();
    }

    /**
     * Sends SIGTERM, which runs the JVM's shutdown hooks as Ctrl-C's SIGINT does. Through the process handle:
     * {@code Process.destroy} would also close our end of its output, losing what it prints while stopping.
     */
    public void interrupt() {
        process.toHandle().destroy();
    }

    /** Sends SIGKILL (a crash: no shutdown hook runs) and waits for the process to be gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError("live did not die of SIGKILL within 10 s");
        }
    }

    /** Every event printed so far, in order. */
    public List<JsonNode> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** Lines that were not JSON: everything in text mode, nothing with {@code --events jsonl}. */
    public List<String> unparsed() {
        synchronized (events) {
            return List.copyOf(unparsed);
        }
    }

    public String stderrText() {
        try {
            return Files.readString(stderr, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    @Override
    public void close() throws IOException {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        Files.deleteIfExists(stderr);
    }
}
