package dev.rowcoach.report;

import java.util.Locale;

/**
 * The plain-text form of a {@link SessionReport}: the source, then per set a header, one line per rep and
 * the summary, then the warnings. No colour; lines end with {@code \n}.
 */
public final class ReportText {

    private static final String REP_HEADER = "  rep   ROM cm   mean m/s   peak m/s   conc s    ecc s   conf";

    private ReportText() {
    }

    public static String render(SessionReport report) {
        StringBuilder b = new StringBuilder();
        SourceInfo s = report.source();
        row(b, "file", s.path());
        row(b, "source", describe(s));
        row(b, "exercise", report.exercise());
        row(b, "load", load(report.loadKg()));
        if (report.sets().isEmpty()) {
            b.append("\nno sets found\n");
        }
        for (SetReport set : report.sets()) {
            b.append('\n');
            appendSet(b, set);
        }
        if (!report.warnings().isEmpty()) {
            b.append("\nwarnings\n");
            for (String w : report.warnings()) {
                b.append("  - ").append(w).append('\n');
            }
        }
        return b.toString();
    }

    private static void appendSet(StringBuilder b, SetReport set) {
        b.append(String.format(Locale.ROOT, "set %d  %.3f–%.3f s  load %s  %d %s\n", set.index(), set.startS(),
                set.endS(), load(set.loadKg()),
                set.reps().size(), set.reps().size() == 1 ? "rep" : "reps"));
        b.append(REP_HEADER).append('\n');
        for (RepReport r : set.reps()) {
            b.append(String.format(Locale.ROOT, "  %3d  %7s  %9s  %9s  %7s  %7s  %5s\n", r.index(),
                    number(r.romM() * 100, 1), number(r.meanConcentricVelocityMps(), 3),
                    number(r.peakConcentricVelocityMps(), 3), number(r.concentricDurationS(), 3),
                    number(r.eccentricDurationS(), 3), number(r.confidence(), 2)));
        }
        SetSummary sum = set.summary();
        b.append(String.format(Locale.ROOT, "  mean %s m/s, best %s m/s, velocity loss %s %%\n",
                number(sum.meanVelocityMps(), 3), number(sum.bestVelocityMps(), 3), number(sum.velocityLossPct(), 1)));
    }

    private static String describe(SourceInfo s) {
        return String.format(Locale.ROOT, "%s, %d samples, %s Hz, %s s, %s, %s", s.format(), s.samples(),
                number(s.sampleRateHz(), 1), number(s.durationS(), 3),
                s.hasGyro() ? "gyroscope" : "no gyroscope",
                s.gaps().isEmpty() ? "no gaps" : s.gaps().size() + (s.gaps().size() == 1 ? " gap" : " gaps"));
    }

    private static String load(Double kg) {
        return kg == null ? "not stated" : String.format(Locale.ROOT, "%.1f kg", kg);
    }

    /** {@code v} with {@code decimals} places, or "-" when it is not a number. */
    private static String number(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "-";
    }

    private static void row(StringBuilder b, String key, String value) {
        b.append(String.format(Locale.ROOT, "%-9s %s\n", key, value));
    }
}
