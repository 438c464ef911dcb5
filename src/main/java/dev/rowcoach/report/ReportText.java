package dev.rowcoach.report;

import dev.rowcoach.coach.Guidance;
import dev.rowcoach.coach.LoadVelocityProfile;
import dev.rowcoach.coach.SetVelocity;
import dev.rowcoach.coach.TrainingReview;
import dev.rowcoach.coach.WeekSummary;
import dev.rowcoach.grading.ExerciseProfile;
import dev.rowcoach.grading.Grade;
import dev.rowcoach.session.DiscardedMovement;
import dev.rowcoach.session.RepReport;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.session.SetReport;
import dev.rowcoach.session.SetSummary;
import dev.rowcoach.session.SourceInfo;

import java.util.List;
import java.util.Locale;

/**
 * The plain-text form of a {@link SessionReport}: the source and the exercise's grading, then per set a
 * header, one line per rep (with its estimated torso swing, grade and the grade's confidence) and the summary
 * (velocity, then grades and where the non-strict reps fell), the set's coaching and the movements not counted, then the session's coaching
 * (with the training history's: the week's hard sets, the load–velocity line), then the warnings. Lines end with
 * {@code \n}. With colour, ANSI escapes mark the grades (green strict, yellow cheat, red excessive), the set
 * headers and the warnings; nothing else changes, so the columns line up either way.
 */
public final class ReportText {

    private static final String REP_HEADER =
            "  rep   ROM cm   mean m/s   peak m/s   conc s    ecc s   conf   swing°  grade      g.conf";

    private static final String BOLD = "\u001b[1m";
    /** The warnings heading: yellow, as a cheat rep. */
    private static final String WARNING = "\u001b[33m";
    private static final String RESET = "\u001b[0m";

    private final StringBuilder b = new StringBuilder();
    private final boolean colour;

    private ReportText(boolean colour) {
        this.colour = colour;
    }

    /** {@code report} as text, with ANSI colour when {@code colour}. */
    public static String render(SessionReport report, boolean colour) {
        ReportText t = new ReportText(colour);
        t.session(report);
        return t.b.toString();
    }

    private void session(SessionReport report) {
        SourceInfo s = report.source();
        row("file", s.path());
        row("source", Printable.of(ReportFormat.source(s, 3, "-")));
        ExerciseProfile p = report.exercise();
        row("exercise", p.name() + " (" + p.title() + "; " + (p.bodyEnglishExpected()
                ? "controlled body English is a tool here" : "strict reps expected") + ")");
        String strict = ReportFormat.degrees(p.strictMaxDeg(), "-");
        String cheat = ReportFormat.degrees(p.cheatMaxDeg(), "-");
        row("grading", String.format(Locale.ROOT, "strict < %s°, cheat %s–%s°, excessive > %s° of estimated torso swing",
                strict, strict, cheat, cheat));
        String basis = ReportFormat.swingBasis(report);
        if (basis != null) {
            row("swing", basis);
        }
        row("guidance", p.guidance() + " (" + p.source() + ")");
        if (p.limits() != null) {
            row("limits", p.limits());
        }
        row("load", report.loadKg() == null && report.sets().stream().anyMatch(set -> set.loadKg() != null) ? "per set"
                : ReportFormat.load(report.loadKg()));
        if (report.sets().isEmpty()) {
            b.append("\nno sets found\n");
        }
        for (SetReport set : report.sets()) {
            b.append('\n');
            set(set);
        }
        if (!report.guidance().isEmpty() || report.training() != null && report.training().loadVelocity() != null) {
            b.append("\nsession\n");
            training(report.training());
            guidance(report.guidance());
        }
        if (!report.warnings().isEmpty()) {
            b.append('\n').append(paint(WARNING, "warnings")).append('\n');
            for (String w : report.warnings()) {
                b.append("  - ").append(w).append('\n');
            }
        }
    }

