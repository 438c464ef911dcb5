package dev.rowcoach.fuzz;

import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.StreamListener;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.source.StreamStats;

import java.util.ArrayList;
import java.util.List;

/**
 * What every decoder promises the analysis (docs/RELIABILITY.md), checked on its raw output, before any
 * {@link dev.rowcoach.source.StreamGuard}: finite values (a gyroscope all or nothing), device time that
 * increases within a run of the clock (a step back only after a reported device reset), gaps that do not
 * end before they start, and a stream duration that is finite, not negative and below a year. Throws
 * {@link AssertionError} on the first broken promise; records the events so chunkings can be compared.
 */
final class Invariants implements StreamListener {

    /** Longer than any session could be, s; a duration beyond it is a broken clock. */
    static final double MAX_DURATION_S = 365 * 24 * 3600.0;

    final List<Object> events = new ArrayList<>();
    final StreamStats stats = new StreamStats();
    private long lastUs;
    private boolean started;
    private boolean reset;

    @Override
    public void sample(Sample s) {
        check(Double.isFinite(s.ax()) && Double.isFinite(s.ay()) && Double.isFinite(s.az()), "non-finite acceleration", s);
        boolean none = Double.isNaN(s.gx()) && Double.isNaN(s.gy()) && Double.isNaN(s.gz());
        check(none || Double.isFinite(s.gx()) && Double.isFinite(s.gy()) && Double.isFinite(s.gz()), "non-finite angular rate", s);
        check(!started || s.timeUs() > lastUs || reset, "time " + s.timeUs() + " after " + lastUs + " without a reset", s);
        started = true;
        reset = false;
        lastUs = s.timeUs();
        events.add(s);
        stats.sample(s);
        check(Double.isFinite(stats.durationS()) && stats.durationS() >= 0 && stats.durationS() < MAX_DURATION_S,
                "duration " + stats.durationS() + " s", s);
    }

    @Override
    public void gap(Gap g) {
        check(g.cause() == Gap.Cause.DEVICE_RESET || g.endUs() >= g.startUs(), "a gap that ends before it starts", g);
        reset |= g.cause() == Gap.Cause.DEVICE_RESET;
        events.add(g);
        stats.gap(g);
        StreamStats.GapSpan last = stats.gaps().get(stats.gaps().size() - 1);
        check(last.endS() >= last.startS() && last.endS() - last.startS() < MAX_DURATION_S, "gap span " + last, g);
    }

    @Override
    public void malformed(Malformed m) {
        check(m.reason() != null && !m.reason().isBlank(), "malformed without a reason", m);
        events.add(m);
    }

    @Override
    public void notice(String message) {
        events.add(message);
    }

    private static void check(boolean ok, String what, Object at) {
        if (!ok) {
            throw new AssertionError(what + ": " + at);
        }
    }
}
