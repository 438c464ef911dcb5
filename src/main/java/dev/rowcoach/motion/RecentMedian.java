package dev.rowcoach.motion;

import java.util.Arrays;

/**
 * The median of the last few values added (a tiny fixed window; sorting a copy of ≤ 10 values is cheap, and it is
 * sorted again only after a change: the detector reads its trigger's median on every sample).
 */
final class RecentMedian {

    private final double[] values;
    private final double[] sorted;
    private int count;
    /** The median of what is held, or NaN until it is computed again after a change. */
    private double median = Double.NaN;

    RecentMedian(int window) {
        values = new double[window];
        sorted = new double[window];
    }

    void add(double value) {
        values[count % values.length] = value;
        count++;
        median = Double.NaN;
    }

    /** How many values are held (at most the window). */
    int size() {
        return Math.min(count, values.length);
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** The median of what is held; NaN when empty. */
    double median() {
        int n = Math.min(count, values.length);
        if (n == 0 || !Double.isNaN(median)) {
            return median;
        }
        System.arraycopy(values, 0, sorted, 0, n);
        Arrays.sort(sorted, 0, n);
        median = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
        return median;
    }

    void clear() {
        count = 0;
        median = Double.NaN;
    }
}
