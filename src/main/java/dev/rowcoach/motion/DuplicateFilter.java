package dev.rowcoach.motion;

import dev.rowcoach.sensor.Sample;

/**
 * Drops transport duplicates: a BLE stream re-sends the last reading with a new timestamp (about a fifth
 * of the rows in the real recordings, always within 4 ms of the original). A sample whose six values equal
 * the previous accepted sample's, arriving within {@code windowS} of it, is such a re-send; a repeat after
 * that is a reading (a quantised sensor at rest legitimately repeats itself) and is kept, because dropping
 * it would leave a hole the resampler bridges by interpolation, smearing the next movement early.
 */
final class DuplicateFilter {

    private final double windowS;
    private boolean has;
    private double t;
    private double ax, ay, az, gx, gy, gz;

    DuplicateFilter(double windowS) {
        this.windowS = windowS;
    }

    /** Whether the sample at stream time {@code timeS} carries a new reading. */
    boolean accept(double timeS, Sample s) {
        if (has && timeS <= t) {
            return false;
        }
        boolean same = has && s.ax() == ax && s.ay() == ay && s.az() == az
                && Double.compare(s.gx(), gx) == 0 && Double.compare(s.gy(), gy) == 0 && Double.compare(s.gz(), gz) == 0;
        if (same && timeS - t < windowS) {
            return false;
        }
        has = true;
        t = timeS;
        ax = s.ax();
        ay = s.ay();
        az = s.az();
        gx = s.gx();
        gy = s.gy();
        gz = s.gz();
        return true;
    }

    void reset() {
        has = false;
    }
}
