package dev.rowcoach.motion;

/**
 * Resamples an irregular stream of 6-channel readings onto a uniform grid by linear interpolation on the
 * device timestamps (the real BLE stream arrives in bursts; treating samples as evenly spaced loses reps).
 * Input faster than the grid is smoothed first by a one-pole low-pass (anti-aliasing).
 *
 * <p>A hole in the data (a burst of lost BLE notifications) longer than {@link #LINEAR_MAX_S} and up to
 * {@code maxGapS} is bridged with the motion's own continuation: a row is periodic, so the readings one cycle
 * earlier are the best guess of the missing ones. The resampler waits for {@link #AFTER_S} of readings after
 * the hole (delaying the grid by that much, around holes only), finds the cycle length that best matches the
 * {@link #BEFORE_S} before the hole and, separately, the readings after it (a lifter's tempo drifts from rep to
 * rep), and fills the hole with the history one cycle earlier, the cycle length moving from the one to the
 * other across the hole (a time warp) and the copy shifted by a linear ramp so that it meets the real readings
 * at both ends. When the history is not periodic enough (correlation below {@link #MIN_CORRELATION}: the first
 * rep after a rest, handling the bar) the hole is interpolated linearly. A longer gap is not bridged: the sink
 * is told to reset and the grid restarts after it. Memory is fixed at construction.
 */
final class UniformResampler {

    /** Receives grid samples. The array is reused: read it during the call only. */
    interface Sink {
        /** One grid sample; {@code filled} when it lies in a bridged hole (an estimate, not a measurement). */
        void grid(double timeS, double[] values, boolean filled);

        /** The stream stopped for {@code gapS} seconds, longer than can be bridged: the grid restarts. */
        void reset(double gapS);
    }

    private static final int CHANNELS = 6;
    /** Input intervals shorter than this are smoothed (input above 200 Hz), s. */
    private static final double ANTI_ALIAS_TAU_S = 0.005;
    /** Holes up to this long are interpolated linearly (a 10 Hz stream), s. */
    static final double LINEAR_MAX_S = 0.1;
    /** The stretch before a hole matched against the history, s. */
    private static final double BEFORE_S = 1.0;
    /** The stretch after a hole waited for and matched against the history, s. */
    static final double AFTER_S = 0.4;
    /** Shortest and longest cycle searched, s (rows take 1–4 s per rep). */
    private static final double CYCLE_MIN_S = 0.8;
    private static final double CYCLE_MAX_S = 5.0;
    /** After the hole the cycle may differ from the one before it by this factor at most (tempo drift). */
    private static final double TEMPO_DRIFT = 1.25;
    /** A stretch must correlate at least this well with the history one cycle earlier to be copied. */
    private static final double MIN_CORRELATION = 0.6;
    /** Readings held while waiting after a hole (flushed early when full: a very fast stream). */
    private static final int HELD_MAX = 2048;

    private final double periodS;
    private final double maxGapS;
    private final Sink sink;
    private final double[] previous = new double[CHANNELS];
    private final double[] smoothed = new double[CHANNELS];
    private final double[] out = new double[CHANNELS];
    private final double[] startMismatch = new double[CHANNELS];
    private final double[] endMismatch = new double[CHANNELS];
    private final double[] template = new double[CHANNELS];
    /** The last grid samples, channel-major ring: history[c][k % historyLength]. */
    private final double[][] history;
    private final int historyLength;
    private final int beforeN, lagMinN, lagMaxN;
    /** Readings after a hole, waiting for the bridge: time and the 6 (smoothed) channels. */
    private final double[] heldT = new double[HELD_MAX];
    private final double[][] heldX = new double[CHANNELS][HELD_MAX];
    /** The grid after a hole, interpolated from the held readings. */
    private final double[] afterT;
    private final double[][] afterX;
    private int held;
    private boolean holding;
    private double holeStartT;
    private final double[] holeStartX = new double[CHANNELS];
    private long gridCount;
    private boolean started;
    private double previousT;
    private double nextGridT;

    UniformResampler(double periodS, double maxGapS, Sink sink) {
        this.periodS = periodS;
        this.maxGapS = maxGapS;
        this.sink = sink;
        this.beforeN = (int) Math.round(BEFORE_S / periodS);
        // The copy must come from before the hole for every point of the hole and of the stretch after it.
        this.lagMinN = (int) Math.ceil(Math.max(CYCLE_MIN_S, maxGapS + AFTER_S + 0.1) / periodS);
        this.lagMaxN = (int) Math.round(CYCLE_MAX_S / periodS);
        int afterN = (int) Math.ceil((AFTER_S + 0.2) / periodS) + 2;
        this.afterT = new double[afterN];
        this.afterX = new double[CHANNELS][afterN];
        this.historyLength = lagMaxN + beforeN + (int) Math.ceil((maxGapS + AFTER_S) / periodS) + 8;
        this.history = new double[CHANNELS][historyLength];
    }