    private void training(TrainingReview training) {
        if (training == null) {
            return;
        }
        WeekSummary w = training.week();
        if (w != null) {
            b.append(String.format(Locale.ROOT, "  week %s: %d hard %s of rows (%d sets), %s the %d–%d of the guidance\n",
                    w.week(), w.hardSets(), w.hardSets() == 1 ? "set" : "sets", w.sets(), w.standing(),
                    WeekSummary.GUIDANCE_MIN_SETS, WeekSummary.GUIDANCE_MAX_SETS));
        }
        LoadVelocityProfile lv = training.loadVelocity();
        if (lv != null) {
            long strict = lv.points().stream().filter(p -> p.basis() == SetVelocity.Basis.STRICT).count();
            b.append(String.format(Locale.ROOT, "  load–velocity: %d %s at %d %s (best rep among the strict ones in %d)",
                    lv.points().size(), lv.points().size() == 1 ? "set" : "sets", lv.distinctLoads(),
                    lv.distinctLoads() == 1 ? "load" : "loads", strict));
            if (lv.distinctLoads() >= 2) {
                b.append(String.format(Locale.ROOT, ", %s m/s per 10 kg, r² %s", number(lv.slopeMpsPerKg() * 10, 3),
                        number(lv.r2(), 2)));
            }
            b.append(lv.outcome() == LoadVelocityProfile.Outcome.ESTIMATE
                    ? String.format(Locale.ROOT, "; estimated 1RM %s kg (95 %% interval %s–%s kg) at %s m/s\n",
                    number(lv.e1rmKg(), 1), number(lv.e1rmLowKg(), 1), number(lv.e1rmHighKg(), 1), number(lv.mvtMps(), 2))
                    : "; no 1RM estimate (" + lv.outcome().word() + ")\n");
        }
    }

    private void set(SetReport set) {
        b.append(paint(BOLD, String.format(Locale.ROOT, "set %d  %.3f–%.3f s  load %s  %d %s", set.index(),
                set.startS(), set.endS(), ReportFormat.load(set.loadKg()), set.reps().size(),
                set.reps().size() == 1 ? "rep" : "reps")))
                .append('\n');
        b.append(REP_HEADER).append('\n');
        for (RepReport r : set.reps()) {
            b.append(String.format(Locale.ROOT, "  %3d  %7s  %9s  %9s  %7s  %7s  %5s  %7s  %s  %6s\n", r.index(),
                    number(r.romM() * 100, 1), number(r.meanConcentricVelocityMps(), 3),
                    number(r.peakConcentricVelocityMps(), 3), number(r.concentricDurationS(), 3),
                    number(r.eccentricDurationS(), 3), number(r.confidence(), 2),
                    r.sway() == null ? "-" : number(r.sway().torsoSwingDeg(), 1),
                    grade(r.grade()), number(r.gradeConfidence(), 2)));
        }
        SetSummary sum = set.summary();
        b.append(String.format(Locale.ROOT, "  mean %s m/s, best %s m/s, velocity loss %s %% (from %s)\n",
                number(sum.meanVelocityMps(), 3), number(sum.bestVelocityMps(), 3), number(sum.velocityLossPct(), 1),
                sum.velocity().source()));
        if (sum.velocity().differs()) {
            b.append("  ").append(sum.velocity().note()).append('\n');
        }
        b.append(String.format(Locale.ROOT, "  grades: %d strict, %d cheat, %d excessive%s\n",
                sum.grades().get(Grade.STRICT), sum.grades().get(Grade.CHEAT), sum.grades().get(Grade.EXCESSIVE),
                sum.nonStrictReps() == null ? "" : "; non-strict: " + sum.nonStrictReps()));
        guidance(set.guidance());
        for (DiscardedMovement d : set.discarded()) {
            b.append(String.format(Locale.ROOT, "  not counted, %.1f–%.1f s: %s\n", d.concentricStartS(), d.endS(),
                    d.reason()));
        }
    }

    /** The grade's word padded to the column, coloured by grade. */
    private String grade(Grade g) {
        String padded = String.format(Locale.ROOT, "%-9s", g == null ? "-" : g.word());
        if (g == null) {
            return padded;
        }
        return paint("\u001b[" + g.ansiColour() + "m", padded);
    }

    private String paint(String style, String text) {
        return colour ? style + text + RESET : text;
    }

    private void guidance(List<Guidance> advice) {
        for (Guidance g : advice) {
            b.append("  > ").append(g.message()).append(" [").append(g.ruleId()).append("; ").append(g.source())
                    .append("]\n");
        }
    }

    /** {@code v} with {@code decimals} places, or "-" when it is not a number. */
    private static String number(double v, int decimals) {
        return ReportFormat.number(v, decimals, "-");
    }

    private void row(String key, String value) {
        b.append(String.format(Locale.ROOT, "%-9s %s\n", key, value));
    }
}
