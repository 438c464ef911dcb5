package dev.rowcoach.report;

import dev.rowcoach.coach.Guidance;
import dev.rowcoach.grading.ExerciseProfile;
import dev.rowcoach.grading.Grade;

import java.util.List;
import java.util.Locale;

/**
 * The plain-text form of a {@link SessionReport}: the source and the exercise's grading, then per set a
 * header, one line per rep (with its estimated torso swing, grade and the grade's confidence) and the summary
 * (velocity, then grades and where the non-strict reps fell), then the warnings. No colour; lines end with
 * {@code \n}.
 */
public final class ReportText {

    private static final String REP_HEADER =
            "  rep   ROM cm   mean m/s   peak m/s   conc s    ecc s   conf   swing°  grade      g.conf";

    private ReportText() {
    }

    public static String render(SessionReport report) {
        StringBuilder b = new StringBuilder();
        SourceInfo s = report.source();
        row(b, "file", s.path());
        row(b, "source", describe(s));
        ExerciseProfile p = report.exercise();
        row(b, "exercise", p.name() + " (" + p.title() + "; " + (p.bodyEnglishExpected()
                ? "controlled body English is a tool here" : "strict reps expected") + ")");
        row(b, "grading", String.format(Locale.ROOT, "strict < %s°, cheat %s–%s°, excessive > %s° of estimated torso swing",
                degrees(p.strictMaxDeg()), degrees(p.strictMaxDeg()), degrees(p.cheatMaxDeg()), degrees(p.cheatMaxDeg())));
        row(b, "guidance", p.guidance() + " (" + p.source() + ")");
        if (p.limits() != null) {
            row(b, "limits", p.limits());
        }
        row(b, "load", load(report.loadKg()));
        if (report.sets().isEmpty()) {
            b.append("\nno sets found\n");
        }
        for (SetReport set : report.sets()) {
            b.append('\n');
            appendSet(b, set);
        }
        if (!report.guidance().isEmpty()) {
            b.append("\nsession\n");
            appendGuidance(b, report.guidance());
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
            b.append(String.format(Locale.ROOT, "  %3d  %7s  %9s  %9s  %7s  %7s  %5s  %7s  %-9s  %6s\n", r.index(),
                    number(r.romM() * 100, 1), number(r.meanConcentricVelocityMps(), 3),
                    number(r.peakConcentricVelocityMps(), 3), number(r.concentricDurationS(), 3),
                    number(r.eccentricDurationS(), 3), number(r.confidence(), 2),
                    r.sway() == null ? "-" : number(r.sway().torsoSwingDeg(), 1),
                    r.grade() == null ? "-" : r.grade().word(), number(r.gradeConfidence(), 2)));
        }
        SetSummary sum = set.summary();
        b.append(String.format(Locale.ROOT, "  mean %s m/s, best %s m/s, velocity loss %s %%\n",
                number(sum.meanVelocityMps(), 3), number(sum.bestVelocityMps(), 3), number(sum.velocityLossPct(), 1)));
        b.append(String.format(Locale.ROOT, "  grades: %d strict, %d cheat, %d excessive%s\n",
                sum.grades().get(Grade.STRICT), sum.grades().get(Grade.CHEAT), sum.grades().get(Grade.EXCESSIVE),
                sum.nonStrictReps() == null ? "" : "; non-strict: " + sum.nonStrictReps()));
        appendGuidance(b, set.guidance());
    }

    private static void appendGuidance(StringBuilder b, List<Guidance> advice) {
        for (Guidance g : advice) {
            b.append("  > ").append(g.message()).append(" [").append(g.ruleId()).append("; ").append(g.source())
                    .append("]\n");
        }
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

    /** A threshold in degrees: whole degrees without decimals, others with one. */
    private static String degrees(double deg) {
        return deg == Math.rint(deg) ? number(deg, 0) : number(deg, 1);
    }

    /** {@code v} with {@code decimals} places, or "-" when it is not a number. */
    private static String number(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "-";
    }

    private static void row(StringBuilder b, String key, String value) {
        b.append(String.format(Locale.ROOT, "%-9s %s\n", key, value));
    }
}
