package dev.rowcoach.source.export;

import dev.rowcoach.protocol.text.AxisDecoder;
import dev.rowcoach.protocol.text.AxisHeader;
import dev.rowcoach.protocol.text.AxisListener;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.StreamListener;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * One per-sensor file read on demand: bytes are pulled a chunk at a time through an {@link AxisDecoder}
 * into a small queue of rows, so several files can be walked side by side in bounded memory. Used two
 * ways: {@link #pull()} steps through every row (the timeline the merged stream follows), and
 * {@link #at(long, double[])} gives the value at any later time by linear interpolation between the two
 * rows around it (the other sensors, resampled onto that timeline). Malformed lines go to the output
 * listener, prefixed with the file's name.
 */
final class AxisStream implements AxisListener, Closeable {

    private static final int CHUNK_BYTES = 16 * 1024;

    private final String name;
    private final InputStream in;
    private final AxisDecoder decoder;
    private final StreamListener out;
    private final byte[] chunk = new byte[CHUNK_BYTES];
    private boolean eof;

    // Queue of decoded rows not yet consumed: a ring that grows only if one chunk holds more rows.
    private long[] qt = new long[1024];
    private double[] qx = new double[1024], qy = new double[1024], qz = new double[1024];
    private int qHead, qSize;

    /** The current row after {@link #pull()}. */
    long t;
    double x, y, z;

    // Interpolation bracket for at(): rows 0 (at or before the time asked) and 1 (after it).
    private long t0, t1;
    private final double[] v0 = new double[3], v1 = new double[3];
    private boolean has0, has1, started;

    AxisStream(String name, InputStream in, AxisHeader header, StreamListener out) {
        this.name = name;
        this.in = in;
        this.decoder = new AxisDecoder(header, this);
        this.out = out;
    }

    String name() {
        return name;
    }

    @Override
    public void row(long timeUs, double rx, double ry, double rz) {
        if (qSize == qt.length) {
            grow();
        }
        int i = (qHead + qSize) % qt.length;
        qt[i] = timeUs;
        qx[i] = rx;
        qy[i] = ry;
        qz[i] = rz;
        qSize++;
    }

    @Override
    public void malformed(Malformed m) {
        out.malformed(new Malformed(m.byteOffset(), m.length(), name + ": " + m.reason()));
    }

    /** Reads until at least {@code n} rows are queued or the file ends; returns how many are queued. */
    int prefetch(int n) throws IOException {
        while (qSize < n && fill()) {
            // keep reading
        }
        return qSize;
    }

    /** The time of the {@code i}-th queued row. */
    long queuedTime(int i) {
        return qt[(qHead + i) % qt.length];
    }

    /** The magnitude of the {@code i}-th queued row, in the file's unit. */
    double queuedNorm(int i) {
        int k = (qHead + i) % qt.length;
        return Math.sqrt(qx[k] * qx[k] + qy[k] * qy[k] + qz[k] * qz[k]);
    }

    /** Median magnitude of the queued rows, in the file's unit; NaN when none are queued. */
    double queuedMedianNorm() {
        double[] norms = new double[qSize];
        for (int i = 0; i < qSize; i++) {
            norms[i] = queuedNorm(i);
        }
        Arrays.sort(norms);
        return qSize == 0 ? Double.NaN : norms[qSize / 2];
    }

    /** Moves to the next row ({@link #t}, {@link #x}, {@link #y}, {@link #z}); false at the end of the file. */
    boolean pull() throws IOException {
        while (qSize == 0) {
            if (!fill()) {
                return false;
            }
        }
        t = qt[qHead];
        x = qx[qHead];
        y = qy[qHead];
        z = qz[qHead];
        qHead = (qHead + 1) % qt.length;
        qSize--;
        return true;
    }

    /**
     * The value at {@code timeUs} (times must not decrease between calls) into {@code v}: interpolated
     * between the rows around it when they are at most {@code maxSpanUs} apart, else the nearest row
     * when it is within {@code holdUs}; false when neither (before the first row, after the last, in a gap).
     */
    boolean at(long timeUs, long maxSpanUs, long holdUs, double[] v) throws IOException {
        if (!started) {
            started = true;
            has1 = load1();
        }
        while (has1 && t1 <= timeUs) {
            t0 = t1;
            System.arraycopy(v1, 0, v0, 0, 3);
            has0 = true;
            has1 = load1();
        }
        if (has0 && has1 && t1 - t0 <= maxSpanUs) {
            double f = (double) (timeUs - t0) / (t1 - t0);
            for (int k = 0; k < 3; k++) {
                v[k] = v0[k] + f * (v1[k] - v0[k]);
            }
            return true;
        }
        boolean near0 = has0 && timeUs - t0 <= holdUs;
        boolean near1 = has1 && t1 - timeUs <= holdUs;
        if (near0 && (!near1 || timeUs - t0 <= t1 - timeUs)) {
            System.arraycopy(v0, 0, v, 0, 3);
            return true;
        }
        if (near1) {
            System.arraycopy(v1, 0, v, 0, 3);
            return true;
        }
        return false;
    }

    private boolean load1() throws IOException {
        if (!pull()) {
            return false;
        }
        t1 = t;
        v1[0] = x;
        v1[1] = y;
        v1[2] = z;
        return true;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(chunk);
        if (n < 0) {
            eof = true;
            decoder.finish();
            return qSize > 0;
        }
        decoder.feed(chunk, 0, n);
        return true;
    }

    private void grow() {
        int n = qt.length * 2;
        long[] t2 = new long[n];
        double[] x2 = new double[n], y2 = new double[n], z2 = new double[n];
        for (int i = 0; i < qSize; i++) {
            int k = (qHead + i) % qt.length;
            t2[i] = qt[k];
            x2[i] = qx[k];
            y2[i] = qy[k];
            z2[i] = qz[k];
        }
        qt = t2;
        qx = x2;
        qy = y2;
        qz = z2;
        qHead = 0;
    }

    /** Median step between the queued rows, µs; NaN with fewer than two. */
    double queuedMedianStepUs() {
        if (qSize < 2) {
            return Double.NaN;
        }
        double[] steps = new double[qSize - 1];
        for (int i = 1; i < qSize; i++) {
            steps[i - 1] = queuedTime(i) - queuedTime(i - 1);
        }
        Arrays.sort(steps);
        return steps[steps.length / 2];
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
