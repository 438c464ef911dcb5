package dev.rowcoach.lab.bench;

import dev.rowcoach.grading.Grade;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The plain-text form of an {@link AccuracyReport}: a table of files scored against truth with pooled rows,
 * a table of files scored by rep count, the skipped files, then PASS/FAIL per target and the verdict.
 * Files are shown by name; the JSON form carries full paths.
 */
public final class AccuracyText {

    private AccuracyText() {
    }

    public static String render(AccuracyReport report) {
        StringBuilder b = new StringBuilder();
        List<FileResult.Scored> scored = of(report, FileResult.Scored.class);
        List<FileResult.Counted> counted = of(report, FileResult.Counted.class);
        List<FileResult.Skipped> skipped = of(report, FileResult.Skipped.class);
        int width = nameWidth(report);

        b.append("scored against truth: ").append(files(scored.size())).append('\n');
        if (!scored.isEmpty()) {
            b.append(String.format(Locale.ROOT, "%-" + width + "s  %-4s  %5s %5s %5s  %5s  %5s  %5s  %-11s  %7s  %7s  %6s  %6s\n",
                    "file", "gyro", "true", "det", "match", "prec", "recall", "F1", "sets t/d/f", "MCV MAE",
                    "ROM MAE", "ghosts", "pk/pd"));
            for (FileResult.Scored s : scored) {
                tallyRow(b, width, name(s.path()), s.hasGyro() ? "yes" : "no", s.tally());
            }
            AccuracySummary sum = report.summary();
            tallyRow(b, width, "all", "", sum.all());
            tallyRow(b, width, "with gyroscope", "yes", sum.gyro());
            tallyRow(b, width, "accelerometer only", "no", sum.accelOnly());
            b.append("  (MCV MAE in m/s, ROM MAE in m; pk/pd = ghosts during pick-ups and put-downs)\n");
            RepTally all = sum.all();
            grades(b, width, scored, sum);
            if (all.latencyReps() > 0) {
                b.append(String.format(Locale.ROOT, "latency from the bar at the bottom to the rep's report: mean %.0f ms, "
                        + "max %.0f ms, %.1f %% within %.0f ms\n", 1000 * all.latencyMeanS(), 1000 * all.latencyMaxS(),
                        100 * all.latencyWithinTargetShare(), 1000 * RepTally.LATENCY_TARGET_S));
            }
        }

        b.append("\nscored by the rep count in the file name: ").append(files(counted.size())).append('\n');
        if (!counted.isEmpty()) {
            b.append(String.format(Locale.ROOT, "%-" + width + "s  %8s  %8s  %s\n", "file", "expected", "detected", "result"));
            for (FileResult.Counted c : counted) {
                b.append(String.format(Locale.ROOT, "%-" + width + "s  %8d  %8d  %s\n", name(c.path()), c.expectedReps(),
                        c.detectedReps(), c.exact() ? "exact" : c.withinOne() ? "within one" : "off by "
                                + Math.abs(c.detectedReps() - c.expectedReps())));
            }
            AccuracySummary.CountTally t = report.summary().counted();
            b.append(String.format(Locale.ROOT, "%-" + width + "s  exact %d/%d, within one %d/%d\n", "all", t.exact(),
                    t.files(), t.withinOne(), t.files()));
        }

        if (!skipped.isEmpty()) {
            b.append("\nskipped\n");
            for (FileResult.Skipped k : skipped) {
                b.append("  ").append(k.error() ? "ERROR " : "").append(name(k.path())).append(": ").append(k.reason()).append('\n');
            }
        }

        b.append("\ntargets\n");
        for (TargetResult t : report.targets()) {
            b.append(String.format(Locale.ROOT, "  %-4s  %-52s  %-9s  %s\n",
                    t.status() == TargetResult.Status.NOT_MEASURED ? "n/a" : t.status().name(), t.description(),
                    t.threshold(), t.status() == TargetResult.Status.NOT_MEASURED ? "not measured" : t.measuredText()));
        }
        b.append("\nresult: ").append(report.verdict()).append('\n');
        return b.toString();
    }

    private static void tallyRow(StringBuilder b, int width, String label, String gyro, RepTally t) {
        b.append(String.format(Locale.ROOT, "%-" + width + "s  %-4s  %5d %5d %5d  %5s  %5s  %5s  %-11s  %7s  %7s  %6d  %6d\n",
                label, gyro, t.trueReps(), t.detectedReps(), t.matchedReps(), number(t.precision(), 3),
                number(t.recall(), 3), number(t.f1(), 3), t.trueSets() + "/" + t.detectedSets() + "/" + t.setsFound(),
                number(t.mcvMaeMps(), 4), number(t.romMaeM(), 4), t.ghostReps(), t.pickupPutdownGhostReps()));
    }

    /** The sway grades: accuracy, clear-rep accuracy and swing MAE per file and pooled, then the confusion matrix. */
    private static void grades(StringBuilder b, int width, List<FileResult.Scored> scored, AccuracySummary sum) {
        b.append(String.format(Locale.ROOT, "\nsway grades\n%-" + width + "s  %-4s  %6s  %8s  %6s  %8s  %9s\n",
                "file", "gyro", "graded", "accuracy", "clear", "clear ok", "swing MAE"));
        for (FileResult.Scored s : scored) {
            gradeRow(b, width, name(s.path()), s.hasGyro() ? "yes" : "no", s.tally().grades());
        }
        gradeRow(b, width, "all", "", sum.all().grades());
        gradeRow(b, width, "with gyroscope", "yes", sum.gyro().grades());
        gradeRow(b, width, "accelerometer only", "no", sum.accelOnly().grades());
        b.append(String.format(Locale.ROOT, "  (clear = true swing ≥ %.0f° from %.0f° and %.0f°; swing MAE in degrees)\n",
                GradeTally.CLEAR_MARGIN_DEG, GradeTally.TRUTH_STRICT_MAX_DEG, GradeTally.TRUTH_CHEAT_MAX_DEG));
        GradeTally all = sum.all().grades();
        b.append("confusion, all files (rows: true grade, columns: graded as)\n");
        b.append(String.format(Locale.ROOT, "  %-10s %8s %8s %10s\n", "", "strict", "cheat", "excessive"));
        for (Grade truth : Grade.values()) {
            b.append(String.format(Locale.ROOT, "  %-10s %8d %8d %10d\n", truth.word(), all.count(truth, Grade.STRICT),
                    all.count(truth, Grade.CHEAT), all.count(truth, Grade.EXCESSIVE)));
        }
    }

    private static void gradeRow(StringBuilder b, int width, String label, String gyro, GradeTally g) {
        b.append(String.format(Locale.ROOT, "%-" + width + "s  %-4s  %6d  %8s  %6d  %8s  %9s\n", label, gyro, g.reps(),
                number(g.accuracy(), 3), g.clearReps(), number(g.clearAccuracy(), 3), number(g.swingMaeDeg(), 2)));
    }

    private static int nameWidth(AccuracyReport report) {
        int w = "accelerometer only".length();
        for (FileResult f : report.files()) {
            w = Math.max(w, name(f.path()).length());
        }
        return w;
    }

    private static String name(String path) {
        Path p = Path.of(path).getFileName();
        return p == null ? path : p.toString();
    }

    private static String files(int n) {
        return n == 1 ? "1 file" : n + " files";
    }

    private static String number(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "-";
    }

    private static <T extends FileResult> List<T> of(AccuracyReport report, Class<T> type) {
        return report.files().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
