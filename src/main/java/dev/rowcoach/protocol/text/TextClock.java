package dev.rowcoach.protocol.text;

import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.StreamListener;
import dev.rowcoach.sensor.Sample;

/**
 * Turns the time column of successive lines into a device clock: unwraps a 32-bit microsecond counter
 * (Arduino {@code micros()} wraps every 71.6 minutes), reports jumps as gaps and a restart as a device
 * reset, and rejects lines whose time does not increase.
 *
 * <p>A discontinuity (a jump forward beyond the gap threshold, or back by more than
 * {@value #RESET_MIN_US} µs) is only believed once the next line's time continues from it: the sample
 * after it is held for one line. When the next line instead continues the clock from before, the line
 * with the odd time was a corrupt timestamp and is counted as malformed, not turned into a 292,000-year
 * gap. A held sample that nothing follows is counted as malformed too. Times beyond ±{@value #MAX_TIME_US}
 * µs (about 3,000 years) are malformed, so no arithmetic on times can overflow, and a confirmed jump
 * forward of more than {@link Gap#MAX_TIME_JUMP_US} (an hour) is a restart of the clock, not an hour of
 * missing samples.
 *
 * <p>Use: {@link #accept} a line's time, build its sample with the returned time, {@link #deliver} it.
 */
final class TextClock {

    /** Returned by {@link #accept} for a line that must be skipped. */
    static final long REJECTED = Long.MIN_VALUE;

    /** Largest |time| accepted, µs: beyond any epoch time in µs, far from {@code long} overflow. */
    static final double MAX_TIME_US = 1e17;
    private static final long WRAP_US = 1L << 32;
    /** A step back of more than this is a device restart, not a misordered line. */
    private static final long RESET_MIN_US = 1_000_000;
    /** With an estimated (not stated) rate, jumps shorter than this are jitter, not gaps. */
    private static final double ESTIMATED_GAP_MIN_US = 250_000;

    private final StreamListener listener;
    private boolean unwrap32;
    private double periodUs = Double.NaN;
    private double gapThresholdUs = Double.POSITIVE_INFINITY;
    private long wrapOffset;
    private long lastRaw;
    private long last;
    private boolean started;

    /** The discontinuity the last accepted line made, not yet confirmed by the line after it, or null. */
    private Gap suspect;
    /** The sample of the line after {@link #suspect}, held until the next line confirms or refutes it. */
    private Sample held;
    private long heldAt;
    private long heldLength;
    /** Clock state before {@link #suspect}, restored when it turns out to be a corrupt timestamp. */
    private long beforeWrapOffset;
    private long beforeLastRaw;
    private long beforeLast;

    TextClock(StreamListener listener) {
        this.listener = listener;
    }

    /**
     * @param unwrap32     whether the column is a 32-bit µs counter that may wrap
     * @param nominalHz    the stated rate, or null to estimate the period from {@code firstTimesUs}
     * @param firstTimesUs times of the first rows, µs, to estimate the period from
     */
    void configure(boolean unwrap32, Double nominalHz, double[] firstTimesUs) {
        this.unwrap32 = unwrap32;
        if (nominalHz != null) {
            periodUs = 1e6 / nominalHz;
            // Stated rate: three periods missing, or 20 ms of silence, whichever is longer, is a gap.
            gapThresholdUs = Math.max(3 * periodUs, periodUs + 20_000);
        } else {
            double[] steps = new double[Math.max(0, firstTimesUs.length - 1)];
            int n = 0;
            for (int i = 1; i < firstTimesUs.length; i++) {
                double d = firstTimesUs[i] - firstTimesUs[i - 1];
                if (d > 0) {
                    steps[n++] = d;
                }
            }
            periodUs = LayoutResolver.median(java.util.Arrays.copyOf(steps, n));
            // Estimated rate: streams such as BLE deliver in bursts, so only long silences count.
            gapThresholdUs = Double.isNaN(periodUs) ? ESTIMATED_GAP_MIN_US : Math.max(10 * periodUs, ESTIMATED_GAP_MIN_US);
        }
    }

    /**
     * The device time of a line, µs, or {@link #REJECTED} after reporting why. May first settle the
     * line held after a discontinuity (a gap and its sample, or a malformed record).
     */
    long accept(double timeUs, long at, long length) {
        if (!(Math.abs(timeUs) <= MAX_TIME_US)) {
            listener.malformed(new Malformed(at, length, "time out of range"));
            return REJECTED;
        }
        long raw = Math.round(timeUs);
        if (suspect != null) {
            long before = unwrapped(raw, beforeLastRaw, beforeWrapOffset);
            boolean forward = held.timeUs() > beforeLast;
            boolean corrupt = before >= beforeLast && (!forward || before < held.timeUs());
            if (corrupt) {
                listener.malformed(new Malformed(heldAt, heldLength, "time jumped and came back (a corrupt timestamp)"));
                wrapOffset = beforeWrapOffset;
                lastRaw = beforeLastRaw;
                last = beforeLast;
            } else {
                listener.gap(suspect);
                listener.sample(held);
            }
            suspect = null;
            held = null;
        }
        long t = unwrapped(raw, lastRaw, wrapOffset);
        wrapOffset = t - raw;
        if (!started) {
            started = true;
        } else if (t == last) {
            listener.malformed(new Malformed(at, length, "repeated timestamp"));
            return REJECTED;
        } else if (t < last) {
            if (last - t <= RESET_MIN_US) {
                listener.malformed(new Malformed(at, length, "time went backwards"));
                return REJECTED;
            }
            hold(at, length, new Gap(last, raw, -1, Gap.Cause.DEVICE_RESET));
            wrapOffset = 0;
            t = raw;
        } else if (t - last > Gap.MAX_TIME_JUMP_US) {
            hold(at, length, new Gap(last, t, -1, Gap.Cause.DEVICE_RESET));
        } else if (t - last > gapThresholdUs) {
            long missing = Double.isNaN(periodUs) ? -1 : Math.max(0, Math.round((t - last) / periodUs) - 1);
            hold(at, length, new Gap(last, t, missing, Gap.Cause.TIME_JUMP));
        }
        lastRaw = raw;
        last = t;
        return t;
    }

    /** Passes on the sample of the line just {@link #accept}ed, or holds it when that line's time was a jump. */
    void deliver(Sample sample) {
        if (suspect != null && held == null) {
            held = sample;
        } else {
            listener.sample(sample);
        }
    }

    /** End of stream: a sample still held after a jump has nothing to confirm it and is counted as malformed. */
    void finish() {
        if (held != null) {
            listener.malformed(new Malformed(heldAt, heldLength, "time jumps at the last line, nothing after it confirms it"));
            held = null;
            suspect = null;
        }
    }

    private void hold(long at, long length, Gap gap) {
        suspect = gap;
        heldAt = at;
        heldLength = length;
        beforeWrapOffset = wrapOffset;
        beforeLastRaw = lastRaw;
        beforeLast = last;
    }

    private long unwrapped(long raw, long previousRaw, long offset) {
        if (unwrap32 && started && raw < previousRaw && previousRaw - raw > WRAP_US / 2 && previousRaw < WRAP_US) {
            offset += WRAP_US;
        }
        return raw + offset;
    }
}
