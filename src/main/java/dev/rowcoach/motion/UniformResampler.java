package dev.rowcoach.motion;

/**
 * Resamples an irregular stream of 6-channel readings onto a uniform grid by linear interpolation on the
 * device timestamps (the real BLE stream arrives in bursts; treating samples as evenly spaced loses reps).
 * Input faster than the grid is smoothed first by a one-pole low-pass (anti-aliasing). A gap longer than
 * {@code maxGapS} is not bridged: the sink is told to reset and the grid restarts after the gap.
 */
final class UniformResampler {

    /** Receives grid samples. The array is reused: read it during the call only. */
    interface Sink {
        void grid(double timeS, double[] values);

        void reset();
    }

    private static final int CHANNELS = 6;
    /** Input intervals shorter than this are smoothed (input above 200 Hz), s. */
    private static final double ANTI_ALIAS_TAU_S = 0.005;

    private final double periodS;
    private final double maxGapS;
    private final Sink sink;
    private final double[] previous = new double[CHANNELS];
    private final double[] smoothed = new double[CHANNELS];
    private final double[] out = new double[CHANNELS];
    private boolean started;
    private double previousT;
    private double nextGridT;

    UniformResampler(double periodS, double maxGapS, Sink sink) {
        this.periodS = periodS;
        this.maxGapS = maxGapS;
        this.sink = sink;
    }

    /** One reading at stream time {@code t} (s, increasing). {@code x} is read, not kept. */
    void push(double t, double[] x) {
        double dt = t - previousT;
        if (!started || dt > maxGapS) {
            if (started) {
                sink.reset();
            }
            System.arraycopy(x, 0, smoothed, 0, CHANNELS);
            nextGridT = Math.ceil(t / periodS) * periodS;
            if (nextGridT == t) {
                System.arraycopy(smoothed, 0, out, 0, CHANNELS);
                sink.grid(t, out);
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
            while (nextGridT <= t) {
                double w = (nextGridT - previousT) / dt;
                for (int c = 0; c < CHANNELS; c++) {
                    out[c] = previous[c] + w * (smoothed[c] - previous[c]);
                }
                sink.grid(nextGridT, out);
                nextGridT += periodS;
            }
        }
        System.arraycopy(smoothed, 0, previous, 0, CHANNELS);
        previousT = t;
    }

    void reset() {
        started = false;
    }
}
