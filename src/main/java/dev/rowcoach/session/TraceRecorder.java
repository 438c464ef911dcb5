package dev.rowcoach.session;

import dev.rowcoach.motion.MotionPipeline;

import java.util.Arrays;

/**
 * Keeps the motion core's detection velocity, averaged into {@value #BIN_S} s bins, for the {@link VelocityTrace}
 * of each set. Memory stays bounded: the driver says from when the data is still needed ({@link #keepFrom}: the
 * open set's first movement, else the last {@value #IDLE_KEEP_S} s), and older bins are dropped when the buffer
 * fills, so a long session costs only its longest set. No allocation per grid step (the buffer grows by doubling,
 * rarely). A jump in the grid's time (the motion core restarted after a hole in the data) is kept as a break.
 */
final class TraceRecorder implements MotionPipeline.GridTap {

    /** Bin width, s: 25 points per second, enough for the shape of a rep. */
    static final double BIN_S = 0.04;
    /** Without an open set, this much of the recent trace is kept, s (a set's first movement is reported late). */
    static final double IDLE_KEEP_S = 30;
    /** A step in grid time above this is a hole, s (the grid runs at 100 Hz). */
    private static final double HOLE_S = 0.05;

    private double[] time = new double[4096];
    private double[] velocity = new double[4096];
    private int size;
    /** The bin being filled, as the index of its {@value #BIN_S} s slot on the stream timeline; -1 when none. */
    private long bin = -1;
    private double lastS = Double.NaN;
    private double sumT, sumV;
    private int count;
    private double keepFromS = Double.POSITIVE_INFINITY;

    @Override
    public void step(double timeS, double detectionVelocityMps) {
        if (!Double.isNaN(lastS) && (timeS - lastS > HOLE_S || timeS < lastS)) {
            flush();
            add(0.5 * (lastS + timeS), Double.NaN);
        }
        // Slots by index, not by adding BIN_S to a start: a sum of 0.01 s steps drifts across slot edges.
        long slot = (long) Math.floor(timeS / BIN_S + 1e-6);
        if (slot != bin) {
            flush();
            bin = slot;
        }
        sumT += timeS;
        sumV += detectionVelocityMps;
        count++;
        lastS = timeS;
    }

    /** The trace is needed from {@code s} on (s from the first sample; +∞: only the recent {@value #IDLE_KEEP_S} s). */
    void keepFrom(double s) {
        keepFromS = s;
    }

    /** Time of the last grid step seen, s, or NaN before the first. */
    double lastS() {
        return lastS;
    }

    /** The trace between {@code fromS} and {@code toS}, decimated to at most {@link VelocityTrace#MAX_POINTS} points. */
    VelocityTrace between(double fromS, double toS) {
        flush();
        int from = 0;
        while (from < size && time[from] < fromS) {
            from++;
        }
        int to = from;
        while (to < size && time[to] <= toS) {
            to++;
        }
        int n = to - from;
        int k = Math.max(1, (n + VelocityTrace.MAX_POINTS - 1) / VelocityTrace.MAX_POINTS);
        int m = (n + k - 1) / k;
        double[] t = new double[m];
        double[] v = new double[m];
        for (int j = 0; j < m; j++) {
            double st = 0, sv = 0;
            int c = 0;
            for (int i = from + j * k; i < Math.min(to, from + (j + 1) * k); i++) {
                st += time[i];
                sv += velocity[i];
                c++;
            }
            t[j] = st / c;
            v[j] = sv / c; // NaN when the group holds a break: the break survives decimation
        }
        return new VelocityTrace(t, v);
    }

    private void flush() {
        if (count > 0) {
            add(sumT / count, sumV / count);
            sumT = 0;
            sumV = 0;
            count = 0;
        }
    }

    private void add(double t, double v) {
        if (size == time.length) {
            compact();
        }
        time[size] = t;
        velocity[size] = v;
        size++;
    }

    /** Drops the bins no longer needed, and doubles the buffer when that frees less than a quarter. */
    private void compact() {
        double from = Math.min(keepFromS, lastS - IDLE_KEEP_S);
        int drop = 0;
        while (drop < size && time[drop] < from) {
            drop++;
        }
        System.arraycopy(time, drop, time, 0, size - drop);
        System.arraycopy(velocity, drop, velocity, 0, size - drop);
        size -= drop;
        if (size > time.length * 3 / 4) {
            time = Arrays.copyOf(time, time.length * 2);
            velocity = Arrays.copyOf(velocity, velocity.length * 2);
        }
    }
}
