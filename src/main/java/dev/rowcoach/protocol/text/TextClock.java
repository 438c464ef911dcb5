package dev.rowcoach.protocol.text;

import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.StreamListener;

/**
 * Turns the time column of successive lines into a device clock: unwraps a 32-bit microsecond counter
 * (Arduino {@code micros()} wraps every 71.6 minutes), reports jumps as gaps and a restart as a device
 * reset, and rejects lines whose time does not increase.
 */
final class TextClock {

    /** Returned by {@link #accept} for a line that must be skipped. */
    static final long REJECTED = Long.MIN_VALUE;

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

    /** The device time of a line, µs, or {@link #REJECTED} after reporting why. */
    long accept(double timeUs, long at, long length) {
        long raw = Math.round(timeUs);
        if (unwrap32 && started && raw < lastRaw && lastRaw - raw > WRAP_US / 2 && lastRaw < WRAP_US) {
            wrapOffset += WRAP_US;
        }
        long t = raw + wrapOffset;
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
            wrapOffset = 0;
            t = raw;
            listener.gap(new Gap(last, t, -1, Gap.Cause.DEVICE_RESET));
        } else if (t - last > gapThresholdUs) {
            long missing = Double.isNaN(periodUs) ? -1 : Math.max(0, Math.round((t - last) / periodUs) - 1);
            listener.gap(new Gap(last, t, missing, Gap.Cause.TIME_JUMP));
        }
        lastRaw = raw;
        last = t;
        return t;
    }
}