    /** One reading at stream time {@code t} (s, increasing). {@code x} is read, not kept. */
    void push(double t, double[] x) {
        double dt = t - previousT;
        if (!started || dt > maxGapS) {
            if (started) {
                finish();
                sink.reset(dt);
            }
            gridCount = 0;
            System.arraycopy(x, 0, smoothed, 0, CHANNELS);
            nextGridT = Math.ceil(t / periodS) * periodS;
            if (nextGridT == t) {
                System.arraycopy(smoothed, 0, out, 0, CHANNELS);
                emit(t, false);
                nextGridT += periodS;
            }
            started = true;
        } else {
            if (dt < ANTI_ALIAS_TAU_S) {
                double k = dt / ANTI_ALIAS_TAU_S;
                for (int c = 0; c < CHANNELS; c++) {
                    smoothed[c] += k * (x[c] - smoothed[c]);
                }
            } else {
                System.arraycopy(x, 0, smoothed, 0, CHANNELS);
            }
            if (holding && (dt > LINEAR_MAX_S || t - heldT[0] >= AFTER_S || held == HELD_MAX)) {
                bridge();
            }
            if (holding) {
                hold(t);
            } else if (dt > LINEAR_MAX_S && nextGridT <= t && gridCount >= lagMinN + beforeN) {
                holding = true;
                holeStartT = previousT;
                System.arraycopy(previous, 0, holeStartX, 0, CHANNELS);
                held = 0;
                hold(t);
            } else {
                interpolate(t, dt, dt > LINEAR_MAX_S);
            }
        }
        System.arraycopy(smoothed, 0, previous, 0, CHANNELS);
        previousT = t;
    }

    /** End of the stream (or of a run of its clock): a hole still waiting for what follows it is bridged now. */
    void finish() {
        if (holding) {
            bridge();
        }
    }

    void reset() {
        finish();
        started = false;
    }

    private void hold(double t) {
        heldT[held] = t;
        for (int c = 0; c < CHANNELS; c++) {
            heldX[c][held] = smoothed[c];
        }
        held++;
    }

    /** Grid samples up to {@code t} by linear interpolation from {@code previous} to {@code smoothed}. */
    private void interpolate(double t, double dt, boolean hole) {
        while (nextGridT <= t) {
            double w = (nextGridT - previousT) / dt;
            for (int c = 0; c < CHANNELS; c++) {
                out[c] = previous[c] + w * (smoothed[c] - previous[c]);
            }
            emit(nextGridT, hole && nextGridT < t);
            nextGridT += periodS;
        }
    }

    /**
     * Emits the hole from {@code holeStartT} to the first held reading, then the grid over the held readings.
     */
    private void bridge() {
        holding = false;
        double holeEndT = heldT[0];
        int afterN = 0;
        double firstAfter = nextGridT;
        while (firstAfter < holeEndT) {
            firstAfter += periodS;
        }
        for (double g = firstAfter; g <= heldT[held - 1] && afterN < afterT.length; g += periodS) {
            afterT[afterN] = g;
            heldAt(g, afterN);
            afterN++;
        }
        int lagBefore = bestLag(-1, 0, 0);
        int lagAfter = lagBefore < 0 || afterN < 3 ? lagBefore
                : bestLag(afterN, (int) Math.floor(lagBefore / TEMPO_DRIFT), (int) Math.ceil(lagBefore * TEMPO_DRIFT));
        if (lagAfter < 0) {
            lagAfter = lagBefore;
        }
        double dt = holeEndT - holeStartT;
        if (lagBefore < 0) {
            for (int c = 0; c < CHANNELS; c++) {
                startMismatch[c] = holeStartX[c];
                endMismatch[c] = heldX[c][0];
            }
            while (nextGridT < holeEndT) {
                double w = (nextGridT - holeStartT) / dt;
                for (int c = 0; c < CHANNELS; c++) {
                    out[c] = startMismatch[c] + w * (endMismatch[c] - startMismatch[c]);
                }
                emit(nextGridT, true);
                nextGridT += periodS;
            }
        } else {
            double beforeS = lagBefore * periodS, afterS = lagAfter * periodS;
            historyAt(holeStartT - beforeS, startMismatch);
            historyAt(holeEndT - afterS, endMismatch);
            for (int c = 0; c < CHANNELS; c++) {
                startMismatch[c] = holeStartX[c] - startMismatch[c];
                endMismatch[c] = heldX[c][0] - endMismatch[c];
            }
            while (nextGridT < holeEndT) {
                double w = (nextGridT - holeStartT) / dt;
                historyAt(nextGridT - (beforeS + w * (afterS - beforeS)), out);
                for (int c = 0; c < CHANNELS; c++) {
                    out[c] += startMismatch[c] + w * (endMismatch[c] - startMismatch[c]);
                }
                emit(nextGridT, true);
                nextGridT += periodS;
            }
        }
        for (int k = 0; k < afterN; k++) {
            for (int c = 0; c < CHANNELS; c++) {
                out[c] = afterX[c][k];
            }
            emit(afterT[k], false);
        }
        nextGridT = afterN > 0 ? afterT[afterN - 1] + periodS : nextGridT;
    }

