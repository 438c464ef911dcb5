package dev.rowcoach.motion;

/**
 * The recent stretches of the grid that were bridged over a hole in the data (estimates, not measurements),
 * so that a rep can say how much of it was not measured. A fixed ring of intervals: memory is bounded whatever
 * the session length; holes older than the last {@value #CAPACITY} are forgotten (a rep spans a few at most, but
 * reps that holes hid in an interval held for the set's beat are counted, with how much of them was bridged, a few
 * beats later, and the real deadlift recordings hold two holes a second).
 */
final class HoleLog {

    private static final int CAPACITY = 64;

    private final double[] startS = new double[CAPACITY];
    private final double[] endS = new double[CAPACITY];
    private final double periodS;
    private int count;

    HoleLog(double periodS) {
        this.periodS = periodS;
    }

    /** The grid sample at {@code t} was bridged: extends the current hole or opens a new one. */
    void filled(double t) {
        int last = (count - 1) % CAPACITY;
        if (count > 0 && t - endS[last] <= 1.5 * periodS) {
            endS[last] = t + periodS;
            return;
        }
        int i = count % CAPACITY;
        startS[i] = t;
        endS[i] = t + periodS;
        count++;
    }

    /** How much of [{@code fromS}, {@code toS}] was bridged, s. */
    double within(double fromS, double toS) {
        double sum = 0;
        for (int k = Math.max(0, count - CAPACITY); k < count; k++) {
            int i = k % CAPACITY;
            sum += Math.max(0, Math.min(toS, endS[i]) - Math.max(fromS, startS[i]));
        }
        return sum;
    }

    /** Whether the grid sample at {@code t} was bridged. */
    boolean contains(double t) {
        for (int k = Math.max(0, count - CAPACITY); k < count; k++) {
            int i = k % CAPACITY;
            if (t >= startS[i] && t < endS[i]) {
                return true;
            }
        }
        return false;
    }

    void clear() {
        count = 0;
    }
}
