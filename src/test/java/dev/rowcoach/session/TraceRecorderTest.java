package dev.rowcoach.session;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The velocity trace kept for each set: bounded in points and in memory, holes kept as breaks. */
class TraceRecorderTest {

    private static final double GRID_S = 0.01;

    /** Feeds a 0.5 Hz sine of amplitude 0.6 m/s on the 100 Hz grid from {@code fromS} to {@code toS}. */
    private static void feed(TraceRecorder r, double fromS, double toS) {
        for (long i = Math.round(fromS / GRID_S); i * GRID_S < toS; i++) {
            r.step(i * GRID_S, 0.6 * Math.sin(Math.PI * i * GRID_S));
        }
    }

    @Test
    void aShortStretchKeepsEveryBinAndItsShape() {
        TraceRecorder r = new TraceRecorder();
        feed(r, 0, 10);
        VelocityTrace t = r.between(2, 8);
        assertEquals(150, t.size(), 1, "25 bins a second");
        double peak = 0;
        for (int i = 0; i < t.size(); i++) {
            assertEquals(0.6 * Math.sin(Math.PI * t.timeS(i)), t.velocityMps(i), 0.01, "bin " + i);
            peak = Math.max(peak, t.velocityMps(i));
        }
        assertTrue(peak > 0.59, "the peak survives binning: " + peak);
    }

    @Test
    void aLongSetIsDecimatedToTheBoundAndAHoleStaysABreak() {
        TraceRecorder r = new TraceRecorder();
        r.keepFrom(0); // a set open from the start
        feed(r, 0, 40);
        feed(r, 40.5, 200); // half a second of nothing: the motion core restarted
        VelocityTrace t = r.between(0, 200);
        assertTrue(t.size() <= VelocityTrace.MAX_POINTS && t.size() > VelocityTrace.MAX_POINTS - 10, "points: " + t.size());
        int breaks = 0;
        for (int i = 0; i < t.size(); i++) {
            if (Double.isNaN(t.velocityMps(i))) {
                breaks++;
                assertTrue(t.timeS(i) > 39.5 && t.timeS(i) < 41, "the break is at the hole: " + t.timeS(i));
            }
        }
        assertEquals(1, breaks);
    }

    @Test
    void withoutAnOpenSetOnlyTheRecentPastIsKept() {
        TraceRecorder r = new TraceRecorder();
        feed(r, 0, 3600); // an hour with no set
        VelocityTrace old = r.between(0, 3000);
        VelocityTrace recent = r.between(3600 - TraceRecorder.IDLE_KEEP_S + 1, 3600);
        assertEquals(0, old.size(), "an hour ago is gone");
        assertTrue(recent.size() > 0);
        r.keepFrom(3590);
        feed(r, 3600, 3900); // a five-minute set from 3590 s: all of it is kept
        // Decimated 16 bins to a point: the first point is the mean time of 3590.00–3590.60 s.
        assertEquals(3590.3, r.between(3590, 3900).timeS(0), 0.05);
    }
}