    /** The held readings linearly interpolated at {@code g} (within their span) into column {@code k} of the after-grid. */
    private void heldAt(double g, int k) {
        int i = 1;
        while (i < held - 1 && heldT[i] < g) {
            i++;
        }
        int j = Math.max(0, i - 1);
        double span = heldT[i] - heldT[j];
        double w = span > 0 ? Math.min(1, Math.max(0, (g - heldT[j]) / span)) : 0;
        for (int c = 0; c < CHANNELS; c++) {
            afterX[c][k] = heldX[c][j] + w * (heldX[c][Math.min(i, held - 1)] - heldX[c][j]);
        }
    }

    /**
     * The lag, in grid steps within [{@code fromN}, {@code toN}] (0, 0: the whole cycle range), at which a
     * stretch best matches the history (normalised correlation over all channels, each about its own mean), or
     * -1 when no lag matches well enough. The stretch is the last {@link #BEFORE_S} of grid samples when
     * {@code afterN} is negative, else the first {@code afterN} samples of the after-grid.
     */
    private int bestLag(int afterN, int fromN, int toN) {
        int heldGrid = (int) Math.min(gridCount, historyLength);
        int lo = fromN > 0 ? Math.max(lagMinN, fromN) : lagMinN;
        int hi = Math.min(toN > 0 ? toN : lagMaxN, lagMaxN);
        double best = MIN_CORRELATION;
        int bestLag = -1;
        for (int lag = lo; lag <= hi; lag++) {
            double r;
            if (afterN < 0) {
                if (lag + beforeN > heldGrid) {
                    break;
                }
                r = correlationBefore(gridCount - beforeN, gridCount - beforeN - lag);
            } else {
                double lastGridT = nextGridT - periodS;
                if ((lastGridT - (afterT[0] - lag * periodS)) / periodS > heldGrid - 2) {
                    break;
                }
                r = correlationAfter(afterN, lag * periodS);
            }
            if (r > best) {
                best = r;
                bestLag = lag;
            }
        }
        return bestLag;
    }

    private double correlationBefore(long a, long b) {
        double sab = 0, saa = 0, sbb = 0;
        for (int c = 0; c < CHANNELS; c++) {
            double[] h = history[c];
            double ma = 0, mb = 0;
            for (int k = 0; k < beforeN; k++) {
                ma += h[(int) ((a + k) % historyLength)];
                mb += h[(int) ((b + k) % historyLength)];
            }
            ma /= beforeN;
            mb /= beforeN;
            for (int k = 0; k < beforeN; k++) {
                double da = h[(int) ((a + k) % historyLength)] - ma;
                double db = h[(int) ((b + k) % historyLength)] - mb;
                sab += da * db;
                saa += da * da;
                sbb += db * db;
            }
        }
        return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
    }

    private double correlationAfter(int n, double lagS) {
        double sab = 0, saa = 0, sbb = 0;
        for (int c = 0; c < CHANNELS; c++) {
            double ma = 0, mb = 0;
            for (int k = 0; k < n; k++) {
                ma += afterX[c][k];
                historyAt(afterT[k] - lagS, template);
                mb += template[c];
            }
            ma /= n;
            mb /= n;
            for (int k = 0; k < n; k++) {
                historyAt(afterT[k] - lagS, template);
                double da = afterX[c][k] - ma;
                double db = template[c] - mb;
                sab += da * db;
                saa += da * da;
                sbb += db * db;
            }
        }
        return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
    }

    /** The grid history linearly interpolated at {@code timeS} (clamped to what is held), into {@code into}. */
    private void historyAt(double timeS, double[] into) {
        // Grid sample k of the current run lies at lastGridT - (gridCount - 1 - k) * periodS.
        double lastGridT = nextGridT - periodS;
        double back = Math.max(0, (lastGridT - timeS) / periodS);
        long k0 = gridCount - 1 - (long) Math.ceil(back);
        double w = Math.ceil(back) - back;
        long k1 = Math.min(k0 + 1, gridCount - 1);
        long oldest = gridCount - Math.min(gridCount, historyLength);
        k0 = Math.max(k0, oldest);
        k1 = Math.max(k1, oldest);
        for (int c = 0; c < CHANNELS; c++) {
            double v0 = history[c][(int) (k0 % historyLength)];
            double v1 = history[c][(int) (k1 % historyLength)];
            into[c] = v0 + w * (v1 - v0);
        }
    }

    private void emit(double timeS, boolean filled) {
        int i = (int) (gridCount % historyLength);
        for (int c = 0; c < CHANNELS; c++) {
            history[c][i] = out[c];
        }
        gridCount++;
        sink.grid(timeS, out, filled);
    }
}
