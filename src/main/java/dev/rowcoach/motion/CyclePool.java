package dev.rowcoach.motion;

/**
 * The acceleration offsets of the last few movement cycles (∫a dt and duration of each), pooled so that
 * one cycle's noise does not set a rep's velocity.
 */
final class CyclePool {

    /** Largest believable mean acceleration over one cycle once bias and gravity are tracked, m/s². */
    static final double MAX_CYCLE_OFFSET_MPS2 = 0.1;

    private final double maxAgeS;
    private final double[] start, end, sum;
    private int cycles;
    private double pooledSum, pooledDuration;

    /**
     * @param size    cycles kept (the previous size − 1 are pooled with a new one)
     * @param maxAgeS cycles that ended longer ago than this before a new one are not pooled, s
     */
    CyclePool(int size, double maxAgeS) {
        this.maxAgeS = maxAgeS;
        start = new double[size];
        end = new double[size];
        sum = new double[size];
    }

    /** Mean acceleration of the recent cycles before {@code t0}, m/s², or NaN when there are none. */
    double pooledOffset(double t0) {
        sumRecent(t0);
        return pooledDuration > 0 ? pooledSum / pooledDuration : Double.NaN;
    }

    /**
     * The offset for a new cycle [t0, t1] whose acceleration integrates to {@code ownSum} over the
     * {@code ownDurationS} it was sampled for: its mean pooled with the recent cycles, and it joins the pool. An implausibly large own mean means the window is not
     * one periodic cycle (a pause, a dip, a tempo change put its ends at different phases): then the recent
     * cycles' offset is used (0 without any) and the window is not pooled.
     */
    double cycleOffset(double t0, double t1, double ownSum, double ownDurationS) {
        sumRecent(t0);
        double own = ownDurationS > 0 ? ownSum / ownDurationS : 0;
        if (Math.abs(own) > MAX_CYCLE_OFFSET_MPS2) {
            return pooledDuration > 0 ? pooledSum / pooledDuration : 0;
        }
        int slot = cycles % start.length;
        start[slot] = t0;
        end[slot] = t1;
        sum[slot] = ownSum;
        cycles++;
        double total = pooledDuration + ownDurationS;
        return total > 0 ? (pooledSum + ownSum) / total : 0;
    }

    void reset() {
        cycles = 0;
    }

    private void sumRecent(double t0) {
        pooledSum = 0;
        pooledDuration = 0;
        for (int c = Math.max(0, cycles - (start.length - 1)); c < cycles; c++) {
            int i = c % start.length;
            if (t0 - end[i] < maxAgeS) {
                pooledSum += sum[i];
                pooledDuration += end[i] - start[i];
            }
        }
    }
}
