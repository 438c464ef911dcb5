package dev.rowcoach.lab.sim;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The rows of a simulated file: when each is time-stamped, which sensor sample's values it carries, and
 * which are left out of the file. Stamps are µs since the device clock's value at the session start;
 * sensor samples are taken at {@code valueS} (session seconds) and numbered by {@code source}, so rows
 * that share a source repeat the same values (a BLE link re-sending the newest sample).
 */
final class SampleSchedule {

    private final long[] stampUs;
    private final double[] valueS;
    private final int[] source;
    private final boolean[] dropped;
    private final int samplesPerFrame;

    private SampleSchedule(long[] stampUs, double[] valueS, int[] source, int samplesPerFrame) {
        this.stampUs = stampUs;
        this.valueS = valueS;
        this.source = source;
        this.dropped = new boolean[stampUs.length];
        this.samplesPerFrame = samplesPerFrame;
    }

    /** A sample every {@code periodUs} from 0 to {@code durationS}, grouped {@code samplesPerFrame} to a frame. */
    static SampleSchedule regular(long periodUs, double durationS, int samplesPerFrame) {
        int n = (int) Math.floor(durationS * 1e6 / periodUs) + 1;
        long[] stamps = new long[n];
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            stamps[k] = k * periodUs;
            values[k] = stamps[k] / 1e6;
        }
        return new SampleSchedule(stamps, values, identity(n), samplesPerFrame);
    }

    /** Samples at exactly k / rate (the clock a WitMotion decoder rebuilds), stamped to the nearest µs. */
    static SampleSchedule exact(double rateHz, double durationS) {
        int n = (int) Math.floor(durationS * rateHz) + 1;
        long[] stamps = new long[n];
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            values[k] = k / rateHz;
            stamps[k] = Math.round(k * 1e6 / rateHz);
        }
        return new SampleSchedule(stamps, values, identity(n), 1);
    }

    /**
     * Samples near k / rate, each displaced by up to ±{@code jitter} of a period (uniform), and stamped when
     * they were really taken, to the µs (a board stamping each reading with {@code micros()}).
     */
    static SampleSchedule jittered(double rateHz, double durationS, double jitter, SplittableRandom rnd) {
        int n = (int) Math.floor(durationS * rateHz) + 1;
        long[] stamps = new long[n];
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            double t = (k + (k == 0 ? 0 : Rand.uniform(rnd, -jitter, jitter))) / rateHz;
            values[k] = t;
            stamps[k] = Math.round(t * 1e6);
        }
        return new SampleSchedule(stamps, values, identity(n), 1);
    }

    /**
     * A BLE link: the sensor samples at {@code rateHz}; each connection interval (20–35 ms, ±10 % jitter) the
     * host logs 1–3 lines 3–4 ms apart, each with the newest sample taken at least the link latency (0–5 ms)
     * before, stamped in whole milliseconds.
     */
    static SampleSchedule ble(double rateHz, double durationS, SplittableRandom rnd) {
        double interval = Rand.uniform(rnd, 0.020, 0.035);
        double latency = Rand.uniform(rnd, 0, 0.005);
        int capacity = (int) (durationS / 0.018 * 3) + 8;
        long[] stamps = new long[capacity];
        double[] values = new double[capacity];
        int[] sources = new int[capacity];
        int n = 0;
        double event = 0;
        while (event <= durationS) {
            int lines = 1 + (int) Math.min(2, Math.floor(3 * Math.pow(rnd.nextDouble(), 0.6)));
            double at = event;
            for (int j = 0; j < lines && at <= durationS; j++) {
                long ms = (long) Math.floor(at * 1000);
                int src = Math.max(0, (int) Math.floor((at - latency) * rateHz));
                stamps[n] = ms * 1000;
                sources[n] = src;
                values[n] = src / rateHz;
                n++;
                at += Rand.uniform(rnd, 0.003, 0.004);
            }
            event += interval * Rand.uniform(rnd, 0.9, 1.1);
        }
        return new SampleSchedule(Arrays.copyOf(stamps, n), Arrays.copyOf(values, n), Arrays.copyOf(sources, n), 1);
    }

    /**
     * Leaves out whole frames: each with probability {@code probability} (never the first two or the last
     * two), and every frame with a row stamped inside one of {@code windows} ({start, end} session seconds).
     */
    void drop(double probability, List<double[]> windows, SplittableRandom rnd) {
        int frames = (stampUs.length + samplesPerFrame - 1) / samplesPerFrame;
        for (int f = 0; f < frames; f++) {
            boolean random = probability > 0 && f >= 2 && f < frames - 2 && Rand.chance(rnd, probability);
            int from = f * samplesPerFrame;
            int to = Math.min(stampUs.length, from + samplesPerFrame);
            boolean inWindow = false;
            for (int i = from; i < to && !inWindow; i++) {
                inWindow = inside(stampUs[i] / 1e6, windows);
            }
            if (random || inWindow) {
                Arrays.fill(dropped, from, to, true);
            }
        }
    }

    /**
     * Leaves out bursts of rows, as a BLE link loses runs of notifications: {@code holesPer30s} holes per 30 s on
     * average (exponential intervals, at least 0.2 s apart), each 0.2–0.45 s long (uniform), never in the first
     * or last second.
     */
    void dropBursts(double holesPer30s, SplittableRandom rnd) {
        if (holesPer30s <= 0 || stampUs.length == 0) {
            return;
        }
        double endS = stampUs[stampUs.length - 1] / 1e6 - 1;
        double meanGapS = 30 / holesPer30s;
        double t = 1;
        int i = 0;
        while (true) {
            t += 0.2 - (meanGapS - 0.2) * Math.log(1 - rnd.nextDouble());
            double holeEnd = t + Rand.uniform(rnd, 0.2, 0.45);
            if (holeEnd > endS) {
                return;
            }
            while (i < stampUs.length && stampUs[i] / 1e6 < t) {
                i++;
            }
            while (i < stampUs.length && stampUs[i] / 1e6 < holeEnd) {
                dropped[i++] = true;
            }
            t = holeEnd;
        }
    }

    private static boolean inside(double t, List<double[]> windows) {
        for (double[] w : windows) {
            if (t >= w[0] && t < w[1]) {
                return true;
            }
        }
        return false;
    }

    /** Number of rows, written or not. */
    int size() {
        return stampUs.length;
    }

    /** Stamp of row {@code i}, µs after the clock's value at the session start. */
    long stampUs(int i) {
        return stampUs[i];
    }

    /** When the values of row {@code i} were measured, session seconds. */
    double valueS(int i) {
        return valueS[i];
    }

    /** Which sensor sample row {@code i} carries; rows with equal sources repeat values. */
    int source(int i) {
        return source[i];
    }

    boolean dropped(int i) {
        return dropped[i];
    }

    int samplesPerFrame() {
        return samplesPerFrame;
    }

    private static int[] identity(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }
}
