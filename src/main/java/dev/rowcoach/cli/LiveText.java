package dev.rowcoach.cli;

import dev.rowcoach.coach.Guidance;
import dev.rowcoach.coach.TrainingReview;
import dev.rowcoach.coach.WeekSummary;
import dev.rowcoach.live.LiveCounts;
import dev.rowcoach.live.LiveListener;
import dev.rowcoach.live.LiveTime;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.session.RepReport;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.session.SetReport;
import dev.rowcoach.session.SetSummary;

import java.io.PrintWriter;
import java.util.Locale;

/** {@code live} on screen: connection changes, one line per rep as soon as it is confirmed, a summary per set. */
final class LiveText implements LiveListener {

    private final PrintWriter out;
    private double shownRate = Double.NaN;

    LiveText(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void connected(LiveTime at, String source, boolean again) {
        line(again ? "reconnected to %s" : "connected to %s (q + Enter or Ctrl-C ends the session)", source);
    }

    @Override
    public void disconnected(LiveTime at, String reason) {
        line("DISCONNECTED: %s; retrying, the session and the recording go on", reason);
    }

    @Override
    public void protocol(LiveTime at, WireFormat format, String recording) {
        line("receiving %s%s", format.id(), recording == null ? ", not recording" : ", recording to " + recording);
    }

    /** Shown when it first becomes known and whenever it changes by more than 10 %. */
    @Override
    public void status(LiveTime at, double samplesPerS, long bytes) {
        if (Double.isNaN(shownRate) || Math.abs(samplesPerS - shownRate) > 0.1 * shownRate) {
            shownRate = samplesPerS;
            line("receiving %.0f samples/s", samplesPerS);
        }
    }

    @Override
    public void gap(LiveTime at, Gap gap, Double durationS) {
        if (durationS == null) {
            line("the sensor restarted (its clock began again)");
        } else {
            line("gap of %.3f s in the data (%s%s)", durationS, gap.cause().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    gap.missingSamples() >= 0 ? ", " + gap.missingSamples() + " samples" : "");
        }
    }

    @Override
    public void rep(LiveTime at, int setIndex, RepReport r, boolean revised) {
        line("set %d rep %2d  ROM %s cm  mean %s m/s  peak %s m/s  grade %s%s", setIndex, r.index(),
                number(r.romM() * 100, 1), number(r.meanConcentricVelocityMps(), 2),
                number(r.peakConcentricVelocityMps(), 2), r.grade() == null ? "-" : r.grade().word(),
                revised ? "  (measured again)" : "");
    }

    @Override
    public void repDiscarded(LiveTime at, int setIndex, RepReport rep, String reason) {
        line("set %d rep %d withdrawn: %s", setIndex, rep.index(), reason);
    }

    @Override
    public void set(LiveTime at, SetReport set) {
        SetSummary s = set.summary();
        line("set %d done: %d reps, mean %s m/s, best %s m/s, velocity loss %s %% (from %s)", set.index(), s.reps(),
                number(s.meanVelocityMps(), 2), number(s.bestVelocityMps(), 2), number(s.velocityLossPct(), 1),
                s.velocity().source());
        if (s.velocity().differs()) {
            line("set %d: %s", set.index(), s.velocity().note());
        }
    }

    @Override
    public void warning(LiveTime at, String message) {
        line("warning: %s", message);
    }

    @Override
    public void ended(LiveTime at, SessionReport report, LiveCounts c, String why) {
        line("session ended (%s): %d bytes, %d samples, %d sets, %d reps%s%s", why, c.bytes(), c.samples(),
                report == null ? 0 : report.sets().size(),
                report == null ? 0 : report.sets().stream().mapToInt(s -> s.reps().size()).sum(),
                c.disconnects() > 0 ? ", " + c.disconnects() + " disconnection(s)" : "",
                c.droppedBytes() > 0 ? ", " + c.droppedBytes() + " bytes lost before analysis" : "");
    }

    @Override
    public void coaching(LiveTime at, TrainingReview review) {
        WeekSummary w = review.week();
        if (w != null) {
            line("week %s: %d hard %s of rows so far, %s the %d–%d of the guidance", w.week(), w.hardSets(),
                    w.hardSets() == 1 ? "set" : "sets", w.standing(), WeekSummary.GUIDANCE_MIN_SETS,
                    WeekSummary.GUIDANCE_MAX_SETS);
        }
        for (Guidance g : review.guidance()) {
            line("  > %s [%s; %s]", g.message(), g.ruleId(), g.source());
        }
    }

    private static String number(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "?";
    }

    private void line(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
        out.flush();
    }
}
