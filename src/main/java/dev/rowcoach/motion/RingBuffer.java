package dev.rowcoach.motion;

/**
 * The last {@code capacity} grid samples of time, world-frame acceleration (vertical and two horizontal
 * components) and whether the bar was still, preallocated: the only history the rep measurement needs, so memory is bounded by the
 * longest rep, not the session.
 */
final class RingBuffer {

    private final double[] t;
    private final double[] vertical;
    private final double[] h1;
    private final double[] h2;
    private final boolean[] still;
    private long count;
    private double startedS = Double.NaN;

    RingBuffer(int capacity) {
        t = new double[capacity];
        vertical = new double[capacity];
        h1 = new double[capacity];
        h2 = new double[capacity];
        still = new boolean[capacity];
    }

    void add(double timeS, double verticalMps2, double h1Mps2, double h2Mps2, boolean isStill) {
        if (count == 0) {
            startedS = timeS;
        }
        int i = (int) (count % t.length);
        t[i] = timeS;
        vertical[i] = verticalMps2;
        h1[i] = h1Mps2;
        h2[i] = h2Mps2;
        still[i] = isStill;
        count++;
    }

    /** Samples held (at most the capacity). */
    int size() {
        return (int) Math.min(count, t.length);
    }

    /**
     * Copies the held samples with time ≥ {@code fromS}, oldest first, into the arrays; returns how many.
     * The arrays must hold {@link #size()} values.
     */
    int copySince(double fromS, double[] tOut, double[] vOut, double[] h1Out, double[] h2Out, boolean[] stillOut) {
        int held = size();
        int n = 0;
        for (long k = count - held; k < count; k++) {
            int i = (int) (k % t.length);
            if (t[i] >= fromS) {
                tOut[n] = t[i];
                vOut[n] = vertical[i];
                h1Out[n] = h1[i];
                h2Out[n] = h2[i];
                stillOut[n] = still[i];
                n++;
            }
        }
        return n;
    }

    /**
     * The largest |vertical acceleration| among the held samples in [{@code fromS}, {@code toS}] that were measured, not
     * bridged over a hole, m/s²; 0 when there are none.
     */
    double maxAbsVerticalMeasured(double fromS, double toS, HoleLog holes) {
        int held = size();
        double max = 0;
        for (long k = count - held; k < count; k++) {
            int i = (int) (k % t.length);
            if (t[i] >= fromS && t[i] <= toS && !holes.contains(t[i])) {
                max = Math.max(max, Math.abs(vertical[i]));
            }
        }
        return max;
    }

    int capacity() {
        return t.length;
    }

    /** Time of the first sample added since the last {@link #clear()}, s; NaN when empty. */
    double startedS() {
        return startedS;
    }

    void clear() {
        count = 0;
        startedS = Double.NaN;
    }
}
