package dev.rowcoach.motion;

/** Pure functions over sampled series held in arrays (the first {@code n} values are used). */
final class Series {

    private Series() {
    }

    /** Trapezoidal integral of {@code acc − offset} with step {@code dt}, starting at zero, into {@code out}. */
    static void integrate(double[] acc, double offset, double[] out, int n, double dt) {
        out[0] = 0;
        for (int i = 1; i < n; i++) {
            out[i] = out[i - 1] + 0.5 * (acc[i] + acc[i - 1] - 2 * offset) * dt;
        }
    }

    /** Subtracts from all {@code n} values the mean of {@code x[from..to]}. */
    static void subtractMean(double[] x, int from, int to, int n) {
        double mean = mean(x, from, to, -1, -1);
        for (int i = 0; i < n; i++) {
            x[i] -= mean;
        }
    }

    /** Mean of x over [from1, to1] and, when from2 ≥ 0, [from2, to2]; 0 when both are empty. */
    static double mean(double[] x, int from1, int to1, int from2, int to2) {
        double sum = 0;
        int count = 0;
        for (int i = from1; i <= to1; i++) {
            sum += x[i];
            count++;
        }
        for (int i = from2; from2 >= 0 && i <= to2; i++) {
            sum += x[i];
            count++;
        }
        return count > 0 ? sum / count : 0;
    }

    /** Where {@code v} crosses zero between samples i and j (linear interpolation), in {@code t}'s unit. */
    static double crossing(double[] t, double[] v, int i, int j) {
        double dv = v[j] - v[i];
        return dv == 0 ? t[i] : t[i] + (t[j] - t[i]) * (-v[i] / dv);
    }
}
