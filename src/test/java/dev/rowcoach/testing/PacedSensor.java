package dev.rowcoach.testing;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * A simulated sensor streaming into a terminal at real-time pace: each chunk is written when the host
 * clock reaches its device time (relative to the first chunk's), as a sensor sends a frame once its last
 * sample is taken. Chunks whose device time a test marks as "unplugged" are not sent (a sensor does not
 * buffer while its cable is out). Records the host time at which device time 0 (the first sample) was
 * due, so latencies can be measured against the simulator's truth.
 */
public final class PacedSensor {

    /** A chunk of bytes and the device time at which the sensor sends it, µs. */
    public record Chunk(byte[] bytes, long deviceUs) {
    }

    private final List<Chunk> chunks;
    private final long firstSampleUs;
    private double speed = 1;
    private final List<Chunk> sent = new ArrayList<>();
    private long[] sentAtNanos = new long[16];
    private Instant deviceZeroAt;

    /**
     * @param firstSampleUs device time of the session's first sample, µs (truth times count from it)
     */
    public PacedSensor(List<Chunk> chunks, long firstSampleUs) {
        this.chunks = List.copyOf(chunks);
        this.firstSampleUs = firstSampleUs;
    }

    /** Plays {@code factor} times faster than real time (for fault tests, where pace does not matter). */
    public PacedSensor faster(double factor) {
        speed = factor;
        return this;
    }

    /** Host wall-clock time at which the first sample was taken (truth time 0), at real-time pace. */
    public Instant deviceZeroAt() {
        return deviceZeroAt;
    }

    /** The chunks actually written, in order. */
    public List<Chunk> sent() {
        return List.copyOf(sent);
    }

    /**
     * {@link System#nanoTime} just before chunk {@code i} of {@link #sent} was written: no byte of it reached
     * the terminal earlier.
     */
    public long sentAtNanos(int i) {
        return sentAtNanos[i];
    }

    /** Every byte written, in order. */
    public byte[] sentBytes() {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        sent.forEach(c -> b.writeBytes(c.bytes()));
        return b.toByteArray();
    }

    /** Sends everything to {@code port}, plugged in throughout. */
    public void run(Path port) throws Exception {
        run(port, t -> false, null, null);
    }

    /**
     * Sends everything to {@code port}, except while the cable is out: at the first chunk whose device time
     * (µs since the first sample) {@code unplugged} accepts, the sensor closes its end and {@code unplug}
     * runs; chunks are dropped until one is no longer unplugged, when {@code replug} runs (it returns once
     * the port is back and the host is reading it), the port is reopened, and chunks that fell more than
     * 100 ms behind meanwhile are dropped too, as a sensor that never stopped sampling would lose them.
     */
    public void run(Path port, LongPredicate unplugged, ThrowingRunnable unplug, ThrowingRunnable replug) throws Exception {
        long zeroNanos = System.nanoTime() + 200_000_000L;
        deviceZeroAt = Instant.now().plusNanos(200_000_000L);
        OutputStream out = new FileOutputStream(port.toFile());
        boolean cableOut = false;
        boolean catchingUp = false;
        try {
            for (Chunk c : chunks) {
                long t = c.deviceUs() - firstSampleUs;
                long due = zeroNanos + (long) (t * 1000 / speed);
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                if (unplugged.test(t)) {
                    if (!cableOut) {
                        out.close();
                        unplug.run();
                        cableOut = true;
                    }
                    continue;
                }
                if (cableOut) {
                    replug.run();
                    out = new FileOutputStream(port.toFile());
                    cableOut = false;
                    catchingUp = true;
                }
                if (catchingUp && System.nanoTime() - due > 100_000_000L) {
                    continue;
                }
                catchingUp = false;
                if (sent.size() == sentAtNanos.length) {
                    sentAtNanos = java.util.Arrays.copyOf(sentAtNanos, 2 * sentAtNanos.length);
                }
                sentAtNanos[sent.size()] = System.nanoTime();
                out.write(c.bytes());
                out.flush();
                sent.add(c);
            }
        } finally {
            out.close();
        }
    }

    /** A step that may throw. */
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
