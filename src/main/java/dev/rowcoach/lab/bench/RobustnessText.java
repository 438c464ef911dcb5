package dev.rowcoach.lab.bench;

import java.util.List;
import java.util.Locale;

/** The {@code bench robustness} table: one line per grid cell, then (on request) every case. */
public final class RobustnessText {

    private RobustnessText() {
    }

    public static String render(List<RobustnessBench.Cell> cells, List<Long> seeds, boolean details) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "seeds %s; counted: real files scored by the rep count in their name; "
                + "truth: files scored against their truth file%n%n", seeds));
        // The cell column fits the longest label (50 characters at least: the default grid's).
        int width = Math.max(50, cells.stream().mapToInt(c -> c.degradation().label().length()).max().orElse(0));
        String cell = "%-" + width + "s";
        b.append(String.format(Locale.ROOT, cell + " %7s %7s %7s %5s | %6s %8s %9s %8s %9s %5s%n", "cell", "counted",
                "exact", "within1", "split", "F1", "MCV MAE", "MCV shown", "ROM MAE", "sets/true", "fail"));
        for (RobustnessBench.Cell c : cells) {
            int counted = c.counted().size();
            RepTally t = c.pooled();
            b.append(String.format(Locale.ROOT, cell + " %7d %7s %7s %5s | %6s %8s %9s %8s %9s %5d%n", c.degradation().label(),
                    counted, counted == 0 ? "-" : percent(c.exact(), counted), counted == 0 ? "-" : percent(c.withinOne(), counted),
                    counted == 0 ? "-" : Long.toString(c.split()),
                    t.files() == 0 ? "-" : num(t.f1(), 3), t.files() == 0 ? "-" : num(t.mcvMaeMps(), 3),
                    t.files() == 0 || t.matchedReps() == 0 ? "-" : percent(t.mcvReps(), t.matchedReps()),
                    t.files() == 0 ? "-" : num(t.romMaeM(), 3),
                    t.files() == 0 ? "-" : t.detectedSets() + "/" + t.trueSets(), c.failures()));
        }
        if (details) {
            b.append(String.format(Locale.ROOT, "%ncases (reps found/expected or F1, sets found)%n"));
            for (RobustnessBench.Cell c : cells) {
                b.append(String.format(Locale.ROOT, "%s%n", c.degradation().label()));
                for (RobustnessBench.Case k : c.cases()) {
                    String what = k.failure() != null ? "failed: " + k.failure()
                            : k.expected() >= 0 ? String.format(Locale.ROOT, "%d/%d reps", k.reps(), k.expected())
                            : String.format(Locale.ROOT, "F1 %s, %d/%d reps", num(k.tally().f1(), 3), k.tally().matchedReps(),
                            k.tally().trueReps());
                    b.append(String.format(Locale.ROOT, "  %-40s seed %-4d %s, %d set%s%n", k.file().getFileName(), k.seed(),
                            what, k.sets(), k.sets() == 1 ? "" : "s"));
                }
            }
        }
        return b.toString();
    }

    private static String percent(long n, int of) {
        return String.format(Locale.ROOT, "%.0f%%", 100.0 * n / of);
    }

    private static String num(double v, int decimals) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
