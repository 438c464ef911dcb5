package dev.rowcoach.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real pseudo-terminal pair made by {@code socat} (required, as on CI: {@code .ci/run} installs it):
 * bytes written to {@link #sensorEnd} come out of {@link #hostEnd}, both symlinks to {@code /dev/pts/N}.
 * {@link #unplug} kills socat (both terminals vanish, as a pulled cable's port does) and {@link #plugIn}
 * starts it again on the same paths.
 */
public final class PtyPair implements AutoCloseable {

    private final Path sensorEnd;
    private final Path hostEnd;
    private Process socat;

    public PtyPair(Path dir) throws IOException, InterruptedException {
        sensorEnd = dir.resolve("sensor");
        hostEnd = dir.resolve("host");
        plugIn();
    }

    /** Where the simulated sensor writes. */
    public Path sensorEnd() {
        return sensorEnd;
    }

    /** What {@code rowcoach live --port} reads. */
    public Path hostEnd() {
        return hostEnd;
    }

    /** Starts socat and waits until both ends exist. */
    public void plugIn() throws IOException, InterruptedException {
        if (socat != null && socat.isAlive()) {
            throw new IllegalStateException("already plugged in");
        }
        try {
            socat = new ProcessBuilder(List.of("socat", "pty,raw,echo=0,link=" + sensorEnd, "pty,raw,echo=0,link=" + hostEnd))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new AssertionError("socat is needed for the live tests (apt-get install socat; .ci/run installs it)", e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(Files.exists(sensorEnd) && Files.exists(hostEnd))) {
            if (System.nanoTime() > deadline || !socat.isAlive()) {
                throw new AssertionError("socat did not create " + sensorEnd + " and " + hostEnd);
            }
            Thread.sleep(10);
        }
    }

    /** Kills socat: both terminals disappear. */
    public void unplug() throws InterruptedException {
        socat.destroy();
        if (!socat.waitFor(5, TimeUnit.SECONDS)) {
            socat.destroyForcibly().waitFor();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (socat != null && socat.isAlive()) {
            unplug();
        }
    }
}
